import type { SlaDocumentSection, SlaText } from '../../lib/sla/document';
import type { SlaLabels } from '../../lib/sla/labels';
import { interpolateParts } from '../../i18n/text';
import { useI18n } from '../kit/i18n';
import { Value } from './SlaDocumentView';

/**
 * The sign-off as signature blocks: for each signatory the party, name, role and date, and a
 * line to sign on. A value not filled in is a blank line to write on; with nobody listed yet,
 * blank blocks for marketing and sales, so a printed copy can still be signed by hand.
 */
export function SignatureBlocks({ section, labels }: { section: SlaDocumentSection; labels: SlaLabels }) {
  const { t } = useI18n();
  const block = section.blocks[0];
  const blank = (path: string): SlaText => ({ kind: 'text', path, text: '', empty: true });
  const rows: SlaText[][] =
    block?.kind === 'table'
      ? block.rows.map((row) => row.map((cell) => (cell.kind === 'text' ? cell : blank(cell.path))))
      : (['marketing', 'sales'] as const).map((party, i) => [
          { kind: 'text', path: `signOff.${i}.party`, text: labels[`sla.party.${party}`], empty: false },
          blank(`signOff.${i}.name`),
          blank(`signOff.${i}.role`),
          blank(`signOff.${i}.date`),
        ]);
  const filled = (value: SlaText | undefined) => (value && !value.empty ? <Value value={value} /> : null);

  return (
    <div class="sla-signatures">
      {rows.map(([party, ...details], i) => (
        <div key={i} class="sla-signature">
          <p class="sla-signature-party">
            {/* "Signs for: …" / "代表：…": the colon is the document language's own. */}
            {interpolateParts(labels['sla.doc.signsFor'], { party: null }).map((part) => (part === null ? filled(party) : part))}
          </p>
          <dl>
            {[labels['sla.doc.name'], labels['sla.doc.role'], labels['sla.doc.date'], t('sla.print.signature')].map((label, j) => (
              <div key={label} class="sla-sign-line">
                <dt>{label}</dt>
                <dd>{filled(details[j])}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
