/**
 * The stored funnel area alone: what the data page needs to export, import and reset it, without
 * the plan model that src/stores/funnel.ts (which re-exports it) derives from the scenarios.
 */
import { computed } from 'nanostores';
import type { Scenario } from '../lib/funnel/scenario';
import { funnelArea } from '../lib/persist/areas/funnel';
import { createAreaStore } from './area-store';

export const funnelStore = createAreaStore(funnelArea);
export const $funnel = funnelStore.$store;

/** The scenario the planner has open (else the first): here, apart from its plan, for islands that need only to know there is one. */
export const $activeScenario = computed($funnel, (state): Scenario | null =>
  state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0] ?? null,
);
