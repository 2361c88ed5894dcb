import { useEffect, useState } from 'preact/hooks';
import type { Review } from '../../lib/review/review';
import type { ReviewFormat } from './format';
import type { PipelineFill } from './PipelineFill';

/**
 * The pipeline fill, loaded once the page has started: reading the stored CRM analysis (its
 * schema and store) is not needed to show or type the actuals, so it stays off the first load.
 */
export function LazyPipelineFill(props: { review: Review; fmt: ReviewFormat }) {
  const [Fill, setFill] = useState<typeof PipelineFill | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('./PipelineFill').then((module) => {
      if (!cancelled) setFill(() => module.PipelineFill);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return Fill ? <Fill {...props} /> : null;
}
