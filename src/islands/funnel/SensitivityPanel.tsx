import { useMemo } from 'preact/hooks';
import type { Lever, Sensitivity } from '../../lib/funnel/sensitivity';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ChartBox } from '../kit/ChartBox';
import { axisLabel, tornadoChart } from '../kit/charts/configs';
import { barChartHeight } from '../../lib/wrap-label';
import type { Formatters } from './format';

interface SensitivityPanelProps {
  sensitivity: Sensitivity;
  stages: readonly string[];
  fmt: Formatters;
}

/** The levers ranked by what a 10 % improvement is worth, with their ranges, beside a tornado. */
export function SensitivityPanel({ sensitivity, stages, fmt }: SensitivityPanelProps) {
  const { t, marks } = useI18n();
  const { base, levers } = sensitivity;
  const name = (lever: Lever) =>
    lever.lever === 'rate'
      ? t('funnel.sens.rate', { from: stages[lever.step!] ?? '', to: stages[lever.step! + 1] ?? '' })
      : t(lever.lever === 'dealSize' ? 'funnel.sens.dealSize' : 'funnel.sens.cpl');
  // The change column and the range column each share their decimals.
  const changeMoney = fmt.moneyColumn(levers.map((lever) => lever.change));
  const swingMoney = fmt.moneyColumn(levers.flatMap((lever) => (lever.swing ? [lever.swing.low, lever.swing.high] : [])));
  const signed = (value: number) => (value > 0 ? `+${changeMoney(value)}` : changeMoney(value));
  const signedPercent = (value: number) => (value > 0 ? `+${fmt.percent(value)}` : fmt.percent(value));
  const names = levers.map(name);

  const build = useMemo(
    () =>
      tornadoChart(
        names,
        levers.map((lever) => [base, lever.revenue]),
        levers.map((lever) => (lever.swing ? [lever.swing.low, lever.swing.high] : null)),
        { improved: t('funnel.sens.improved'), range: t('funnel.sens.range') },
        fmt.compactMoney,
        marks.colon,
      ),
    [sensitivity, names.join('\u0000'), t],
  );
  const top = levers[0];

  return (
    <section class="card sensitivity-panel" aria-labelledby="funnel-sens-title">
      <Heading id="funnel-sens-title">{t('funnel.sens.title')}</Heading>
      <p>{t('funnel.sens.intro')}</p>
      <div class="pair wide-table">
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="funnel-sens-caption">
          <table id="funnel-sens-table">
            <caption id="funnel-sens-caption" class="visually-hidden">{t('funnel.sens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">{t('funnel.sens.rank')}</th>
                <th scope="col">{t('funnel.sens.lever')}</th>
                <th scope="col" class="num">{t('funnel.sens.change')}</th>
                <th scope="col" class="num">{t('funnel.sens.relative')}</th>
                <th scope="col">{t('funnel.sens.swing')}</th>
              </tr>
            </thead>
            <tbody>
              {levers.map((lever, i) => (
                <tr key={lever.field}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    {names[i]}
                    {lever.capped && <span class="muted">{marks.open}{t('funnel.sens.capped')}{marks.close}</span>}
                  </th>
                  <td class="num">{signed(lever.change)}</td>
                  <td class="num">{signedPercent(lever.relativeChange)}</td>
                  <td>{lever.swing ? `${swingMoney(lever.swing.low)} … ${swingMoney(lever.swing.high)}` : <span class="muted">{t('funnel.sens.noRange')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {top && (
          <ChartBox
            label={t('funnel.sens.chartLabel', { lever: names[0]!, change: signed(top.change) })}
            describedBy="funnel-sens-table"
            build={build}
            height={barChartHeight(names.map(axisLabel), { least: Math.max(10, levers.length * 3 + 4), overhead: 4 })}
          />
        )}
      </div>
    </section>
  );
}
