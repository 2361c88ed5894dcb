import { useMemo } from 'preact/hooks';
import { formatMonthShort } from '../../lib/format';
import type { Review, ReviewMonth } from '../../lib/review/review';
import type { Held } from '../../lib/review/variance';
import { ChartBox } from '../kit/ChartBox';
import { planActualChart } from '../kit/charts/configs';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { stageName } from './labels';
import { missingText } from './PlanVsActual';

interface Series {
  key: string;
  name: string;
  held: (month: ReviewMonth) => Held | undefined;
  planned: (month: ReviewMonth) => number;
  show: (value: number) => string;
}

/** One figure month by month: a chart (drawn when it scrolls in) and the table of its figures beside it. */
function SeriesChart({
  series,
  months,
  fmt,
}: {
  series: Series;
  months: readonly ReviewMonth[];
  fmt: ReviewFormat;
}) {
  const { t, marks } = useI18n();
  const names = months.map((m) => fmt.month(m.month));
  const axis = months.map((m) => formatMonthShort(m.month, fmt.lang));
  const planned = months.map(series.planned);
  const actual = months.map((m) => {
    const held = series.held(m);
    return held?.ok ? held.value.actual : null;
  });
  const reported = actual.filter((value) => value !== null).length;
  const build = useMemo(
    () =>
      planActualChart(
        axis,
        { plan: t('review.pva.planned'), actual: t('review.pva.actual') },
        planned,
        actual,
        series.show,
        marks.colon,
      ),
    [JSON.stringify([axis, planned, actual]), fmt],
  );
  const titleId = `review-chart-${series.key}-title`;
  const tableId = `review-chart-${series.key}-table`;
  return (
    <div class="series-chart">
      <Heading sub={1} id={titleId}>
        {series.name}
      </Heading>
      <ChartBox
        label={t('review.charts.label', { figure: series.name, months: fmt.count(reported) })}
        describedBy={tableId}
        build={build}
      />
      <div class="table-wrap" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table class="data-table" id={tableId}>
          <thead>
            <tr>
              <th scope="col">{t('review.actuals.month')}</th>
              <th scope="col" class="num">
                {t('review.pva.planned')}
              </th>
              <th scope="col" class="num">
                {t('review.pva.actual')}
              </th>
              <th scope="col" class="num">
                {t('review.score.variance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => {
              const held = series.held(m);
              return (
                <tr key={m.month}>
                  <th scope="row">{names[i]}</th>
                  <td class="num">{series.show(planned[i]!)}</td>
                  {held?.ok ? (
                    <>
                      <td class="num">{series.show(held.value.actual)}</td>
                      <td class="num">{fmt.signed(held.value.difference, series.show)}</td>
                    </>
                  ) : (
                    <td colSpan={2} class="unscored">
                      {held ? missingText(t, held, m.due, fmt) : t('review.notReported')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Plan against actual for every stage and for revenue, month by month across the period. */
export function StageCharts({ review, fmt }: { review: Review; fmt: ReviewFormat }) {
  const { t } = useI18n();
  const stages = review.input.stages;
  const revenueMoney = fmt.moneyColumn(review.months.map((m) => m.plan.revenue));
  const series: Series[] = [
    ...stages.map((_, i) => ({
      key: `stage-${i}`,
      name: stageName(t, stages, i),
      held: (m: ReviewMonth) => m.planVsActual.stages[i],
      planned: (m: ReviewMonth) => m.plan.counts[i] ?? 0,
      show: fmt.count,
    })),
    {
      key: 'revenue',
      name: t('review.field.revenue'),
      held: (m) => m.planVsActual.revenue,
      planned: (m) => m.plan.revenue,
      show: revenueMoney,
    },
  ];
  return (
    <section class="card review-charts no-print" aria-labelledby="review-charts-title">
      <Heading id="review-charts-title">{t('review.charts.title')}</Heading>
      <p class="hint">{t('review.charts.intro')}</p>
      <div class="series-grid">
        {series.map((s) => (
          <SeriesChart key={s.key} series={s} months={review.months} fmt={fmt} />
        ))}
      </div>
    </section>
  );
}
