import { defineArea } from '../area';
import {
  defaultTracking,
  trackingMigrations,
  trackingStateSchema,
  TRACKING_VERSION,
} from '../../review/tracking';
import { REVIEW_SHARE_VERSION, reviewShareSchema, type ReviewShare } from '../../review/share';
import { defaultScenario } from '../../funnel/scenario';

/** The monthly review: actuals, plan snapshots, notes and actions (see review/tracking.ts). */
export const trackingArea = defineArea({
  name: 'tracking',
  key: 'pw:tracking',
  version: TRACKING_VERSION,
  schema: trackingStateSchema,
  defaults: defaultTracking,
  migrations: trackingMigrations,
});

/** A share link for the monthly review: the tracking area with the plan and the draft it is held against. */
export const reviewShareShape = defineArea({
  name: 'review',
  version: REVIEW_SHARE_VERSION,
  schema: reviewShareSchema,
  defaults: (): ReviewShare => ({
    scenario: defaultScenario('', 'shared'),
    draft: null,
    periodStart: '',
    tracking: defaultTracking(),
  }),
  migrations: {},
});
