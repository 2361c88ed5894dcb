/**
 * The scenario the planner has open (else the first), apart from its plan (funnel-plan.ts): for
 * an island that needs only the scenario, or to know there is one, without the plan model.
 */
import { computed } from 'nanostores';
import type { Scenario } from '../lib/funnel/scenario';
import { $funnel } from './funnel-store';

export const $activeScenario = computed($funnel, (state): Scenario | null =>
  state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0] ?? null,
);
