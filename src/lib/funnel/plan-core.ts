/**
 * The plan's core, in a module of its own: what imports it (the monthly review) does not load
 * the planner's other figures (levers, capacity, forward plan; see plan.ts).
 */
import { ok, type Outcome } from '../problem';
import type { FunnelInput } from './model';
import { reversePlan, type ReversePlan } from './reverse';
import { monthlyTimeline, type Timeline } from './timeline';

/** The plan's core: what it takes, and in which months. What the monthly review holds months against. */
export interface PlanCore {
  reverse: ReversePlan;
  timeline: Timeline;
}

/**
 * The reverse plan and its months alone, without the levers, the team's capacity and the
 * forward plan: the same figures `plan` gives them, for what needs no more (the monthly review),
 * so it does not load the rest. Fails when the reverse plan or its timeline does.
 */
export function planCore(input: FunnelInput): Outcome<PlanCore> {
  const reverse = reversePlan(input);
  if (!reverse.ok) return reverse;
  const timeline = monthlyTimeline(input, reverse.value);
  if (!timeline.ok) return timeline;
  return ok({ reverse: reverse.value, timeline: timeline.value });
}
