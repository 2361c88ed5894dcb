import type { Reading } from '../../lib/review/actuals';
import type { ReviewMonth } from '../../lib/review/review';
import type { Held } from '../../lib/review/variance';
import { Amount } from '../kit/Amount';
import { Heading } from '../kit/Heading';
import { useI18n, type IslandTranslate } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { problemText, stageName } from './labels';

interface PlanVsActualProps {
  month: ReviewMonth;
  fmt: ReviewFormat;
}

/** Why a month's figure is missing: not reported, not due yet, or the entered text with its problem. */
export function missingText(
  t: IslandTranslate,
  reading: { problem: Parameters<typeof problemText>[1] },
  due: boolean,
  fmt: ReviewFormat,
): string {
  const { problem } = reading;
  if (problem.code === 'notReported') return due ? t('review.notReported') : t('review.notDue');
  if (problem.code === 'zeroDenominator') return t('review.figure.zero');
  return t('review.score.invalid', { problem: problemText(t, problem, fmt) });
}

/** The month held against the plan that applied to it: each stage, revenue and spend; conversions; unit costs. */
export function PlanVsActual({ month, fmt }: PlanVsActualProps) {
  const { t } = useI18n();
  const pva = month.planVsActual;
  const stages = month.plan.stages;
  // The variances share the column's decimals: a difference of cents shows its cents.
  const money = fmt.moneyColumn([
    month.plan.revenue,
    month.plan.spend,
    ...[pva.revenue, pva.spend].flatMap((held) =>
      held.ok ? [held.value.actual, held.value.difference] : [],
    ),
  ]);
  const unitMoney = fmt.moneyColumn([
    pva.costPerLead.planned,
    pva.costPerDeal.planned,
    ...(pva.costPerLead.actual.ok ? [pva.costPerLead.actual.value] : []),
    ...(pva.costPerDeal.actual.ok ? [pva.costPerDeal.actual.value] : []),
  ]);

  const heldRow = (
    key: string,
    label: string,
    held: Held,
    planned: number,
    show: (value: number) => string,
  ) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td class="num">
        <Amount value={show(planned)} />
      </td>
      {held.ok ? (
        <>
          <td class="num">
            <Amount value={show(held.value.actual)} />
          </td>
          <td class="num">
            <Amount value={fmt.signed(held.value.difference, show)} />
          </td>
          <td class="num">
            {held.value.percent.ok
              ? fmt.signed(held.value.percent.value, fmt.share)
              : t('review.variance.noPlan')}
          </td>
        </>
      ) : (
        <td colSpan={3} class="unscored">
          {missingText(t, held, month.due, fmt)}
        </td>
      )}
    </tr>
  );
  const reading = (value: Reading, show: (value: number) => string) =>
    value.ok ? show(value.value) : missingText(t, value, month.due, fmt);

  return (
    <section class="review-pva" aria-labelledby="review-pva-title">
      <Heading sub={1} id="review-pva-title">
        {t('review.pva.title', { month: fmt.month(month.month) })}
      </Heading>
      <div class="pva-body">
        <div class="table-wrap" role="region" aria-labelledby="review-pva-caption" tabIndex={0}>
          <table class="data-table">
            <caption id="review-pva-caption" class="visually-hidden">
              {t('review.pva.title', { month: fmt.month(month.month) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('review.pva.figure')}</th>
                <th scope="col" class="num">
                  {t('review.pva.planned')}
                </th>
                <th scope="col" class="num">
                  {t('review.pva.actual')}
                </th>
                <th scope="col" class="num">
                  {t('review.score.variance')}
                </th>
                <th scope="col" class="num">
                  {t('review.score.variancePercent')}
                </th>
              </tr>
            </thead>
            <tbody>
              {pva.stages.map((held, i) =>
                heldRow(
                  `stage-${i}`,
                  stageName(t, stages, i),
                  held,
                  month.plan.counts[i] ?? 0,
                  fmt.count,
                ),
              )}
              {heldRow(
                'revenue',
                t('review.field.revenue'),
                pva.revenue,
                month.plan.revenue,
                money,
              )}
              {heldRow('spend', t('review.field.spend'), pva.spend, month.plan.spend, money)}
            </tbody>
          </table>
        </div>

        <div class="pair">
          <div
            class="table-wrap"
            role="region"
            aria-labelledby="review-conversion-caption"
            tabIndex={0}
          >
            <table class="data-table">
              <caption id="review-conversion-caption">{t('review.pva.conversions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.pva.step')}</th>
                  <th scope="col" class="num">
                    {t('review.pva.planned')}
                  </th>
                  <th scope="col" class="num">
                    {t('review.pva.sameMonth')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pva.conversions.map((c) => (
                  <tr key={c.step}>
                    <th scope="row">
                      {t('review.pva.stepName', {
                        from: stageName(t, stages, c.step),
                        to: stageName(t, stages, c.step + 1),
                      })}
                    </th>
                    <td class="num">{fmt.share(c.planned)}</td>
                    <td class="num">{reading(c.sameMonth, fmt.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="table-wrap" role="region" aria-labelledby="review-costs-caption" tabIndex={0}>
            <table class="data-table">
              <caption id="review-costs-caption">{t('review.pva.costs')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.pva.cost')}</th>
                  <th scope="col" class="num">
                    {t('review.pva.planned')}
                  </th>
                  <th scope="col" class="num">
                    {t('review.pva.actual')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('review.pva.costPerLead')}</th>
                  <td class="num">{unitMoney(pva.costPerLead.planned)}</td>
                  <td class="num">{reading(pva.costPerLead.actual, unitMoney)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('review.pva.costPerDeal')}</th>
                  <td class="num">{unitMoney(pva.costPerDeal.planned)}</td>
                  <td class="num">{reading(pva.costPerDeal.actual, unitMoney)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      </div>
      <p class="hint">{t('review.pva.sameMonthHint')}</p>
    </section>
  );
}
