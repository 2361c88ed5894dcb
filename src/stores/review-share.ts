/**
 * Opening a shared monthly review: the plan and the SLA draft it holds are added as new ones
 * (nothing of the user's is replaced there), the review points at them, and the shared months,
 * notes and actions take the place of the review here. Undo puts the review and the period
 * start back; the added plan and draft stay, as any shared plan or draft opened does.
 */
import { openedTracking, type ReviewShare } from '../lib/review/share';
import { addScenarioCopy } from './funnel';
import { $settings, updateSettings } from './settings';
import { addSharedDraft } from './sla';
import { $tracking, trackingStore } from './tracking';

export interface OpenedReview {
  scenarioName: string;
  undo: () => void;
}

export function openSharedReview(
  shared: ReviewShare,
  names: { scenario: string; draft: string },
): OpenedReview {
  const before = { tracking: $tracking.get(), periodStart: $settings.get().periodStart };
  const scenario = addScenarioCopy({ ...shared.scenario, name: names.scenario });
  const draftId = shared.draft ? addSharedDraft(shared.draft, names.draft) : '';
  trackingStore.set(openedTracking(shared, scenario.id, draftId));
  if (shared.periodStart !== '') updateSettings({ periodStart: shared.periodStart });
  return {
    scenarioName: scenario.name,
    undo: () => {
      trackingStore.set(before.tracking);
      updateSettings({ periodStart: before.periodStart });
    },
  };
}
