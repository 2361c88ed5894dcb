import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import type { ReviewFormat } from './format';
import { useLazyModule } from '../kit/use-lazy-module';

/** The months reported outside the plan's period, loaded only when there are some: most reviews have none. */
export function LazyOutsidePeriod(props: {
  review: Review;
  tracking: TrackingState;
  fmt: ReviewFormat;
  dataHref: string;
}) {
  const { before, after } = props.review.outsidePeriod;
  const any = before.length + after.length > 0;
  const Outside = useLazyModule(any, () => import('./OutsidePeriod').then((m) => m.OutsidePeriod));
  return any && Outside ? <Outside {...props} /> : null;
}
