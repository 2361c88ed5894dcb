import { kpis } from '../../lib/kpi/registry';
import type { KpiInput } from '../../lib/kpi/types';
import { formatFigure, type FormatOptions } from '../../lib/format';
import type { CalculatorsState } from '../../lib/persist/areas/calculators';
import { useI18n } from '../kit/i18n';
import type { PacketText } from './types';

/** The calculators the user filled in, with valid inputs, in registry order. */
export function filledKpis(calculators: CalculatorsState) {
  return kpis.flatMap((kpi) => {
    const input = calculators[kpi.id];
    if (!input) return [];
    const result = kpi.compute(input as KpiInput);
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
  format: FormatOptions;
}) {
  const { t } = useI18n();
  const filled = filledKpis(calculators);
  return (
    <>
      <p>{t('plan.kpis.intro')}</p>
      <div class="table-wrap">
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
                    {formatFigure(result.values[output.id] ?? 0, output.format, format)}
                  </td>
                  <td>
                    {index === 0 &&
                      kpi.fields
                        .map(
                          (field) =>
                            `${words?.inputs[field.id]?.label ?? field.id}: ${formatFigure(result.values[field.id] ?? 0, field.kind === 'ratio' ? 'multiple' : field.kind, format)}`,
                        )
                        .concat(
                          kpi.rows.map(
                            (rows) =>
                              `${words?.inputs[rows.id]?.label ?? rows.id}: ${input.rows[rows.id]?.length ?? 0}`,
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
