/**
 * Opening a shared monthly review: the plan and the SLA draft it holds are added as new ones
 * (nothing of the user's is replaced there), the review points at them, and the shared months,
 * notes and actions take the place of the review here. Undo puts the review, the period start
 * and the plan and draft open in the planner and the builder back; the added plan and draft
 * stay, as any shared plan or draft opened does.
 */
import { openedDraft, openedTracking, type ReviewShare } from '../lib/review/share';
import { $funnel, addScenarioCopy, setActiveScenario } from './funnel';
import { $settings, updateSettings } from './settings';
import { addSharedDraft, openDraft } from './sla';
import { $sla } from './sla-store';
import { $tracking, trackingStore } from './tracking';

export interface OpenedReview {
  scenarioName: string;
  undo: () => void;
}

export function openSharedReview(
  shared: ReviewShare,
  names: { scenario: string; draft: string },
): OpenedReview {
  const before = {
    tracking: $tracking.get(),
    periodStart: $settings.get().periodStart,
    scenarioId: $funnel.get().activeId,
    draftId: $sla.get().activeDraftId,
  };
  const scenario = addScenarioCopy({ ...shared.scenario, name: names.scenario });
  const draft = openedDraft(shared, scenario.id);
  const draftId = draft ? addSharedDraft(draft, names.draft) : '';
  trackingStore.set(openedTracking(shared, scenario.id, draftId));
  if (shared.periodStart !== '') updateSettings({ periodStart: shared.periodStart });
  return {
    scenarioName: scenario.name,
    undo: () => {
      trackingStore.set(before.tracking);
      updateSettings({ periodStart: before.periodStart });
      if ($funnel.get().scenarios.some((s) => s.id === before.scenarioId)) setActiveScenario(before.scenarioId);
      if ($sla.get().drafts.some((d) => d.id === before.draftId)) openDraft(before.draftId);
    },
  };
}
