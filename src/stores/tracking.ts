/**
 * The monthly review's stored area: actuals as typed, the plan kept with each month, notes,
 * actions and thresholds. Actions read the store's current value (never a component's closure),
 * so edits replayed before a render, or several in one tick, each build on the one before.
 * The review computed from it, and the entry of actuals, are in src/stores/review.ts.
 */
import { trackingArea } from '../lib/persist/areas/tracking';
import { emptyMonth, type TrackingAction, type TrackingState } from '../lib/review/tracking';
import { nextRowId } from '../lib/rows';
import { createAreaStore } from './area-store';

export const trackingStore = createAreaStore(trackingArea);
export const $tracking = trackingStore.$store;

/** Sets a month's note, kept whole whatever its length (over MAX_NOTE_LENGTH it is flagged, never cut). */
export function writeNote(month: string, note: string): void {
  // As lib/review/entry's setNote; written here so the data page, which stores this area, does not load the entry code.
  trackingStore.update((state) => ({
    ...state,
    months: { ...state.months, [month]: { ...(state.months[month] ?? emptyMonth()), note } },
  }));
}

/** The rates the odds are simulated with, kept with the review. */
export function setOddsSource(source: TrackingState['oddsSource']): void {
  trackingStore.update((state) => ({ ...state, oddsSource: source }));
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
    const action: TrackingAction = { id, text: '', owner: '', month, dueMonth: '', done: false, doneMonth: '' };
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
