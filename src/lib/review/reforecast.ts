import type { PlanCore } from '../funnel/plan-core';
import { reversePlan } from '../funnel/reverse';
import { reachRate, type FunnelInput } from '../funnel/model';
import type { Timeline } from '../funnel/timeline';
import type { MonthActuals } from './actuals';
import { addMonths } from './months';
import { reviewFail, type ReviewOutcome } from './problems';

/**
 * The re-forecast from here, without the simulation: what is won, what is still needed, and
 * the leads that must arrive now to close the gap, given the stage lags of the plan.
 *
 * Decisions, each for a reason:
 * - A month is done once its revenue won is entered. Every other month of the period is
 *   remaining, due or not: a due month without revenue has not been counted (the current month
 *   is usually one), and reading it as 0 would be the "not reported = 0" mistake.
 * - A lead arriving in month l closes in month l + the plan's total lag (`timeline.offsets`,
 *   whole months). Remaining month r needs its leads in r − lag; when that is before `now` (the
 *   current month) they should have arrived already: r is out of reach, and what it can still
 *   bring is what those leads are expected to bring at the plan's rates: the count entered for
 *   that month; none where the month has passed without a lead count (not reported is never
 *   the plan's count: a pipeline nobody entered would hide the gap); the plan's only for a
 *   month before the period, where nothing could be entered.
 * - The gap left after that is planned backwards with the planner's own reverse plan over the
 *   reachable months: leads, deals and budget needed, spread evenly over their lead months.
 *   Where no new lead is needed the figure says why (target reached, or the pipeline already
 *   entered should bring the rest), never a bare 0.
 */

export interface OutOfReachMonth {
  month: string;
  /** When its leads should have arrived. */
  leadMonth: string;
  leads: number;
  /**
   * Where `leads` comes from: the entered count, the plan's (a month before the period), or
   * 'missing' (a month of the period with no lead count entered: none counted).
   */
  from: LeadsFrom;
  /** leads × the plan's lead-to-won rate × the likely deal size. */
  expectedRevenue: number;
}

export interface ReachableMonth {
  month: string;
  /** When its leads must arrive: now or later. */
  leadMonth: string;
  /** The leads the plan has arriving then. */
  plannedLeads: number;
}

export interface LeadsNeeded {
  /** Revenue the new leads must bring: the gap less what the leads already in the funnel should bring. */
  revenue: number;
  deals: number;
  leads: number;
  /** Leads per reachable lead month (not rounded), against the plan's average for those months. */
  perMonth: number;
  plannedPerMonth: number;
  /** What those leads cost at the plan's cost per lead (or channel mix). */
  budget: number;
}

export interface Reforecast {
  target: number;
  wonSoFar: number;
  /** target − won so far; zero or less once the target is reached. */
  gap: number;
  done: string[];
  remaining: string[];
  /** gap ÷ remaining months; null when none remain. */
  gapPerMonth: number | null;
  /** Months whose revenue no lead found now can reach. */
  outOfReach: OutOfReachMonth[];
  pipelineRevenue: number;
  reachable: ReachableMonth[];
  leadsNeeded: ReviewOutcome<LeadsNeeded>;
}

export interface ReforecastInput {
  input: FunnelInput;
  plan: PlanCore;
  /** The period's months, first first. */
  months: readonly string[];
  /** One per period month, in the same order. */
  actuals: readonly MonthActuals[];
  /** The current month as an index into the period: leads can still arrive from it on (may be < 0 or past the end). */
  now: number;
}

/** The planned leads arriving in period month `month` (negative = before the period), 0 outside the timeline. */
export function plannedLeads(timeline: Timeline, month: number): number {
  return timeline.months[month - (timeline.months[0]?.month ?? 0)]?.counts[0] ?? 0;
}

export type LeadsFrom = 'actual' | 'plan' | 'missing';

/**
 * The leads behind period month `month` (negative = before the period), once the months before
 * `arrivedBefore` are past: the entered count where one reads; for a past month of the period
 * without one, none ('missing'); the plan's for a month before the period (nothing could be
 * entered for it) or from `arrivedBefore` on (still to come).
 */
export function leadsArrived(
  timeline: Timeline,
  actuals: readonly MonthActuals[],
  month: number,
  arrivedBefore: number,
): { leads: number; from: LeadsFrom } {
  const entered = actuals[month]?.stages[0];
  if (entered?.ok) return { leads: entered.value, from: 'actual' };
  if (month >= 0 && month < arrivedBefore) return { leads: 0, from: 'missing' };
  return { leads: plannedLeads(timeline, month), from: 'plan' };
}

export function reforecast({ input, plan, months, actuals, now }: ReforecastInput): Reforecast {
  const { timeline } = plan;
  const lag = timeline.offsets[timeline.offsets.length - 1] ?? 0;
  const yieldPerLead = reachRate(input.steps, input.steps.length) * input.dealSize.likely;
  const first = months[0] ?? '';

  let wonSoFar = 0;
  const done: string[] = [];
  const remaining: string[] = [];
  const outOfReach: OutOfReachMonth[] = [];
  const reachable: ReachableMonth[] = [];
  months.forEach((month, r) => {
    const revenue = actuals[r]?.revenue;
    if (revenue?.ok) {
      wonSoFar += revenue.value;
      done.push(month);
      return;
    }
    remaining.push(month);
    const l = r - lag;
    if (l < now) {
      const arrived = leadsArrived(timeline, actuals, l, now);
      outOfReach.push({
        month,
        leadMonth: addMonths(first, l),
        ...arrived,
        expectedRevenue: arrived.leads * yieldPerLead,
      });
    } else {
      reachable.push({
        month,
        leadMonth: addMonths(first, l),
        plannedLeads: plannedLeads(timeline, l),
      });
    }
  });

  const gap = input.target - wonSoFar;
  const pipelineRevenue = outOfReach.reduce((sum, m) => sum + m.expectedRevenue, 0);
  return {
    target: input.target,
    wonSoFar,
    gap,
    done,
    remaining,
    gapPerMonth: remaining.length > 0 ? gap / remaining.length : null,
    outOfReach,
    pipelineRevenue,
    reachable,
    leadsNeeded: leadsToClose(input, gap, gap - pipelineRevenue, reachable),
  };
}

/**
 * The new leads that close what the pipeline leaves of the gap, or why there is no such figure:
 * the target is reached ('targetReached'), the leads already in the funnel should bring the rest
 * ('coveredByPipeline'), or no lead found now can close in time ('outOfReach').
 */
function leadsToClose(
  input: FunnelInput,
  gap: number,
  revenue: number,
  reachable: readonly ReachableMonth[],
): ReviewOutcome<LeadsNeeded> {
  if (gap <= 0) return reviewFail('targetReached');
  if (revenue <= 0) return reviewFail('coveredByPipeline');
  if (reachable.length === 0) return reviewFail('outOfReach');
  const plannedPerMonth = reachable.reduce((sum, m) => sum + m.plannedLeads, 0) / reachable.length;
  const needed = reversePlan({ ...input, target: revenue, months: reachable.length });
  if (!needed.ok) return needed;
  const { deals, leads, budget } = needed.value;
  return {
    ok: true,
    value: { revenue, deals, leads, perMonth: leads / reachable.length, plannedPerMonth, budget },
  };
}
