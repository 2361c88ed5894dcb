/**
 * The monthly review: the tracking area (actuals as typed, the plan kept with each month, notes,
 * actions, thresholds) and the review computed from it with the plan and the SLA draft it is
 * held against. Actions read the stores' current values (never a component's closure), so edits
 * replayed before a render, or several in one tick, each build on the one before.
 */
import { computed } from 'nanostores';
import { trackingArea } from '../lib/persist/areas/tracking';
import { planScenario } from '../lib/funnel/sections';
import type { Scenario } from '../lib/funnel/scenario';
import type { SlaContent } from '../lib/sla/draft';
import {
  monthOrdinal,
  monthlyReview,
  setActuals,
  setNote,
  snapshotMonth,
  type ActualField,
  type PlanSnapshot,
  type TrackingAction,
  type TrackingState,
} from '../lib/review';
import { nextRowId } from '../lib/rows';
import { createAreaStore } from './area-store';
import { $funnel } from './funnel';
import { $settings } from './settings';
import { $sla } from './sla';

export const trackingStore = createAreaStore(trackingArea);
export const $tracking = trackingStore.$store;

/** The scenario the actuals are held against: the one the review names, else the planner's active one. */
export const $trackedScenario = computed(
  [$funnel, $tracking],
  (funnel, tracking): Scenario | null => {
    const named = tracking.scenarioId
      ? funnel.scenarios.find((s) => s.id === tracking.scenarioId)
      : undefined;
    return (
      named ?? funnel.scenarios.find((s) => s.id === funnel.activeId) ?? funnel.scenarios[0] ?? null
    );
  },
);

/** The SLA draft whose commitments are scored: the one the review names, else the builder's active one. */
export const $trackedDraft = computed(
  [$sla, $tracking],
  (sla, tracking): { id: string; name: string; content: SlaContent } | null => {
    const draft =
      (tracking.draftId ? sla.drafts.find((d) => d.id === tracking.draftId) : undefined) ??
      sla.drafts.find((d) => d.id === sla.activeDraftId) ??
      sla.drafts[0];
    return draft ? { id: draft.id, name: draft.name, content: draft.content } : null;
  },
);

/** Today as "yyyy-mm-dd" in the user's own time zone: the month they live in decides what is due. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The whole review (everything but the simulation), recomputed when any source changes. */
export const $review = computed(
  [$trackedScenario, $trackedDraft, $settings, $tracking],
  (scenario, draft, settings, tracking) =>
    monthlyReview({ scenario, draft, periodStart: settings.periodStart, tracking, today: today() }),
);

/** The plan as it is now for a month of the period: what a month keeps when its first actual is entered. */
function snapshotNow(month: string): PlanSnapshot | null {
  const scenario = $trackedScenario.get();
  const start = monthOrdinal($settings.get().periodStart);
  const at = monthOrdinal(month);
  if (!scenario || start === null || at === null) return null;
  const planned = planScenario(scenario);
  if (!planned.input || !planned.plan.ok) return null;
  const index = at - start;
  if (index < 0 || index >= planned.input.months) return null;
  const draft = $trackedDraft.get();
  return snapshotMonth(
    {
      scenario: { id: scenario.id, name: scenario.name },
      input: planned.input,
      plan: planned.plan.value,
      draft: draft ? { id: draft.id, content: draft.content } : null,
      takenAt: new Date().toISOString(),
    },
    index,
  );
}

/** Sets cells of the actuals, as typed or pasted; a month's first actual keeps the plan that applies to it now. */
export function enterActuals(
  cells: readonly { month: string; field: ActualField; text: string }[],
): void {
  // One plan per call: a paste of twelve months plans the scenario once, not twelve times.
  const kept = new Map<string, PlanSnapshot | null>();
  const snapshotOf = (month: string) => {
    if (!kept.has(month)) kept.set(month, snapshotNow(month));
    return kept.get(month)!;
  };
  trackingStore.update((state) => setActuals(state, cells, snapshotOf));
}

export function enterActual(month: string, field: ActualField, text: string): void {
  enterActuals([{ month, field, text }]);
}

export function writeNote(month: string, note: string): void {
  trackingStore.update((state) => setNote(state, month, note));
}

export function setThreshold(which: keyof TrackingState['thresholds'], text: string): void {
  trackingStore.update((state) => ({
    ...state,
    thresholds: { ...state.thresholds, [which]: text },
  }));
}

/** Adds an action agreed in `month`; returns its id. */
export function addAction(month: string): string {
  let id = '';
  trackingStore.update((state) => {
    id = nextRowId(state.actions, 'action');
    const action: TrackingAction = { id, text: '', owner: '', month, dueMonth: '', done: false };
    return { ...state, actions: [...state.actions, action] };
  });
  return id;
}

export function updateAction(id: string, change: Partial<Omit<TrackingAction, 'id'>>): void {
  trackingStore.update((state) => ({
    ...state,
    actions: state.actions.map((action) => (action.id === id ? { ...action, ...change } : action)),
  }));
}

/** Removes an action; returns it and where it stood, for undo. */
export function removeAction(id: string): { action: TrackingAction; index: number } | null {
  const state = $tracking.get();
  const index = state.actions.findIndex((a) => a.id === id);
  const action = state.actions[index];
  if (!action) return null;
  trackingStore.update((current) => ({
    ...current,
    actions: current.actions.filter((a) => a.id !== id),
  }));
  return { action, index };
}

export function restoreAction({ action, index }: { action: TrackingAction; index: number }): void {
  trackingStore.update((state) => {
    if (state.actions.some((a) => a.id === action.id)) return state;
    const actions = [...state.actions];
    actions.splice(Math.min(index, actions.length), 0, action);
    return { ...state, actions };
  });
}
