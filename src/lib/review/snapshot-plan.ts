import type { FunnelInput } from '../funnel/model';
import { planCore, type PlanCore } from '../funnel/plan-core';
import type { PlanSnapshot } from './tracking';

/** The plan a month was reported against, planned again from its snapshot. */
export interface SnapshotPlan {
  input: FunnelInput;
  plan: PlanCore;
}

/**
 * The funnel plan a month's snapshot kept (its target, period, deal size, rates and lags under
 * its stage names), planned again with the planner's own `planCore`: what that month's odds are
 * simulated on. The parts a snapshot does not keep (budget, team, forward source, seed) do not
 * move the odds and come from `now`; leads in hand are left out, as the review counts the
 * entered leads itself. Null for a snapshot taken before the funnel was kept with it, or one that
 * no longer plans.
 */
export function snapshotPlan(snapshot: PlanSnapshot, now: FunnelInput): SnapshotPlan | null {
  const kept = snapshot.funnel;
  if (!kept || kept.steps.length !== snapshot.stages.length - 1) return null;
  const input: FunnelInput = {
    ...now,
    stages: [...snapshot.stages],
    steps: kept.steps.map((step) => ({ rate: step.rate, lagDays: step.lagDays })),
    target: kept.target,
    dealSize: kept.dealSize,
    months: kept.months,
    leadsInHand: [],
  };
  const planned = planCore(input);
  return planned.ok ? { input, plan: planned.value } : null;
}
