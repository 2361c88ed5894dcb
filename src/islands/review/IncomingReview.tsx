import { useState } from 'preact/hooks';
import { isolate } from '../../lib/bidi';
import type { Scenario } from '../../lib/funnel/scenario';
import { reviewShareShape } from '../../lib/persist/areas/review-share';
import { encodeShare } from '../../lib/persist/share';
import { SHARE_PARAM } from '../../lib/persist/share-hash';
import { hasReviewWork, reportedMonths, reviewShare, type ReviewShare } from '../../lib/review/share';
import { $trackedDraft } from '../../stores/review';
import { $settings } from '../../stores/settings';
import { $sla } from '../../stores/sla-store';
import { openSharedReview } from '../../stores/review-share';
import { $tracking } from '../../stores/tracking';
import { formatList } from '../../i18n/text';
import { Dialog } from '../kit/Dialog';
import { useI18n } from '../kit/i18n';
import { useIncomingShare } from '../kit/use-incoming-share';
import type { ReviewFormat } from './format';

export interface IncomingReviewProps {
  fmt: ReviewFormat;
  notify: (message: string, undo: () => void) => void;
}

/**
 * Opens a shared review from the link's fragment, always after asking: the dialog says what the
 * link holds (the plan, the draft, the months reported) and what opening it does here (the plan
 * and the draft are added, the review here is replaced, the period start may move). The page
 * loads it only when the address holds a share link.
 */
export function IncomingReview({ fmt, notify }: IncomingReviewProps) {
  const { t, lang } = useI18n();
  const [pending, setPending] = useState<ReviewShare | null>(null);
  const status = useIncomingShare({ shape: reviewShareShape, hasLocalWork: () => false, apply: setPending });

  const names = (shared: ReviewShare) => ({
    scenario: shared.scenario.name.trim() || t('review.share.sharedPlan'),
    draft: shared.draft?.name.trim() || t('review.share.sharedDraft'),
  });

  const accept = () => {
    const shared = pending;
    setPending(null);
    if (!shared) return;
    const opened = openSharedReview(shared, names(shared));
    notify(t('review.share.opened', { name: isolate(opened.scenarioName) }), opened.undo);
  };

  const body = (shared: ReviewShare) => {
    const { scenario, draft } = names(shared);
    const months = reportedMonths(shared.tracking, fmt.currency);
    const current = $settings.get().periodStart;
    // With no draft in the link, the review here scores the months against the user's own.
    const ownDraft = $trackedDraft.get();
    return [
      t('review.share.body', { name: isolate(scenario) }),
      shared.draft
        ? t('review.share.draft', { name: isolate(draft) })
        : ownDraft
          ? t('review.share.noDraft', { name: isolate(ownDraft.name.trim() || t('review.untitled')) })
          : '',
      months.length > 0
        ? t('review.share.months', { months: formatList(months.map(fmt.month), lang) })
        : t('review.share.noMonths'),
      hasReviewWork($tracking.get()) ? t('review.share.replaces') : '',
      shared.periodStart !== '' && current !== '' && shared.periodStart !== current
        ? t('review.share.period', { month: fmt.month(shared.periodStart), current: fmt.month(current) })
        : '',
    ].filter((line) => line !== '');
  };

  return (
    <>
      {status}
      <Dialog open={pending !== null} title={t('review.share.title')} onClose={() => setPending(null)}>
        {pending && body(pending).map((line) => <p key={line}>{line}</p>)}
        <div class="actions">
          <button type="button" class="button" onClick={accept}>
            {t('review.share.open')}
          </button>
          {/* Focus starts on keeping things as they are, as the kit's ConfirmDialog does. */}
          <button type="button" class="button secondary" autoFocus onClick={() => setPending(null)}>
            {t('review.share.cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}

/**
 * The fragment of a review's share link ("#share=…"): the tracked plan, the tracked SLA draft
 * (`draftId`, as stored now) and the period start with the tracking area. Here, so both ends of
 * a review's link are one chunk, loaded when the Share button is pressed (most visits never
 * share): a module of its own would split the review's shared code into one more chunk.
 */
export async function reviewShareHash(
  scenario: Scenario,
  draftId: string | null,
  periodStart: string,
): Promise<string> {
  const shared = reviewShare({
    scenario,
    draft: (draftId !== null && $sla.get().drafts.find((d) => d.id === draftId)) || null,
    periodStart,
    tracking: $tracking.get(),
  });
  return `#${SHARE_PARAM}=${await encodeShare(reviewShareShape, shared)}`;
}
