import { $review, $trackedDraft } from '../../stores/review';
import { $tracking } from '../../stores/tracking';
import { useI18n } from '../kit/i18n';
import { useClientStore } from '../kit/use-client-store';
import { PacketTracking } from './PacketTracking';
import type { Currency } from '../../lib/settings';
import { defaultTracking } from '../../lib/review/tracking';

/** The packet's tracking part, with the review's stores: loaded only when a reported month is in the packet. */
export function PacketTrackingPart({ currency }: { currency: Currency }) {
  const { t } = useI18n();
  const review = useClientStore($review, null);
  const draft = useClientStore($trackedDraft, null);
  const tracking = useClientStore($tracking, defaultTracking());
  if (!review) {
    return (
      <p class="hint" aria-busy="true">
        {t('plan.loading')}
      </p>
    );
  }
  if (!review.ok || review.value.latestReported === null) return <p class="notice">{t('plan.empty.tracking')}</p>;
  return <PacketTracking review={review.value} tracking={tracking} currency={currency} hasDraft={draft !== null} />;
}
