/**
 * The monthly review computed from the tracking area with the plan and the SLA draft it is held
 * against, and the entry of actuals (which keeps the plan that applies to a month with its first
 * figure). Apart from src/stores/tracking.ts so pages that only store the area (the data page)
 * do not load the plan and the review.
 */
import { computed } from 'nanostores';
import { planScenarioCore } from '../lib/funnel/scenario-input';
import type { Scenario } from '../lib/funnel/scenario';
import type { SlaContent } from '../lib/sla/draft';
import { monthOrdinal } from '../lib/review/months';
import { monthlyReview } from '../lib/review/review';
import { setActuals, type ActualField } from '../lib/review/entry';
import { snapshotMonth } from '../lib/review/targets';
import type { PlanSnapshot } from '../lib/review/tracking';
import { $funnel } from './funnel-store';
import { $settings } from './settings';
import { $sla } from './sla-store';
import { $tracking, trackingStore } from './tracking';

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
    monthlyReview({
      scenario,
      draft,
      periodStart: settings.periodStart,
      tracking,
      today: today(),
      currency: settings.currency,
    }),
);

/** The plan as it is now for a month of the period: what a month keeps when its first actual is entered. */
function snapshotNow(month: string): PlanSnapshot | null {
  const scenario = $trackedScenario.get();
  const start = monthOrdinal($settings.get().periodStart);
  const at = monthOrdinal(month);
  if (!scenario || start === null || at === null) return null;
  const planned = planScenarioCore(scenario, $settings.get().currency);
  if (!planned.ok) return null;
  const index = at - start;
  if (index < 0 || index >= planned.value.input.months) return null;
  const draft = $trackedDraft.get();
  return snapshotMonth(
    {
      scenario: { id: scenario.id, name: scenario.name },
      input: planned.value.input,
      plan: planned.value.plan,
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
