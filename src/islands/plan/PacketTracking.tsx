import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import type { Currency } from '../../lib/settings';
import { Deeper, Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { EscalationsSection } from '../review/EscalationsSection';
import { useReviewFormat } from '../review/format';
import { PlanVsActual } from '../review/PlanVsActual';
import { Reforecast } from '../review/Reforecast';
import { Scorecard } from '../review/Scorecard';

interface PacketTrackingProps {
  review: Review;
  tracking: TrackingState;
  currency: Currency;
  hasDraft: boolean;
}

/**
 * "Tracking" in the plan packet: the last reported month as the monthly review shows it — the
 * SLA scorecard and what to escalate, plan against actual — and the re-forecast from here.
 */
export function PacketTracking({ review, tracking, currency, hasDraft }: PacketTrackingProps) {
  const { t } = useI18n();
  const fmt = useReviewFormat(currency);
  const month = review.months.find((m) => m.month === review.latestReported) ?? review.months[0]!;
  return (
    <Deeper>
      <Heading>{t('review.month.title', { month: fmt.month(month.month) })}</Heading>
      <Deeper>
        {hasDraft && <Scorecard month={month} review={review} thresholds={tracking.thresholds} fmt={fmt} />}
        {hasDraft && <EscalationsSection month={month} fmt={fmt} />}
        <PlanVsActual month={month} fmt={fmt} />
        <Reforecast reforecast={review.reforecast} fmt={fmt} />
      </Deeper>
    </Deeper>
  );
}
