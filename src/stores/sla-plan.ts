/**
 * The funnel plan as the SLA builder sees it: the active scenario's volumes (to link to) and
 * the current volumes of the scenario the open draft is linked to (to tell whether it changed).
 * Kept apart from stores/sla.ts so pages that only need the drafts do not load the funnel model.
 */
import { computed } from 'nanostores';
import type { Scenario } from '../lib/funnel/scenario';
import { planScenario } from '../lib/funnel/sections';
import { planVolumes, type PlanVolumes } from '../lib/funnel/sla-link';
import { $funnel } from './funnel-store';
import { $activeScenario, $planVolumes } from './funnel-plan';
import { $activeDraft } from './sla-store';
import { $settings } from './settings';

export { $activeScenario, $planVolumes };

/** The volumes a scenario gives the SLA, as $planVolumes does for the active one; null when its plan is unusable. */
function volumesOf(scenario: Scenario): PlanVolumes | null {
  const planned = planScenario(scenario, $settings.get().currency);
  if (!planned.input || !planned.plan.ok || !planned.plan.value.capacity.ok) return null;
  return planVolumes(scenario, planned.input.team.reps, planned.plan.value.capacity.value, planned.input.months);
}

/**
 * The linked scenario's volumes now: undefined when the open draft is not linked, null when
 * the scenario is gone or its plan is unusable (both count as "changed since").
 */
export const $linkedPlanNow = computed([$activeDraft, $funnel, $activeScenario, $planVolumes], (draft, funnel, active, volumes) => {
  const linked = draft?.content.linkedPlan;
  if (!linked) return undefined;
  if (active?.id === linked.scenarioId) return volumes;
  const scenario = funnel.scenarios.find((s) => s.id === linked.scenarioId);
  return scenario ? volumesOf(scenario) : null;
});
