import type { ScenarioPlan } from '../../lib/funnel/sections';
import type { Scenario } from '../../lib/funnel/scenario';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { describeProblem, fieldId } from './fields';
import type { Formatters } from './format';

const FROM_INPUTS = ['target', 'dealSize', 'months', 'cpl'].map(fieldId);

/** The headline figures of the reverse plan: what it takes to reach the target. */
export function PlanFigures({ planned, scenario, fmt }: { planned: ScenarioPlan; scenario: Scenario; fmt: Formatters }) {
  const { t, lang } = useI18n();
  const reverse = planned.plan.ok ? planned.plan.value.reverse : null;
  const last = scenario.stages.length - 1;
  const stageName = (i: number) => scenario.stages[Math.min(i, last)] ?? '';
  // The money figures of the grid share their decimals.
  const money = fmt.moneyColumn(reverse ? [reverse.budget, reverse.budgetPerMonth, reverse.costPerDeal, reverse.revenue] : []);
  // A figure the plan cannot give (null) says why in its place: `why`, or that inputs need fixing.
  const figure = (id: string, label: string, value: (r: NonNullable<typeof reverse>) => string | null, headline = false, why?: string) => (
    <Figure
      id={`funnel-out-${id}`}
      label={label}
      value={reverse ? value(reverse) : null}
      reason={(reverse && why) || t('problem.figureUnavailable')}
      inputs={FROM_INPUTS}
      headline={headline}
    />
  );

  return (
    <section class="plan-figures" aria-labelledby="funnel-results-title">
      <Heading id="funnel-results-title">{t('funnel.results')}</Heading>
      {planned.failed.plan && (
        <p class="notice warning" role="status">
          {describeProblem(t, scenario, planned.failed.plan, lang)}
        </p>
      )}
      <div class="figures">
        {figure('leads', t('funnel.fig.leads'), (r) => fmt.count(r.leads), true)}
        {figure('budget', t('funnel.fig.budget'), (r) => money(r.budget), true)}
        {figure('deals', t('funnel.fig.deals'), (r) => fmt.count(r.deals))}
        {figure('mqls', t('funnel.fig.perMonth', { stage: stageName(1) }), (r) => fmt.flow(r.perMonth[Math.min(1, last)]!))}
        {figure('sqls', t('funnel.fig.perMonth', { stage: stageName(2) }), (r) => fmt.flow(r.perMonth[Math.min(2, last)]!))}
        {figure('budget-month', t('funnel.fig.budgetPerMonth'), (r) => money(r.budgetPerMonth))}
        {figure('cost-deal', t('funnel.fig.costPerDeal'), (r) => (r.deals > 0 ? money(r.costPerDeal) : null), false, t('funnel.fig.noDeals'))}
        {figure('revenue', t('funnel.fig.revenue'), (r) => money(r.revenue))}
      </div>
    </section>
  );
}
