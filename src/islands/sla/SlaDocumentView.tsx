import type {
  SlaBlock,
  SlaCell,
  SlaDocument,
  SlaDocumentSection,
  SlaText,
} from '../../lib/sla/document';
import type { SlaLabels } from '../../lib/sla/labels';
import { useI18n } from '../kit/i18n';
import { docSectionId } from './format';
import { SignatureBlocks } from './SignatureBlocks';

export interface SlaDocumentViewProps {
  document: SlaDocument;
  labels: SlaLabels;
  /** "Draft of 12 May 2026", under the title. */
  dateLine: string;
  /** Opens the section in the form and puts focus on its first field; no edit buttons without it (the plan packet). */
  onEdit?: (section: SlaDocumentSection['id']) => void;
}

/**
 * One value of the user's: text only, isolated in <bdi> so a right-to-left override inside it
 * cannot reorder the labels around it; "Not agreed yet" styled apart.
 */
export function Value({ value }: { value: SlaText }) {
  return <bdi class={value.empty ? 'sla-value not-agreed' : 'sla-value'}>{value.text}</bdi>;
}

function Cell({ cell }: { cell: SlaCell }) {
  if (cell.kind === 'text') return <Value value={cell} />;
  return (
    <ul class="sla-cell-list">
      {cell.items.map((item) => (
        <li key={item.path}>
          <Value value={item} />
        </li>
      ))}
    </ul>
  );
}

/** One block of a section; `id` names its label, `sectionHeadingId` the section's heading. */
function Block({ block, id, sectionHeadingId }: { block: SlaBlock; id: string; sectionHeadingId: string }) {
  const label = block.label ? (
    <h4 id={id} class="sla-block-label">
      {block.label}
    </h4>
  ) : null;
  switch (block.kind) {
    case 'paragraph':
      return (
        <div class="sla-block">
          {label}
          <p class="sla-paragraph">
            <Value value={block.value} />
          </p>
        </div>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li key={item.path}>
          <Value value={item} />
        </li>
      ));
      return (
        <div class="sla-block">
          {label}
          {block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>}
        </div>
      );
    }
    case 'fields':
      return (
        <div class="sla-block">
          {label}
          <dl class="sla-fields">
            {block.fields.map((field) => (
              <div key={field.value.path} class="sla-field-row">
                <dt>{field.label}</dt>
                <dd>
                  <Value value={field.value} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case 'table':
      return (
        <div class="sla-block">
          {label}
          {/* A table wider than a phone scrolls sideways, so its box takes focus for keyboard scrolling. */}
          <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={block.label ? id : sectionHeadingId}>
            <table class="sla-table">
              <thead>
                <tr>
                  {block.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={cell.path} scope="row">
                          <Cell cell={cell} />
                        </th>
                      ) : (
                        <td key={cell.path}>
                          <Cell cell={cell} />
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      );
  }
}

/** The live agreement: what the builder shows beside the form and what prints. */
export function SlaDocumentView({ document, labels, dateLine, onEdit }: SlaDocumentViewProps) {
  const { t } = useI18n();
  const generic = labels['sla.doc.title'];
  return (
    <article class="sla-document" aria-labelledby="sla-doc-title">
      <header class="sla-doc-head">
        {document.title !== generic && <p class="sla-doc-kind">{generic}</p>}
        <h2 id="sla-doc-title">
          <bdi>{document.title}</bdi>
        </h2>
        <p class="sla-doc-date">{dateLine}</p>
      </header>
      {document.sections.map((section, index) => (
        <section
          key={section.id}
          id={docSectionId(section.id)}
          class={`sla-doc-section sla-doc-${section.id}`}
          aria-labelledby={`${docSectionId(section.id)}-h`}
        >
          <div class="sla-doc-section-head">
            <h3 id={`${docSectionId(section.id)}-h`}>
              <span class="sla-doc-number">{index + 1}.</span> {section.heading}
            </h3>
            {onEdit && (
              <button
                type="button"
                class="link-button sla-doc-edit no-print"
                aria-label={t('sla.document.edit', { field: section.heading })}
                onClick={() => onEdit(section.id)}
              >
                {t('sla.document.editShort')}
              </button>
            )}
          </div>
          {section.id === 'signOff' ? (
            <SignatureBlocks section={section} labels={labels} />
          ) : (
            section.blocks.map((block, i) => (
              <Block key={i} block={block} id={`${docSectionId(section.id)}-b${i}`} sectionHeadingId={`${docSectionId(section.id)}-h`} />
            ))
          )}
        </section>
      ))}
    </article>
  );
}
