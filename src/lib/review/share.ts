// valibot: this schema ships to the browser with the review page.
import * as v from 'valibot';
import { scenarioSchema, type Scenario } from '../funnel/scenario';
import { object } from '../persist/shapes';
import { slaDraftSchema, type SlaDraft } from '../sla/state';
import type { Currency } from '../settings';
import { parseMonth, type MonthActuals } from './actuals';
import { MONTH_KEY, trackingStateSchema, type TrackingState } from './tracking';

/**
 * A share link for the monthly review. The months mean nothing without what they are held
 * against, so the link carries the tracked plan, the tracked SLA draft (without its saved
 * versions) and the period start with the tracking area. Opening it adds the plan and the draft
 * as new ones and points the review at them: the ids inside the link are the sender's own.
 *
 * Version 1. A change to the tracking, scenario or draft schema that old links cannot pass
 * bumps it, with a migration.
 */
export const REVIEW_SHARE_VERSION = 1;

export const reviewShareSchema = object({
  /** The funnel scenario the months are held against. */
  scenario: scenarioSchema,
  /** The SLA draft whose commitments are scored; null when the review had none. */
  draft: v.optional(v.nullable(slaDraftSchema), null),
  /** settings.periodStart of the sender: "yyyy-mm", or '' when unset. */
  periodStart: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(MONTH_KEY))]), ''),
  tracking: trackingStateSchema,
});
export type ReviewShare = v.InferOutput<typeof reviewShareSchema>;

export interface ReviewShareSources {
  scenario: Scenario;
  draft: SlaDraft | null;
  periodStart: string;
  tracking: TrackingState;
}

/** What a review's share link holds: the draft's saved versions stay home, the ids inside are cleared. */
export function reviewShare({ scenario, draft, periodStart, tracking }: ReviewShareSources): ReviewShare {
  return {
    scenario,
    draft: draft ? { ...draft, versions: [] } : null,
    periodStart,
    tracking: { ...tracking, scenarioId: '', draftId: '' },
  };
}

const monthsWhere = (tracking: TrackingState, test: (m: MonthActuals) => boolean, currency?: Currency) =>
  Object.keys(tracking.months)
    .filter((month) => test(parseMonth(month, tracking.months[month], tracking.months[month]!.stages.length, currency)))
    .sort();

/** Months with a figure that reads, in order (a note alone, or text that is no figure, reports nothing). */
export function reportedMonths(tracking: TrackingState, currency?: Currency): string[] {
  return monthsWhere(tracking, (m) => m.reported, currency);
}

/**
 * Whether a review holds anything a shared one would replace: a figure typed (even one that does
 * not read yet: it is still the user's work), a note or an action.
 */
export function hasReviewWork(tracking: TrackingState): boolean {
  return (
    tracking.actions.length > 0 ||
    monthsWhere(tracking, (m) => m.entered).length > 0 ||
    Object.values(tracking.months).some((m) => m.note.trim() !== '')
  );
}

/** The tracking area once the shared plan and draft are stored under the recipient's ids. */
export function openedTracking(share: ReviewShare, scenarioId: string, draftId: string): TrackingState {
  return { ...share.tracking, scenarioId, draftId };
}

/**
 * The shared SLA draft as it is stored here: a link to the shared plan follows that plan to the
 * id it is stored under here (the sender's id may name another plan, or none, of the recipient's).
 */
export function openedDraft(share: ReviewShare, scenarioId: string): SlaDraft | null {
  const draft = share.draft;
  if (!draft) return null;
  const linked = draft.content.linkedPlan;
  if (!linked || linked.scenarioId !== share.scenario.id) return draft;
  return { ...draft, content: { ...draft.content, linkedPlan: { ...linked, scenarioId } } };
}
