import type { Scenario } from '../../lib/funnel/scenario';
import type { Currency } from '../../lib/settings';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';

/**
 * The inputs as plain text for paper, where the form itself is hidden. Values appear as typed,
 * so the printout matches what the planner entered. `always` shows it on screen too (the plan packet).
 */
export function PrintSummary({ scenario, currency, always = false }: { scenario: Scenario; currency: Currency; always?: boolean }) {
  const { t } = useI18n();
  const pct = (raw: string) => (raw.trim() === '' ? '' : `${raw.trim().replace(/%$/, '')}%`);
  const money = (raw: string) => (raw.trim() === '' ? '' : `${raw} ${currency}`);
  const range = (likely: string, low: string, high: string, unit: (raw: string) => string) =>
    low || high ? `${unit(likely)} (${unit(low || likely)} … ${unit(high || likely)})` : unit(likely);
  const entries: [string, string][] = [
    [t('funnel.target'), money(scenario.target)],
    [t('funnel.dealSize'), range(scenario.dealSize, scenario.dealSizeLow, scenario.dealSizeHigh, money)],
    [t('funnel.months'), `${scenario.months} ${t('unit.months')}`],
    ...scenario.steps.map((step, i): [string, string] => [
      t('funnel.step', { from: scenario.stages[i] ?? '', to: scenario.stages[i + 1] ?? '' }),
      `${range(step.rate, step.rateLow, step.rateHigh, pct)}; ${t('funnel.step.lag')} ${step.lagDays} ${t('unit.days')}`,
    ]),
    scenario.budgetMode === 'cpl'
      ? [t('funnel.cpl'), money(scenario.cpl)]
      : [
          t('funnel.channels'),
          scenario.channels
            .map((c) => `${c.name} (${t(`funnel.channel.${c.kind}`)}): ${pct(c.share)}, ${money(c.cpl)}`)
            .join('; '),
        ],
    scenario.forwardMode === 'leads'
      ? [t('funnel.leadsPerMonth'), scenario.leadsPerMonth]
      : [t('funnel.budgetPerMonth'), money(scenario.budgetPerMonth)],
    [t('funnel.reps'), scenario.reps],
    [t('funnel.attemptsPerLead'), scenario.attemptsPerLead],
    [t('funnel.minutesPerAttempt'), scenario.minutesPerAttempt],
    [t('funnel.hoursPerRep'), scenario.hoursPerRepPerMonth],
    ...(scenario.leadsInHand.length > 0
      ? [[t('funnel.section.inHand'), scenario.leadsInHand.map((r) => `${r.month}: ${r.leads}`).join('; ')] as [string, string]]
      : []),
    [t('funnel.seed'), scenario.seed],
  ];

  return (
    <section class={always ? 'print-summary' : 'print-only print-summary'}>
      <Heading>
        {t('funnel.printInputs')}: {scenario.name.trim() || t('funnel.scenario.untitled')}
      </Heading>
      <dl>
        {entries.map(([label, value], i) => (
          <div key={i}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
