import type { MessageKey } from '../../i18n/messages/types';
import { getAt, insertAt, moveAt, removeAt } from '../../lib/sla/content-path';
import type { SlaContent, SlaSectionId } from '../../lib/sla/draft';
import { useI18n } from '../kit/i18n';
import { FieldInput } from './FieldInput';
import { formSectionId } from './format';
import { formLayout } from './form-layout';
import { ListEditor } from './ListEditor';
import { RowsEditor } from './RowsEditor';

export interface SlaFormProps {
  content: SlaContent;
  guidanceFor: (key: string) => string | undefined;
  /** Health findings per section, for the badge beside its heading. */
  findings: Partial<Record<SlaSectionId, number>>;
  open: ReadonlySet<SlaSectionId>;
  onToggle: (section: SlaSectionId) => void;
  onToggleAll: (open: boolean) => void;
  setField: (path: string, value: unknown) => void;
  edit: (change: (content: SlaContent) => SlaContent) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = <T,>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);

/**
 * The agreement as a form, generated from slaFields: one collapsible section per part of the
 * agreement (a button with aria-expanded), each field with its template's guidance as a hint.
 */
export function SlaForm({ content, guidanceFor, findings, open, onToggle, onToggleAll, setField, edit }: SlaFormProps) {
  const { t } = useI18n();
  const allOpen = open.size === formLayout.length;

  return (
    <section class="card sla-form" aria-labelledby="sla-form-title">
      <div class="sla-form-head">
        <h2 id="sla-form-title">{t('sla.form.title')}</h2>
        <button type="button" class="link-button" onClick={() => onToggleAll(!allOpen)}>
          {t(allOpen ? 'sla.form.collapseAll' : 'sla.form.expandAll')}
        </button>
      </div>
      {formLayout.map(({ section, items }) => {
        const id = formSectionId(section);
        const expanded = open.has(section);
        const count = findings[section] ?? 0;
        return (
          <section key={section} id={id} class={expanded ? 'sla-form-section open' : 'sla-form-section'} data-section={section}>
            <h3 class="sla-form-section-title">
              <button type="button" aria-expanded={expanded ? 'true' : 'false'} aria-controls={`${id}-body`} onClick={() => onToggle(section)}>
                <span class="disclosure-chevron" aria-hidden="true" />
                <span class="sla-form-section-name">{t(`sla.section.${section}` as MessageKey)}</span>
                {count > 0 && <span class="sla-badge">{t('sla.form.sectionFindings', { count })}</span>}
              </button>
            </h3>
            <div id={`${id}-body`} class="sla-form-section-body" hidden={!expanded}>
              {/* A closed section's fields are not drawn: a drafted SLA starts with only what is open. */}
              {expanded && section === 'sales' && <p class="notice sla-note">{t('sla.form.firstResponseNote')}</p>}
              {expanded && items.map((item) => {
                if (item.kind === 'rows') {
                  const rows = list<Record<string, string>>(getAt(content, item.listPath));
                  return (
                    <RowsEditor
                      key={item.listPath}
                      listPath={item.listPath}
                      specs={item.specs}
                      rows={rows}
                      guidanceFor={guidanceFor}
                      onField={setField}
                      onAdd={() => edit((c) => insertAt(c, item.listPath, rows.length, {}))}
                      onRemove={(index) => edit((c) => removeAt(c, item.listPath, index))}
                      onMove={(from, to) => edit((c) => moveAt(c, item.listPath, from, to))}
                    />
                  );
                }
                const { spec } = item;
                if (spec.input === 'list') {
                  return (
                    <ListEditor key={spec.key} spec={spec} items={list<string>(getAt(content, spec.key))} guidance={guidanceFor(spec.key)}
                      onChange={(items) => setField(spec.key, items)} onItem={(index, value) => setField(`${spec.key}.${index}`, value)} />
                  );
                }
                return (
                  <FieldInput key={spec.key} spec={spec} path={spec.key} value={text(getAt(content, spec.key))} guidance={guidanceFor(spec.key)}
                    onInput={(value) => setField(spec.key, value)} />
                );
              })}
            </div>
          </section>
        );
      })}
    </section>
  );
}
