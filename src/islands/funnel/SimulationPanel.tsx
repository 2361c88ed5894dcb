import { useMemo } from 'preact/hooks';
import type { SimulationResult } from '../../lib/funnel/simulate';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { ChartBox } from '../kit/ChartBox';
import { histogramChart } from '../kit/charts/configs';
import { fieldId, problemAt, type SectionProps } from './fields';
import type { Formatters } from './format';
import { TRIALS } from './simulation-messages';
import type { SimulationState } from './use-simulation';

interface SimulationPanelProps extends SectionProps {
  simulation: SimulationState;
  /** Why there are no figures (the plan's inputs need fixing), or null. */
  unavailable: string | null;
  fmt: Formatters;
  /** Without the seed field: the plan packet shows the figures, the planner edits them. */
  readOnly?: boolean;
}

const PERCENTILES = ['p10', 'p50', 'p90'] as const;

/** P10 / P50 / P90 of deals and revenue, the chance of reaching the target, and the histogram. */
export function SimulationPanel({
  simulation,
  unavailable,
  fmt,
  readOnly = false,
  ...section
}: SimulationPanelProps) {
  const { t } = useI18n();
  const result: SimulationResult | null = unavailable ? null : simulation.result;
  const reason = unavailable
    ? t('problem.figureUnavailable')
    : simulation.running
      ? t('funnel.sim.running')
      : t('funnel.sim.waiting');
  const status = unavailable
    ? unavailable
    : simulation.running
      ? t('funnel.sim.running')
      : result
        ? t('funnel.sim.ready', { trials: fmt.count(result.trials), seed: result.seed })
        : t('funnel.sim.waiting');

  // The revenue row and the histogram's bin edges each share their decimals.
  const revenueMoney = fmt.moneyColumn(result ? PERCENTILES.map((p) => result.revenue[p]) : []);
  const binMoney = fmt.moneyColumn(result ? result.histogram.flatMap((bin) => [bin.from, bin.to]) : []);
  const build = useMemo(
    () =>
      result &&
      histogramChart(
        result.histogram,
        result.target,
        {
          trials: t('funnel.sim.trials'),
          target: t('funnel.sim.target'),
          binRange: (bin) =>
            t('funnel.sim.binRange', { from: binMoney(bin.from), to: binMoney(bin.to) }),
        },
        fmt.compactMoney,
      ),
    [result, fmt, t],
  );
  const rows = [
    { id: 'deals', label: t('funnel.sim.deals'), format: fmt.count },
    { id: 'revenue', label: t('funnel.sim.revenue'), format: revenueMoney },
  ] as const;

  return (
    <section class="card simulation-panel" aria-labelledby="funnel-sim-title" aria-busy={simulation.running}>
      <Heading id="funnel-sim-title">{t('funnel.sim.title')}</Heading>
      <p>{t('funnel.sim.intro', { trials: fmt.count(TRIALS) })}</p>
      <p role="status" class={simulation.running ? 'sim-status running' : 'sim-status'}>
        {status}
      </p>
      <div class="pair">
        <div>
          <div class="figures">
            <Figure
              id="funnel-sim-probability"
              label={t('funnel.sim.probability')}
              value={result ? fmt.percent(result.probabilityOfTarget) : null}
              reason={reason}
              headline
            />
          </div>
          {result && (
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="funnel-sim-caption">
              <table id="funnel-sim-table">
                <caption id="funnel-sim-caption">{t('funnel.sim.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('funnel.sim.figure')}</th>
                    {PERCENTILES.map((p) => (
                      <th scope="col" class="num" id={`funnel-sim-${p}`} key={p}>
                        {t(`funnel.sim.${p}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row" id={`funnel-sim-${row.id}`}>
                        {row.label}
                      </th>
                      {PERCENTILES.map((p) => (
                        <td class="num" key={p}>
                          <output
                            id={`funnel-sim-${row.id}-${p}`}
                            aria-labelledby={`funnel-sim-${row.id} funnel-sim-${p}`}
                          >
                            {row.format(result[row.id][p])}
                          </output>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="hint">{t('funnel.sim.percentiles')}</p>
          {!readOnly && (
            <div class="seed-field">
              <NumberField
                id={fieldId('seed')}
                label={t('funnel.seed')}
                hint={t('funnel.seedHint')}
                kind="count"
                rule={{ max: 0xffffffff }}
                grouped={false}
                value={section.scenario.seed}
                onInput={(seed) => section.edit((s) => ({ ...s, seed }))}
                problem={problemAt(section.problems, 'seed')}
              />
            </div>
          )}
        </div>
        {result && build && (
          <div>
            <ChartBox
              label={t('funnel.sim.histogramLabel', {
                target: fmt.money(result.target),
                share: fmt.percent(result.probabilityOfTarget),
                median: fmt.money(result.revenue.p50),
              })}
              build={build}
            />
            <details class="histogram-table">
              <summary>{t('funnel.sim.histogramTable')}</summary>
              <div class="table-wrap" tabIndex={0} role="region" aria-label={t('funnel.sim.histogramTable')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('funnel.sim.revenue')}</th>
                      <th scope="col" class="num">
                        {t('funnel.sim.trials')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.histogram.map((bin, i) => (
                      <tr key={i}>
                        <th scope="row">
                          {t('funnel.sim.binRange', {
                            from: binMoney(bin.from),
                            to: binMoney(bin.to),
                          })}
                        </th>
                        <td class="num">{fmt.count(bin.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </div>
        )}
      </div>
    </section>
  );
}
