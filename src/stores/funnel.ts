/**
 * Funnel scenarios: the planner's named plans, the active one, and the ones compared, and what
 * the planner does to them. The active scenario's plan is derived in funnel-plan.ts, which the
 * pages that only show it (the SLA builder, the plan packet) load without these operations.
 */
import type { FunnelState } from '../lib/persist/areas/funnel';
import type { Scenario } from '../lib/funnel/scenario';
import { nextRowId } from '../lib/rows';
import { $funnel, funnelStore } from './funnel-store';
import { $activePlan, $activeScenario, $planVolumes } from './funnel-plan';

export { $funnel, funnelStore, $activeScenario, $activePlan, $planVolumes };

const stamp = (scenario: Scenario): Scenario => ({ ...scenario, updatedAt: new Date().toISOString() });

function update(change: (state: FunnelState) => FunnelState) {
  funnelStore.update(change);
}

/** A scenario id not yet in use: scenario-1, scenario-2, … */
export function nextScenarioId(state: FunnelState = $funnel.get()): string {
  return nextRowId(state.scenarios, 'scenario');
}

export function addScenario(scenario: Scenario): void {
  update((state) => ({ ...state, scenarios: [...state.scenarios, stamp(scenario)], activeId: scenario.id }));
}

export function updateScenario(id: string, change: (scenario: Scenario) => Scenario): void {
  update((state) => ({ ...state, scenarios: state.scenarios.map((s) => (s.id === id ? stamp(change(s)) : s)) }));
}

/**
 * Changes a scenario, storing it first if it is the unsaved example the page shows while the
 * store is empty (so the example is persisted on its first edit).
 */
export function editScenario(shown: Scenario, change: (scenario: Scenario) => Scenario): void {
  if ($funnel.get().scenarios.some((s) => s.id === shown.id)) updateScenario(shown.id, change);
  else addScenario(change(shown));
}

/** `scenario` under another id, its rows' ids prefixed anew (they only need to be unique within it). */
function withId(scenario: Omit<Scenario, 'id'>, id: string): Scenario {
  return {
    ...scenario,
    id,
    channels: scenario.channels.map((c, i) => ({ ...c, id: `${id}-c${i + 1}` })),
    leadsInHand: scenario.leadsInHand.map((r, i) => ({ ...r, id: `${id}-h${i + 1}` })),
  };
}

/** Adds a copy of `scenario` under a fresh id and makes it active. */
export function addScenarioCopy(scenario: Omit<Scenario, 'id'>): Scenario {
  const added = withId(scenario, nextScenarioId());
  addScenario(added);
  return added;
}

/** Keeps the shown example (if unsaved), then adds a copy of `scenario` beside it and makes that active. */
export function addScenarioBeside(shown: Scenario, scenario: Omit<Scenario, 'id'>): Scenario {
  if (!$funnel.get().scenarios.some((s) => s.id === shown.id)) addScenario(shown);
  return addScenarioCopy(scenario);
}

/** Puts another scenario's inputs (a shared one) in place of a saved scenario, keeping its id. */
export function replaceScenario(id: string, replacement: Scenario): void {
  updateScenario(id, () => ({ ...replacement, id }));
}

export function setActiveScenario(id: string): void {
  update((state) => ({ ...state, activeId: id }));
}

export interface DeletedScenario {
  scenario: Scenario;
  index: number;
  wasActive: boolean;
  wasCompared: boolean;
}

/** Removes a scenario; returns what undo needs to put it back where it was. */
export function deleteScenario(id: string): DeletedScenario | null {
  const state = $funnel.get();
  const index = state.scenarios.findIndex((s) => s.id === id);
  const scenario = state.scenarios[index];
  if (!scenario) return null;
  const remaining = state.scenarios.filter((s) => s.id !== id);
  const wasActive = ($activeScenario.get()?.id ?? '') === id;
  update(() => ({
    scenarios: remaining,
    activeId: wasActive ? (remaining[Math.max(0, index - 1)]?.id ?? '') : state.activeId,
    compareIds: state.compareIds.filter((c) => c !== id),
  }));
  return { scenario, index, wasActive, wasCompared: state.compareIds.includes(id) };
}

/**
 * Puts a deleted scenario back where it was. If its id has been taken since (a new scenario, or
 * the example stored on its first edit), it comes back under a fresh id rather than not at all.
 */
export function restoreScenario({ scenario, index, wasActive, wasCompared }: DeletedScenario): void {
  update((state) => {
    if (state.scenarios.includes(scenario)) return state; // undone already
    const restored = state.scenarios.some((s) => s.id === scenario.id) ? withId(scenario, nextScenarioId(state)) : scenario;
    const scenarios = [...state.scenarios];
    scenarios.splice(Math.min(index, scenarios.length), 0, restored);
    const compareIds = wasCompared && state.compareIds.length < 3 ? [...state.compareIds, restored.id] : state.compareIds;
    return { scenarios, activeId: wasActive ? restored.id : state.activeId, compareIds };
  });
}

export function setCompared(ids: readonly string[]): void {
  update((state) => ({ ...state, compareIds: ids.slice(0, 3) }));
}
