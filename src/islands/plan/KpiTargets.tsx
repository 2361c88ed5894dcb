import { kpis } from '../../lib/kpi/registry';
import type { KpiInput } from '../../lib/kpi/types';
import type { Currency } from '../../lib/settings';
import { formatFigure, moneyFractionDigits, type FormatOptions } from '../../lib/format';
import { labelled } from '../../lib/format-typed';
import type { CalculatorsState } from '../../lib/persist/areas/calculators';
import { useI18n } from '../kit/i18n';
import type { PacketText } from './types';

/** The calculators the user filled in, with valid inputs, in registry order. */
export function filledKpis(calculators: CalculatorsState, currency: Currency) {
  return kpis.flatMap((kpi) => {
    const input = calculators[kpi.id];
    if (!input) return [];
    const result = kpi.compute({ ...(input as KpiInput), currency });
    return [{ kpi, input, result }];
  });
}

export function KpiTargets({
  calculators,
  text,
  format,
}: {
  calculators: CalculatorsState;
  text: PacketText;
  /** In the workbook's currency, which the calculators compute in. */
  format: FormatOptions & { currency: Currency };
}) {
  const { t, lang } = useI18n();
  const filled = filledKpis(calculators, format.currency);
  // The value column's money figures share their decimals, as do each row's inputs.
  const valueFormat: FormatOptions = {
    ...format,
    moneyDigits: moneyFractionDigits(
      filled.flatMap(({ kpi, result }) =>
        result.ok ? kpi.outputs.filter((o) => o.format === 'money').map((o) => result.values[o.id] ?? 0) : [],
      ),
      format.currency,
    ),
  };
  return (
    <>
      <p>{t('plan.kpis.intro')}</p>
      {/* It scrolls sideways on a phone, so it takes focus for keyboard scrolling. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="packet-kpis-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('plan.kpis.figure')}</th>
              <th scope="col" class="num">
                {t('plan.kpis.value')}
              </th>
              <th scope="col">{t('plan.kpis.inputs')}</th>
            </tr>
          </thead>
          <tbody>
            {filled.map(({ kpi, input, result }) => {
              const words = text.kpis[kpi.id];
              if (!result.ok) {
                return (
                  <tr key={kpi.id}>
                    <th scope="row">{words?.name ?? kpi.id}</th>
                    <td colSpan={2}>{t('plan.empty.invalid', { name: words?.name ?? kpi.id })}</td>
                  </tr>
                );
              }
              const inputFormat: FormatOptions = {
                ...format,
                moneyDigits: moneyFractionDigits(
                  kpi.fields.filter((f) => f.kind === 'money').map((f) => result.values[f.id] ?? 0),
                  format.currency,
                ),
              };
              return kpi.outputs.map((output, index) => (
                <tr key={`${kpi.id}-${output.id}`}>
                  <th scope="row">
                    {index === 0 ? (
                      <strong>{words?.outputs[output.id] ?? output.id}</strong>
                    ) : (
                      words?.outputs[output.id]
                    )}
                  </th>
                  <td class="num">
                    {formatFigure(result.values[output.id] ?? 0, output.format, valueFormat)}
                  </td>
                  <td>
                    {index === 0 &&
                      kpi.fields
                        .map(
                          (field) =>
                            labelled(
                              words?.inputs[field.id]?.label ?? field.id,
                              formatFigure(result.values[field.id] ?? 0, field.kind === 'ratio' ? 'multiple' : field.kind, inputFormat),
                              lang,
                            ),
                        )
                        .concat(
                          kpi.rows.map(
                            (rows) => labelled(words?.inputs[rows.id]?.label ?? rows.id, String(input.rows[rows.id]?.length ?? 0), lang),
                          ),
                        )
                        .join(' · ')}
                  </td>
                </tr>
              ));
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
