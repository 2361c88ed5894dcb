/**
 * The funnel's deterministic plan in one call. Its own module, apart from the index that also
 * re-exports the Monte Carlo: what imports the plan never loads the simulation with it.
 */
import { ok, type Outcome } from '../problem';
import { capacity, type Capacity } from './capacity';
import { forwardPlan, type ForwardPlan } from './forward';
import type { FunnelInput } from './model';
import { reversePlan, type ReversePlan } from './reverse';
import { sensitivity, type Sensitivity } from './sensitivity';
import { monthlyTimeline, type Timeline } from './timeline';

/** Everything the funnel page shows that is cheap to compute (the simulation runs apart). */
export interface FunnelPlan {
  reverse: ReversePlan;
  timeline: Timeline;
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
  const reverse = reversePlan(input);
  if (!reverse.ok) return reverse;
  const timeline = monthlyTimeline(input, reverse.value);
  if (!timeline.ok) return timeline;
  const levers = sensitivity(input, reverse.value);
  if (!levers.ok) return levers;
  return ok({
    reverse: reverse.value,
    timeline: timeline.value,
    sensitivity: levers.value,
    capacity: capacity(input, reverse.value),
    forward: forwardPlan(input),
  });
}
