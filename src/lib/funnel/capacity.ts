import { fail, ok, type Outcome } from '../problem';
import type { FunnelInput } from './model';
import { ceilWhole } from '../whole-count';
import type { ReversePlan } from './reverse';

/** The stage reps work (MQL by default: the second stage) and the one they hand on (SQL: the third). */
export const WORKED_STAGE = 1;
export const HANDOFF_STAGE = 2;

export interface Capacity {
  /** MQLs a month the plan needs worked: the second stage's total ÷ months. */
  mqlsPerMonth: number;
  /** SQLs a month the plan needs: the third stage (the last, in a funnel of two stages). */
  sqlsPerMonth: number;
  /** MQLs × attempts × minutes ÷ 60. */
  hoursNeeded: number;
  /** Reps × hours per rep. */
  hoursAvailable: number;
  /** hoursNeeded ÷ hoursAvailable: 1 = fully booked. */
  utilisation: number;
  canCope: boolean;
  /** MQLs each rep works a month: the figure the SLA commits sales to. */
  mqlsPerRep: number;
  sqlsPerRep: number;
  /** The most MQLs a month the team can work. */
  maxMqlsPerMonth: number;
  /** The fewest reps who could work the plan's MQLs. */
  repsNeeded: number;
}

/**
 * Whether the sales team can work the MQL volume the plan needs. Reps with no hours or MQLs that
 * take no time cannot be compared, and say so with the input to fix.
 */
export function capacity(input: Pick<FunnelInput, 'team'>, plan: ReversePlan): Outcome<Capacity> {
  const { reps, attemptsPerLead, minutesPerAttempt, hoursPerRepPerMonth } = input.team;
  if (!(reps > 0)) return fail('zeroDenominator', { field: 'reps' });
  if (!(hoursPerRepPerMonth > 0)) return fail('zeroDenominator', { field: 'hoursPerRepPerMonth' });
  if (!(attemptsPerLead > 0)) return fail('zeroDenominator', { field: 'attemptsPerLead' });
  if (!(minutesPerAttempt > 0)) return fail('zeroDenominator', { field: 'minutesPerAttempt' });

  const last = plan.perMonth.length - 1;
  const mqlsPerMonth = plan.perMonth[Math.min(WORKED_STAGE, last)]!;
  const sqlsPerMonth = plan.perMonth[Math.min(HANDOFF_STAGE, last)]!;
  const hoursPerMql = (attemptsPerLead * minutesPerAttempt) / 60;
  const hoursNeeded = mqlsPerMonth * hoursPerMql;
  const hoursAvailable = reps * hoursPerRepPerMonth;
  const figures: Capacity = {
    mqlsPerMonth,
    sqlsPerMonth,
    hoursNeeded,
    hoursAvailable,
    utilisation: hoursNeeded / hoursAvailable,
    canCope: hoursNeeded <= hoursAvailable,
    mqlsPerRep: mqlsPerMonth / reps,
    sqlsPerRep: sqlsPerMonth / reps,
    maxMqlsPerMonth: hoursAvailable / hoursPerMql,
    repsNeeded: ceilWhole(hoursNeeded / hoursPerRepPerMonth),
  };
  // Inputs like 1e-300 hours pass the parser but overflow a ratio.
  return Object.values(figures).every((v) => typeof v !== 'number' || Number.isFinite(v))
    ? ok(figures)
    : fail('tooLarge', { field: 'team' });
}
