import { MAX_MONTHS } from '../../lib/funnel/model';
import { MIN_IN_HAND_MONTH } from '../../lib/funnel/parse-scenario';
import { parseNumber } from '../../lib/number';
import { nextRowId } from '../../lib/rows';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { fieldId, problemAt, type SectionProps } from './fields';

const focusLater = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());

/** Leads that have already arrived, a row per month, so the timeline knows what is decided. */
export function LeadsInHandEditor({ scenario, edit, problems }: SectionProps) {
  const { t } = useI18n();
  const rows = scenario.leadsInHand;
  const months = parseNumber(scenario.months, { kind: 'months', min: 1, max: MAX_MONTHS });
  const lastMonth = (months.ok ? months.value : MAX_MONTHS) - 1;
  const setRow = (index: number, key: 'month' | 'leads', value: string) =>
    edit((s) => ({ ...s, leadsInHand: s.leadsInHand.map((row, i) => (i === index ? { ...row, [key]: value } : row)) }));
  const add = () => {
    edit((s) => ({ ...s, leadsInHand: [...s.leadsInHand, { id: nextRowId(s.leadsInHand, `${s.id}-h`), month: '-1', leads: '' }] }));
    focusLater(() => document.getElementById(fieldId(`leadsInHand.${rows.length}.leads`)));
  };
  const remove = (index: number) => {
    edit((s) => ({ ...s, leadsInHand: s.leadsInHand.filter((_, i) => i !== index) }));
    focusLater(() => document.querySelector<HTMLElement>('.add-in-hand'));
  };

  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.inHand')}</legend>
      <p class="hint">{t('funnel.inHandHint')}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('funnel.inHand.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="rows-table">
            <thead>
              <tr>
                <th scope="col">{t('funnel.inHand.month')}</th>
                <th scope="col">{t('funnel.inHand.leads')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('kit.rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.id}>
                  <td>
                    <NumberField
                      id={fieldId(`leadsInHand.${i}.month`)}
                      label={`${t('funnel.inHand.month')}, ${t('kit.row', { n: i + 1 })}`}
                      kind="number"
                      rule={{ whole: true, min: MIN_IN_HAND_MONTH, max: lastMonth }}
                      compact
                      value={row.month}
                      onInput={(v) => setRow(i, 'month', v)}
                      problem={problemAt(problems, `leadsInHand.${i}.month`)}
                    />
                  </td>
                  <td>
                    <NumberField
                      id={fieldId(`leadsInHand.${i}.leads`)}
                      label={`${t('funnel.inHand.leads')}, ${t('kit.row', { n: i + 1 })}`}
                      kind="count"
                      compact
                      value={row.leads}
                      onInput={(v) => setRow(i, 'leads', v)}
                      problem={problemAt(problems, `leadsInHand.${i}.leads`)}
                    />
                  </td>
                  <td>
                    <button type="button" class="icon-button" aria-label={t('funnel.inHand.remove', { n: i + 1 })} onClick={() => remove(i)}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" class="button secondary add-in-hand" onClick={add}>
        + {t('funnel.inHand.add')}
      </button>
    </fieldset>
  );
}
