import { csvDialect } from '../../lib/csv';
import type { ReviewMonth } from '../../lib/review/review';
import { scorecardCsv } from '../../lib/review/scorecard-csv';
import { downloadText } from '../kit/download';
import type { IslandTranslate } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { problemText, rowName } from './labels';
import { ownerText } from './Scorecard';

/**
 * Downloads a month's scorecard as CSV, in the page's language and words: a month not begun yet
 * says "not yet due" as the page does. Loaded on the click: most visits never download.
 */
export function downloadScorecard(month: ReviewMonth, t: IslandTranslate, fmt: ReviewFormat): void {
  const csv = scorecardCsv(
    month.scorecard,
    {
      commitment: t('review.score.commitment'),
      owner: t('review.score.owner'),
      target: t('review.score.target'),
      actual: t('review.score.actual'),
      variance: t('review.score.variance'),
      variancePercent: t('review.score.variancePercent'),
      status: t('review.score.status'),
      rowName: (row) => rowName(t, row, fmt),
      ownerName: (owner) => ownerText(t, owner),
      statusName: (status) => t(`review.status.${status}`),
      problem: (problem) =>
        problem.code === 'notMeasurable'
          ? t('review.score.notMeasurable')
          : problemText(t, problem, fmt),
      notDue: t('review.notDue'),
    },
    csvDialect(fmt.lang),
    month.due,
  );
  downloadText(`scorecard-${month.month}.csv`, csv, 'text/csv');
}
