import { defineArea } from '../area';
import {
  defaultTracking,
  trackingMigrations,
  trackingStateSchema,
  TRACKING_VERSION,
} from '../../review/tracking';

/** The monthly review: actuals, plan snapshots, notes and actions (see review/tracking.ts). */
export const trackingArea = defineArea({
  name: 'tracking',
  key: 'pw:tracking',
  version: TRACKING_VERSION,
  schema: trackingStateSchema,
  defaults: defaultTracking,
  migrations: trackingMigrations,
});

