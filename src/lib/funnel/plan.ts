/**
 * The funnel's deterministic plan in one call. Its own module, apart from the index that also
 * re-exports the Monte Carlo: what imports the plan never loads the simulation with it.
 */
import { ok, type Outcome } from '../problem';
import { capacity, type Capacity } from './capacity';
import { forwardPlan, type ForwardPlan } from './forward';
import type { FunnelInput } from './model';
import { sensitivity, type Sensitivity } from './sensitivity';
import { planCore, type PlanCore } from './plan-core';

/** Everything the funnel page shows that is cheap to compute (the simulation runs apart). */
export interface FunnelPlan extends PlanCore {
  sensitivity: Sensitivity;
  /** Its own outcome: a team of no reps must not hide the plan. */
  capacity: Outcome<Capacity>;
  /** Its own outcome: a forward budget with free leads must not hide the plan. */
  forward: Outcome<ForwardPlan>;
}

/**
 * The deterministic plan in one call, for every input change (well under a millisecond).
 * Fails only when the reverse plan does (a zero rate or deal size, a count past 10^15).
 */
export function plan(input: FunnelInput): Outcome<FunnelPlan> {
  const core = planCore(input);
  if (!core.ok) return core;
  const levers = sensitivity(input, core.value.reverse);
  if (!levers.ok) return levers;
  return ok({
    ...core.value,
    sensitivity: levers.value,
    capacity: capacity(input, core.value.reverse),
    forward: forwardPlan(input),
  });
}
