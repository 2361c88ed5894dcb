/**
 * The active funnel scenario and its plan, derived from the stored scenarios by the pure model,
 * so every island shows the same figures: what the SLA builder and the plan packet show, apart
 * from the planner's own operations on scenarios (funnel.ts, which re-exports these).
 */
import { computed } from 'nanostores';
import { planScenario } from '../lib/funnel/sections';
import { planVolumes, type PlanVolumes } from '../lib/funnel/sla-link';
import { $activeScenario } from './active-scenario';
import { $settings } from './settings';

export { $activeScenario };

/**
 * The active scenario's plan, section by section: the problems at each input, and the figures
 * whose inputs are sound (a bad team size hides the capacity verdict, not the plan).
 */
export const $activePlan = computed([$activeScenario, $settings], (scenario, settings) => (scenario ? planScenario(scenario, settings.currency) : null));

/** What the SLA builder's "use my funnel plan" takes: null when there is no usable plan. */
export const $planVolumes = computed([$activeScenario, $activePlan], (scenario, active): PlanVolumes | null => {
  if (!scenario || !active?.input || !active.plan.ok || !active.plan.value.capacity.ok) return null;
  return planVolumes(scenario, active.input.team.reps, active.plan.value.capacity.value, active.input.months);
});
