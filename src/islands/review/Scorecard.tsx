import type { Problem } from '../../lib/problem';
import type { Owner } from '../../lib/review/commitments';
import type { Review, ReviewMonth } from '../../lib/review/review';
import type { ScorecardRow } from '../../lib/review/scorecard';
import type { Status } from '../../lib/review/status';
import type { TrackingState } from '../../lib/review/tracking';
import { formatList } from '../../i18n/text';
import { formatNumber } from '../../lib/format';
import { setThreshold } from '../../stores/tracking';
import { Amount } from '../kit/Amount';
import { Heading } from '../kit/Heading';
import { useI18n, type IslandTranslate } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import type { ReviewFormat } from './format';
import { rowName } from './labels';
import { missingText } from './PlanVsActual';

const ICONS: Record<Status, string> = { onTrack: '✓', atRisk: '▲', missed: '✕' };

/** A status in words with its own shape, so colour is never the only signal. */
export function StatusText({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span class={`status status-${status}`}>
      <span class="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>{' '}
      {t(`review.status.${status}`)}
    </span>
  );
}

/** The side that owns a commitment: marketing or sales (the agreement's team names are long prose; the escalations name the people). */
export function ownerText(t: IslandTranslate, owner: Owner): string {
  return t(`review.owner.${owner}`);
}

interface ScorecardProps {
  month: ReviewMonth;
  review: Review;
  thresholds: TrackingState['thresholds'];
  fmt: ReviewFormat;
}

/** Why a row has no status, in words: not reported (or not yet due), a figure that does not read, or a commitment stated in words. */
function reasonOf(t: IslandTranslate, row: ScorecardRow, fmt: ReviewFormat, due: boolean): string {
  const { score } = row;
  if (score.kind === 'scored') return '';
  if (score.kind === 'notMeasurable') return t('review.score.notMeasurable');
  return missingText(t, score, due, fmt);
}

/** One month's SLA scorecard: commitment → target → actual → variance → status → owner, with editable thresholds and a CSV. */
export function Scorecard({ month, review, thresholds, fmt }: ScorecardProps) {
  const { t } = useI18n();
  const rows = month.scorecard;
  const monthName = fmt.month(month.month);
  const thresholdProblem = (field: string) =>
    review.thresholdProblems.find((p) => p.field === `thresholds.${field}`) as Problem | undefined;

  // The CSV writer loads on the click: most visits never download.
  const download = () =>
    import('./scorecard-download').then((m) => m.downloadScorecard(month, t, fmt));

  return (
    <section class="review-scorecard" aria-labelledby="review-scorecard-title">
      <Heading sub={1} id="review-scorecard-title">
        {t('review.score.title', { month: monthName })}
      </Heading>
      {rows.length === 0 ? (
        <p>{t('review.score.empty')}</p>
      ) : (
        <div
          class="table-wrap"
          role="region"
          aria-labelledby="review-scorecard-caption"
          tabIndex={0}
        >
          {/* On a phone each commitment reads as a card, each figure under its column's name (data-label, review.css). */}
          <table class="data-table scorecard-table">
            <caption id="review-scorecard-caption" class="visually-hidden">
              {t('review.score.title', { month: monthName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('review.score.commitment')}</th>
                <th scope="col" class="num">
                  {t('review.score.target')}
                </th>
                <th scope="col" class="num">
                  {t('review.score.actual')}
                </th>
                <th scope="col" class="num">
                  {t('review.score.variance')}
                </th>
                <th scope="col" class="num">
                  {t('review.score.variancePercent')}
                </th>
                <th scope="col">{t('review.score.status')}</th>
                <th scope="col">{t('review.score.owner')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { score } = row;
                const show = (value: number) => fmt.unit(value, row.unit);
                // A difference of shares is in percentage points, not per cent of the target.
                const difference = (value: number) =>
                  row.unit === 'percent'
                    ? t('review.unit.points', { n: formatNumber(value, fmt.lang, 1) })
                    : show(value);
                return (
                  <tr
                    key={row.key}
                    class={score.kind === 'scored' ? `row-${score.status}` : 'row-unscored'}
                  >
                    <th scope="row">
                      {rowName(t, row, fmt)}
                      {row.counted && row.counted.length > 0 && (
                        <span class="row-note">
                          {t('review.score.counted', {
                            months: formatList(row.counted.map(fmt.month), fmt.lang),
                          })}
                        </span>
                      )}
                      {row.key === 'mqlVolumeCumulative' &&
                        row.leftOut &&
                        row.leftOut.length > 0 && (
                          <span class="row-note">
                            {t('review.score.leftOut', {
                              months: formatList(row.leftOut.map(fmt.month), fmt.lang),
                            })}
                          </span>
                        )}
                    </th>
                    {score.kind === 'notMeasurable' ? (
                      <td colSpan={5}>{reasonOf(t, row, fmt, month.due)}</td>
                    ) : (
                      <>
                        <td class="num" data-label={t('review.score.target')}>
                          <Amount value={show(score.target)} />
                        </td>
                        {score.kind === 'noActual' ? (
                          <td colSpan={4} class="unscored">
                            {reasonOf(t, row, fmt, month.due)}
                          </td>
                        ) : (
                          <>
                            <td class="num" data-label={t('review.score.actual')}>
                              <Amount value={show(score.actual)} />
                            </td>
                            <td class="num" data-label={t('review.score.variance')}>
                              <Amount value={fmt.signed(score.variance.difference, difference)} />
                            </td>
                            <td class="num" data-label={t('review.score.variancePercent')}>
                              {score.variance.percent.ok
                                ? fmt.signed(score.variance.percent.value, fmt.share)
                                : t('review.variance.noPlan')}
                            </td>
                            <td data-label={t('review.score.status')}>
                              <StatusText status={score.status} />
                            </td>
                          </>
                        )}
                      </>
                    )}
                    <td data-label={t('review.score.owner')}>{ownerText(t, row.owner)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div class="thresholds no-print">
        <p class="hint">{t('review.thresholds.hint')}</p>
        <div class="fields">
          <NumberField
            id="review-threshold-at-risk"
            label={t('review.thresholds.atRisk')}
            kind="percent"
            value={thresholds.atRisk}
            onInput={(text) => setThreshold('atRisk', text)}
            problem={thresholdProblem('atRisk')}
          />
          <NumberField
            id="review-threshold-missed"
            label={t('review.thresholds.missed')}
            kind="percent"
            value={thresholds.missed}
            onInput={(text) => setThreshold('missed', text)}
            problem={thresholdProblem('missed')}
            // "Missed" is only ever held against "at risk".
            nameOf={() => t('review.thresholds.atRisk')}
          />
        </div>
        {rows.length > 0 && (
          <button
            type="button"
            id="review-scorecard-csv"
            class="button secondary"
            onClick={() => void download()}
          >
            {t('review.score.csv')}
          </button>
        )}
      </div>
    </section>
  );
}
