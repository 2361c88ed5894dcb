import { fail, ok, type Outcome } from '../problem';
import { blendedCpl, reachRate, type FunnelInput, type PlanInput } from './model';
import { stageOffsets } from './timeline';

export interface ForwardFlow {
  /** Expected count at each stage, leads first; not rounded. */
  counts: number[];
  deals: number;
  revenue: number;
  budget: number;
}

export interface ForwardPlan {
  /** The steady flow of one month. */
  perMonth: ForwardFlow;
  /** perMonth × months: what the period's leads eventually bring. */
  period: ForwardFlow;
  /** Cost of an average lead: the CPL, or the share-weighted CPL of the channel mix. */
  costPerLead: number;
  /** The month the first deals land when leads start arriving in month 0. */
  firstDealMonth: number;
  /**
   * The part of `period` that lands inside the period: with leads from month 0 on, only the
   * cohorts of months 0 … months − 1 − lag close in time.
   */
  landingInPeriod: { deals: number; revenue: number };
  /** period revenue ÷ target; null with a target of zero, of which no revenue is a share. */
  targetCoverage: number | null;
}

type ForwardInput = PlanInput & Pick<FunnelInput, 'forward'>;

function flow(input: ForwardInput, leads: number, costPerLead: number): ForwardFlow {
  const counts = input.stages.map((_, stage) => leads * reachRate(input.steps, stage));
  const deals = counts[counts.length - 1]!;
  return { counts, deals, revenue: deals * input.dealSize.likely, budget: leads * costPerLead };
}

/**
 * The forward funnel: from leads per month (or a monthly budget ÷ the blended CPL) to the
 * expected MQLs, SQLs, opportunities, deals and revenue, a month and over the period. Expected
 * values, not rounded: 150 leads at 25 % are 37.5 MQLs.
 */
export function forwardPlan(input: ForwardInput): Outcome<ForwardPlan> {
  const costPerLead = blendedCpl(input.budget);
  let leads: number;
  if (input.forward.mode === 'leads') {
    leads = Math.max(0, input.forward.leadsPerMonth);
  } else {
    if (!(costPerLead > 0))
      return fail('zeroDenominator', { field: input.budget.mode === 'cpl' ? 'cpl' : 'channels' });
    leads = Math.max(0, input.forward.budgetPerMonth) / costPerLead;
  }
  // The period's revenue, and its ratio to the target, must stay finite too: a target of
  // 5e-324 turns any revenue into an infinite coverage.
  const scale = leads * input.months * input.dealSize.likely;
  const coverageScale = input.target > 0 ? scale / input.target : 0;
  if (!Number.isFinite(scale * Math.max(1, costPerLead)) || !Number.isFinite(coverageScale)) {
    return fail('tooLarge', {
      field: input.forward.mode === 'leads' ? 'leadsPerMonth' : 'budgetPerMonth',
    });
  }
  const perMonth = flow(input, leads, costPerLead);
  const period = flow(input, leads * input.months, costPerLead);
  const offsets = stageOffsets(input.steps);
  const firstDealMonth = offsets[offsets.length - 1]!;
  const closingCohorts = Math.max(0, input.months - firstDealMonth);
  return ok({
    perMonth,
    period,
    costPerLead,
    firstDealMonth,
    landingInPeriod: {
      deals: perMonth.deals * closingCohorts,
      revenue: perMonth.revenue * closingCohorts,
    },
    targetCoverage: input.target > 0 ? period.revenue / input.target : null,
  });
}
