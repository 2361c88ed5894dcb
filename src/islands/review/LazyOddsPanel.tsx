import type { Review } from '../../lib/review/review';
import type { ReviewFormat } from './format';
import { useLazyModule } from '../kit/use-lazy-module';

/**
 * The odds panel, loaded once the page has started: its figures come from a simulation run off
 * the main thread after a pause anyway, so its code (and the odds' setup) stays off the first load.
 */
export function LazyOddsPanel(props: { review: Review; fmt: ReviewFormat }) {
  const Odds = useLazyModule(true, () => import('./OddsPanel').then((m) => m.OddsPanel));
  // Busy until it arrives, so a print waits for the odds (see printWhenReady).
  return Odds ? <Odds {...props} /> : <div hidden aria-busy="true" />;
}
