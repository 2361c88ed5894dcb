/**
 * The volumes an agreement commits to, in whole leads. A funnel plan needs 1,000 MQLs over 12
 * months, which is 83.3 a month: no one can hand over a third of a lead, so the agreement states
 * the period total and how much of it is due by the end of each month, cumulatively, as SLA
 * tracking counts it (a short month made up later is no breach). The cumulative targets round
 * up, so they never fall behind the plan's pace, and the last one is the total itself.
 */

import { ceilWhole } from '../whole-count';

/** Whole leads due by the end of each month: ⌈total × m ÷ months⌉ for m = 1 … months. */
export function cumulativeTargets(total: number, months: number): number[] {
  const whole = Math.max(0, Math.round(total));
  const count = Math.max(1, Math.round(months));
  // Integer arithmetic: ⌈a ÷ b⌉ = ⌊(a + b − 1) ÷ b⌋, exact for every total a plan can hold.
  return Array.from({ length: count }, (_, i) => Math.floor((whole * (i + 1) + count - 1) / count));
}

/** Each month's own part of the total: the steps between the cumulative targets. They add up to the total. */
export function monthlyTargets(total: number, months: number): number[] {
  const cumulative = cumulativeTargets(total, months);
  return cumulative.map((due, i) => due - (i === 0 ? 0 : cumulative[i - 1]!));
}

/** What the commitments of a linked plan say, every figure a whole number of leads. */
export interface WholeCommitment {
  /** MQLs over the period, when the plan says (links made before totals were kept do not). */
  mqlsTotal: number | null;
  sqlsTotal: number | null;
  months: number | null;
  /** MQLs due by the end of each month, ending at the total (empty without a total). */
  cumulative: number[];
  /** The MQLs a month the agreement states: the most any month of the split asks, ⌈per month⌉. */
  mqlsPerMonth: number;
  sqlsPerMonth: number;
  /** Each rep's share of a month's MQLs (and SQLs), rounded up: no rep takes part of a lead. */
  mqlsPerRep: number;
  sqlsPerRep: number;
  /** The most MQLs a month the team can work: whole leads, rounded down. */
  maxMqlsPerMonth: number;
}

export interface PlanFlows {
  mqlsPerMonth: number;
  sqlsPerMonth: number;
  reps: number;
  maxMqlsPerMonth: number;
  months?: number | undefined;
  mqlsTotal?: number | undefined;
  sqlsTotal?: number | undefined;
}

/** The plan's monthly flows (83.3 MQLs a month) as commitments in whole leads. */
export function wholeCommitment(plan: PlanFlows): WholeCommitment {
  const hasTotals = plan.months !== undefined && plan.mqlsTotal !== undefined && plan.months >= 1;
  const mqlsPerMonth = ceilWhole(plan.mqlsPerMonth);
  const sqlsPerMonth = ceilWhole(plan.sqlsPerMonth);
  const perRep = (perMonth: number) => (plan.reps > 0 ? ceilWhole(perMonth / plan.reps) : perMonth);
  return {
    mqlsTotal: hasTotals ? Math.round(plan.mqlsTotal!) : null,
    sqlsTotal: hasTotals && plan.sqlsTotal !== undefined ? Math.round(plan.sqlsTotal) : null,
    months: hasTotals ? Math.round(plan.months!) : null,
    cumulative: hasTotals ? cumulativeTargets(plan.mqlsTotal!, plan.months!) : [],
    mqlsPerMonth,
    sqlsPerMonth,
    mqlsPerRep: perRep(mqlsPerMonth),
    sqlsPerRep: perRep(sqlsPerMonth),
    maxMqlsPerMonth: Math.floor(plan.maxMqlsPerMonth + 1e-9),
  };
}
