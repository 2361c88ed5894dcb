import { reversePlan, type FunnelPlan } from '../funnel';
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
 *   bring is what those leads (the entered count, or the plan's where none was entered) are
 *   expected to bring at the plan's rates.
 * - The gap left after that is planned backwards with the planner's own reverse plan over the
 *   reachable months: leads, deals and budget needed, spread evenly over their lead months.
 */

export interface OutOfReachMonth {
  month: string;
  /** When its leads should have arrived. */
  leadMonth: string;
  leads: number;
  /** Whether `leads` is the entered count or the plan's. */
  from: 'actual' | 'plan';
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
  plan: FunnelPlan;
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

/** The leads that arrived in period month `month`: the entered count when there is one, else the plan's. */
export function leadsArrived(
  timeline: Timeline,
  actuals: readonly MonthActuals[],
  month: number,
): { leads: number; from: 'actual' | 'plan' } {
  const entered = actuals[month]?.stages[0];
  return entered?.ok
    ? { leads: entered.value, from: 'actual' }
    : { leads: plannedLeads(timeline, month), from: 'plan' };
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
      const arrived = leadsArrived(timeline, actuals, l);
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
    leadsNeeded: leadsToClose(input, gap - pipelineRevenue, reachable),
  };
}

function leadsToClose(
  input: FunnelInput,
  revenue: number,
  reachable: readonly ReachableMonth[],
): ReviewOutcome<LeadsNeeded> {
  const plannedPerMonth =
    reachable.length > 0
      ? reachable.reduce((sum, m) => sum + m.plannedLeads, 0) / reachable.length
      : 0;
  if (revenue <= 0)
    return {
      ok: true,
      value: { revenue: 0, deals: 0, leads: 0, perMonth: 0, plannedPerMonth, budget: 0 },
    };
  if (reachable.length === 0) return reviewFail('outOfReach');
  const needed = reversePlan({ ...input, target: revenue, months: reachable.length });
  if (!needed.ok) return needed;
  const { deals, leads, budget } = needed.value;
  return {
    ok: true,
    value: { revenue, deals, leads, perMonth: leads / reachable.length, plannedPerMonth, budget },
  };
}
