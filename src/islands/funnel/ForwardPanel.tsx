import type { ForwardPlan } from '../../lib/funnel/forward';
import type { Outcome } from '../../lib/problem';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { fieldId } from './fields';
import type { Formatters } from './format';

interface ForwardPanelProps {
  forward: Outcome<ForwardPlan> | null;
  reason: string;
  fmt: Formatters;
}

const FROM_INPUTS = ['leadsPerMonth', 'budgetPerMonth', 'cpl'].map(fieldId);

/** What the leads (or budget) you can get each month would bring, against the target. */
export function ForwardPanel({ forward, reason, fmt }: ForwardPanelProps) {
  const { t } = useI18n();
  const f = forward?.ok ? forward.value : null;
  // The money figures of the grid share their decimals.
  const money = fmt.moneyColumn(f ? [f.landingInPeriod.revenue, f.period.revenue, f.perMonth.revenue, f.perMonth.budget] : []);
  // A figure the plan cannot give (null) says why in its place: `why`, or the panel's reason.
  const figure = (id: string, label: string, value: (f: ForwardPlan) => string | null, headline = false, why = reason) => (
    <Figure id={`funnel-fwd-${id}`} label={label} value={f ? value(f) : null} reason={f ? why : reason} inputs={FROM_INPUTS} headline={headline} />
  );
  return (
    <section class="card forward-panel" aria-labelledby="funnel-fwd-title">
      <Heading id="funnel-fwd-title">{t('funnel.fwd.title')}</Heading>
      <div class="figures">
        {figure('coverage', t('funnel.fwd.coverage'), (v) => (v.targetCoverage === null ? null : fmt.percent(v.targetCoverage)), true, t('funnel.fwd.noTarget'))}
        {figure('landing', t('funnel.fwd.landing'), (v) => money(v.landingInPeriod.revenue))}
        {figure('period-revenue', t('funnel.fwd.periodRevenue'), (v) => money(v.period.revenue))}
        {figure('leads', t('funnel.fwd.leads'), (v) => fmt.flow(v.perMonth.counts[0]!))}
        {figure('deals', t('funnel.fwd.deals'), (v) => fmt.flow(v.perMonth.deals))}
        {figure('revenue', t('funnel.fwd.revenue'), (v) => money(v.perMonth.revenue))}
        {figure('budget', t('funnel.fwd.budget'), (v) => money(v.perMonth.budget))}
        {figure('first-deal', t('funnel.fwd.firstDeal'), (v) => fmt.month(v.firstDealMonth))}
      </div>
    </section>
  );
}
