import type { MessageKey } from '../../i18n/messages/types';
import { uniqueHeaders } from '../../lib/pipeline/column-names';
import type { ColumnRole } from '../../lib/pipeline/columns';
import { useI18n } from '../kit/i18n';
import type { FileShape } from './import-messages';

/** The roles a user most needs, first; the rest follow. */
const shownRoles: readonly ColumnRole[] = ['stage', 'amount', 'currency', 'created', 'closed', 'wonAt', 'lostAt', 'lostStage', 'owner', 'product', 'source', 'account', 'id', 'name'];

/**
 * The guessed mapping as an editable table: each role, the column that fills it, and that
 * column's first values. Choosing a column (or none) for a role reads the file again with it;
 * a column plays one role, so taking it for one frees it from any other.
 */
export function ColumnMap({ shape, onChange }: { shape: FileShape; onChange: (role: ColumnRole, index: number | null) => void }) {
  const { t, marks } = useI18n();
  const names = uniqueHeaders(shape.headers, (n) => t('pipeline.columns.unnamed', { n }), marks);
  const set = (role: ColumnRole, value: string) => onChange(role, value === '' ? null : Number(value));
  const samples = (index: number | undefined) => (index === undefined ? '' : (shape.samples[index] ?? []).join(' · '));
  return (
    <section class="card" aria-labelledby="pipeline-columns-title">
      <h2 id="pipeline-columns-title">{t('pipeline.columns.title')}</h2>
      <p class="hint">{t('pipeline.columns.hint')}</p>
      {shape.mapping.stage === undefined && (
        <p class="notice warning" role="alert">
          {t('pipeline.columns.noStage')}
        </p>
      )}
      {shape.mapping.amount === undefined && <p class="notice">{t('pipeline.columns.noAmount')}</p>}
      <div class="table-wrap" role="region" aria-labelledby="pipeline-columns-title" tabIndex={0}>
        <table class="data-table column-map">
          <thead>
            <tr>
              <th scope="col">{t('pipeline.columns.role')}</th>
              <th scope="col">{t('pipeline.columns.column')}</th>
              <th scope="col" class="samples-beside">{t('pipeline.columns.samples')}</th>
            </tr>
          </thead>
          <tbody>
            {shownRoles.map((role) => {
              const index = shape.mapping[role];
              const id = `pipeline-role-${role}`;
              return (
                <tr key={role}>
                  <th scope="row">
                    <label for={id}>{t(`pipeline.role.${role}` as MessageKey)}</label>
                  </th>
                  <td class="column-choice">
                    <select id={id} value={index === undefined ? '' : String(index)} onChange={(event) => set(role, event.currentTarget.value)}>
                      <option value="">{t('pipeline.columns.none')}</option>
                      {names.map((name, i) => (
                        <option key={i} value={String(i)}>
                          {name}
                        </option>
                      ))}
                    </select>
                    {/* On a phone, the first values sit under the choice (their own column is hidden). */}
                    <span class="samples samples-under">{samples(index)}</span>
                  </td>
                  <td class="samples samples-beside">{samples(index)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
