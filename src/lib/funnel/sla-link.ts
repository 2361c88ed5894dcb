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
}

export function planVolumes(scenario: { id: string; name: string }, reps: number, capacity: Capacity): PlanVolumes {
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
  };
}
