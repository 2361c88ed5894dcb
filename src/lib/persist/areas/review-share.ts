import { defineArea } from '../area';
import { defaultScenario } from '../../funnel/scenario';
import { REVIEW_SHARE_VERSION, reviewShareSchema, type ReviewShare } from '../../review/share';
import { defaultTracking } from '../../review/tracking';

// Apart from the tracking area, so pages that only store the area (the data page, the plan) do not load it.
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
