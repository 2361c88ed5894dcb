import { actualFields, actualText } from '../../lib/review/entry';
import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import { formatList, pluralKey } from '../../i18n/text';
import type { MessageKey } from '../../i18n/messages/types';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { fieldLabel } from './labels';

interface OutsidePeriodProps {
  review: Review;
  tracking: TrackingState;
  fmt: ReviewFormat;
  dataHref: string;
}

/**
 * Months with figures or notes that lie outside the plan's period (its start moved, or its length
 * changed): said by name, never silently hidden, with what each holds as typed, its notes too (a
 * month may hold only a note). They stay stored.
 */
export function OutsidePeriod({ review, tracking, fmt, dataHref }: OutsidePeriodProps) {
  const { t } = useI18n();
  const { before, after } = review.outsidePeriod;
  if (before.length === 0 && after.length === 0) return null;
  const said = (side: 'before' | 'after', months: readonly string[]) =>
    months.length > 0 && (
      <p role="status">
        {t(pluralKey(`review.outside.${side}`, months.length, fmt.lang) as MessageKey, {
          n: fmt.count(months.length),
          months: formatList(months.map(fmt.month), fmt.lang),
        })}
      </p>
    );
  return (
    <div class="notice warning outside-period">
      {said('before', before)}
      {said('after', after)}
      <details>
        <summary>{t('review.outside.show')}</summary>
        <dl class="outside-months">
          {[...before, ...after].map((month) => {
            const entry = tracking.months[month]!;
            const stages = entry.plan?.stages ?? review.input.stages;
            const typed = actualFields(entry.stages.length)
              .map((field) => ({ field, text: actualText(entry, field).trim() }))
              .filter((f) => f.text !== '');
            return (
              <div key={month}>
                <dt>{fmt.month(month)}</dt>
                <dd>
                  {typed.map(({ field, text }, i) => (
                    <span key={field}>
                      {i > 0 && ' · '}
                      {fieldLabel(t, field, stages)}: <bdi>{text}</bdi>
                    </span>
                  ))}
                  {entry.note.trim() && (
                    <span>
                      {typed.length > 0 && ' · '}
                      {t('review.outside.note')}: <bdi>{entry.note}</bdi>
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
        <p>
          {t('review.outside.kept')} <a href={dataHref}>{t('review.outside.openData')}</a>
        </p>
      </details>
    </div>
  );
}
