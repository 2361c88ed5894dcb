import type { ReviewMonth } from '../../lib/review/review';
import type { ReviewFormat } from './format';
import { useLazyModule } from '../kit/use-lazy-module';

/** What changed since a month was reported, loaded only for a month whose plan or SLA did change. */
export function LazyChangedSince(props: { month: ReviewMonth; fmt: ReviewFormat }) {
  const changed = props.month.changes.length > 0;
  const Changed = useLazyModule(changed, () => import('./ChangedSince').then((m) => m.ChangedSince));
  return changed && Changed ? <Changed {...props} /> : null;
}
