import { useState } from 'preact/hooks';
import { isolate } from '../../lib/bidi';
import { currencyDigits, formatDate } from '../../lib/format';
import { plainAmount } from '../../lib/money';
import { sameCurrency } from '../../lib/pipeline/same-currency';
import { defaultPipelineState } from '../../lib/pipeline/state';
import { actualText, type ActualField } from '../../lib/review/entry';
import type { Review } from '../../lib/review/review';
import { $pipeline } from '../../stores/pipeline';
import { enterActuals } from '../../stores/review';
import { $tracking } from '../../stores/tracking';
import { useI18n } from '../kit/i18n';
import { useClientStore } from '../kit/use-client-store';
import { useSettings } from '../kit/use-settings';
import type { ReviewFormat } from './format';
import { counted } from './labels';

interface PipelineFillProps {
  review: Review;
  fmt: ReviewFormat;
}

/**
 * The cells the pipeline's bookings can fill: won deals (the last stage) and, where the file's
 * amounts are in the workbook's currency, revenue of each due month, to that currency's decimals
 * (`moneyDigits`: three for the Bahraini dinar, none for the won); null where they are not.
 */
function bookingCells(
  review: Review,
  bookings: readonly { month: string; won: number; revenue: number }[],
  moneyDigits: number | null,
) {
  // Won is the last of the stages the month was reported against (its plan's), not of the plan now.
  const due = new Map(review.months.filter((m) => m.due).map((m) => [m.month, m.plan.stages]));
  return bookings
    .filter((b) => due.has(b.month))
    .flatMap((b) => [
      {
        month: b.month,
        field: `stages.${due.get(b.month)!.length - 1}` as ActualField,
        text: String(b.won),
      },
      ...(moneyDigits !== null
        ? [
            {
              month: b.month,
              field: 'revenue' as ActualField,
              text: plainAmount(b.revenue, moneyDigits),
            },
          ]
        : []),
    ]);
}

/**
 * Fills won deals and revenue from the imported pipeline analysis (bookings by month). Only
 * blank cells are filled: a figure the team typed is never overwritten, and the page says how
 * many were kept.
 */
export function PipelineFill({ review, fmt }: PipelineFillProps) {
  const { t } = useI18n();
  const measured = useClientStore($pipeline, defaultPipelineState()).measured;
  const { currency } = useSettings();
  const [done, setDone] = useState<string | null>(null);
  if (!measured) return null;
  // Revenue in another currency than the workbook's is never entered as if it were in it.
  const fileCurrency = measured.summary.currency;
  const otherCurrency = fileCurrency && !sameCurrency(fileCurrency, currency) ? fileCurrency : null;
  const cells = bookingCells(review, measured.summary.bookings, otherCurrency === null ? currencyDigits(currency) : null);
  const months = new Set(cells.map((c) => c.month)).size;

  const fill = () => {
    // The months as stored now, not as last rendered.
    const entries = $tracking.get().months;
    const blank = cells.filter((c) => actualText(entries[c.month], c.field).trim() === '');
    enterActuals(blank);
    setDone(
      t('review.pipeline.done', {
        filled: counted(t, 'review.cells', blank.length, fmt),
        kept: counted(t, 'review.cells', cells.length - blank.length, fmt),
      }),
    );
  };

  return (
    <div class="pipeline-fill">
      <p>
        {months > 0
          ? t('review.pipeline.offer', {
              file: isolate(measured.file.name),
              date: formatDate(measured.file.measuredAt, fmt.lang),
              months: counted(t, 'review.months', months, fmt),
            })
          : t('review.pipeline.none', { file: isolate(measured.file.name) })}
      </p>
      {months > 0 && otherCurrency && (
        <p class="hint">{t('review.pipeline.otherCurrency', { file: otherCurrency, workbook: currency })}</p>
      )}
      {months > 0 && (
        <button type="button" id="review-pipeline-fill" class="button secondary" onClick={fill}>
          {t(otherCurrency ? 'review.pipeline.fillWon' : 'review.pipeline.fill')}
        </button>
      )}
      {done && (
        <p class="notice success" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
