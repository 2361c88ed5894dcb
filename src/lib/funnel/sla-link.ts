import type { Capacity } from './capacity';

/**
 * The figures the SLA builder takes from the active funnel scenario: the MQL and SQL volumes
 * marketing commits to, per month and per rep, and whether sales has the capacity to work them.
 */
export interface PlanVolumes {
  scenarioId: string;
  scenarioName: string;
  mqlsPerMonth: number;
  sqlsPerMonth: number;
  mqlsPerRep: number;
  sqlsPerRep: number;
  reps: number;
  capacityOk: boolean;
  maxMqlsPerMonth: number;
  /** The plan's period in months, and its whole MQLs and SQLs over it: what the agreement commits to in total. */
  months: number;
  mqlsTotal: number;
  sqlsTotal: number;
}

export function planVolumes(scenario: { id: string; name: string }, reps: number, capacity: Capacity, months: number): PlanVolumes {
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    mqlsPerMonth: capacity.mqlsPerMonth,
    sqlsPerMonth: capacity.sqlsPerMonth,
    mqlsPerRep: capacity.mqlsPerRep,
    sqlsPerRep: capacity.sqlsPerRep,
    reps,
    capacityOk: capacity.canCope,
    maxMqlsPerMonth: capacity.maxMqlsPerMonth,
    months,
    // The stage counts are whole; the monthly flow is count ÷ months, so this only undoes the division.
    mqlsTotal: Math.round(capacity.mqlsPerMonth * months),
    sqlsTotal: Math.round(capacity.sqlsPerMonth * months),
  };
}
