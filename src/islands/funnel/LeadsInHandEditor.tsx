import { MAX_MONTHS } from '../../lib/funnel/model';
import { MIN_IN_HAND_MONTH } from '../../lib/funnel/parse-scenario';
import { parseNumber } from '../../lib/number';
import { nextRowId } from '../../lib/rows';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { RowsTable } from '../kit/RowsTable';
import { fieldId, problemAt, type SectionProps } from './fields';

/** Leads that have already arrived, a row per month, so the timeline knows what is decided. */
export function LeadsInHandEditor({ scenario, edit, problems }: SectionProps) {
  const { t, marks } = useI18n();
  const months = parseNumber(scenario.months, { kind: 'months', min: 1, max: MAX_MONTHS });
  const lastMonth = (months.ok ? months.value : MAX_MONTHS) - 1;
  const setRow = (index: number, key: 'month' | 'leads', value: string) =>
    edit((s) => ({ ...s, leadsInHand: s.leadsInHand.map((row, i) => (i === index ? { ...row, [key]: value } : row)) }));

  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.inHand')}</legend>
      <p class="hint">{t('funnel.inHandHint')}</p>
      <RowsTable
        label={t('funnel.section.inHand')}
        rows={scenario.leadsInHand}
        empty={<p class="muted">{t('funnel.inHand.none')}</p>}
        columns={[
          { key: 'month', header: t('funnel.inHand.month') },
          { key: 'leads', header: t('funnel.inHand.leads') },
        ]}
        cells={(row, i) => [
          <NumberField
            id={fieldId(`leadsInHand.${i}.month`)}
            label={`${t('funnel.inHand.month')}${marks.comma}${t('kit.row', { n: i + 1 })}`}
            kind="number"
            rule={{ whole: true, min: MIN_IN_HAND_MONTH, max: lastMonth }}
            compact
            value={row.month}
            onInput={(v) => setRow(i, 'month', v)}
            problem={problemAt(problems, `leadsInHand.${i}.month`)}
          />,
          <NumberField
            id={fieldId(`leadsInHand.${i}.leads`)}
            label={`${t('funnel.inHand.leads')}${marks.comma}${t('kit.row', { n: i + 1 })}`}
            kind="count"
            compact
            value={row.leads}
            onInput={(v) => setRow(i, 'leads', v)}
            problem={problemAt(problems, `leadsInHand.${i}.leads`)}
          />
        ]}
        removeLabel={(i) => t('funnel.inHand.remove', { n: i + 1 })}
        onRemove={(index) => edit((s) => ({ ...s, leadsInHand: s.leadsInHand.filter((_, i) => i !== index) }))}
        addLabel={t('funnel.inHand.add')}
        onAdd={() =>
          edit((s) => ({ ...s, leadsInHand: [...s.leadsInHand, { id: nextRowId(s.leadsInHand, `${s.id}-h`), month: '-1', leads: '' }] }))
        }
      />
    </fieldset>
  );
}
