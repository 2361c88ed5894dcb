import { useEffect, useRef, useState } from 'preact/hooks';
import type { Review } from '../../lib/review/review';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import type { StageCharts } from './StageCharts';

/**
 * The month-by-month charts and their tables, loaded when the section nears the screen: the
 * chart configurations and chart.js stay off the page's first load (its JS budget is 45 KB).
 */
export function LazyStageCharts(props: { review: Review; fmt: ReviewFormat }) {
  const { t } = useI18n();
  const box = useRef<HTMLElement>(null);
  const [Charts, setCharts] = useState<typeof StageCharts | null>(null);

  useEffect(() => {
    const load = () =>
      void import('./StageCharts').then((module) => setCharts(() => module.StageCharts));
    const element = box.current;
    if (!element || !('IntersectionObserver' in window)) return load();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  if (Charts) return <Charts {...props} />;
  return (
    <section ref={box} class="card review-charts no-print" aria-labelledby="review-charts-title">
      <Heading id="review-charts-title">{t('review.charts.title')}</Heading>
      <p class="hint">{t('kit.chartLoading')}</p>
    </section>
  );
}
