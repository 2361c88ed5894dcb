import { useEffect, useState } from 'preact/hooks';
import { isolate } from '../../lib/bidi';
import { formatDate } from '../../lib/format';
import type { ReviewOutcome } from '../../lib/review/problems';
import type { Review } from '../../lib/review/review';
import { defaultTracking } from '../../lib/review/tracking';
import { sentenceGap } from '../../i18n/punctuation';
import { formatList } from '../../i18n/text';
import { $review, $trackedDraft, $trackedScenario, today } from '../../stores/review';
import { $tracking } from '../../stores/tracking';
import { shareCodeFromHash } from '../../lib/persist/share-hash';
import { useSettings } from '../kit/use-settings';
import { Heading } from '../kit/Heading';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { printWhenReady } from '../kit/print-when-ready';
import { ShareButton } from '../kit/ShareButton';
import { StorageBanner } from '../kit/StorageBanner';
import { Toast } from '../kit/Toast';
import { useClientStore, useMounted } from '../kit/use-client-store';
import { ActualsEntry } from './ActualsEntry';
import { EscalationsSection } from './EscalationsSection';
import { useReviewFormat } from './format';
import { NotesActions } from './NotesActions';
import { LazyOddsPanel } from './LazyOddsPanel';
import { LazyOutsidePeriod } from './LazyOutsidePeriod';
import { PlanVsActual } from './PlanVsActual';
import { Reforecast } from './Reforecast';
import { Scorecard } from './Scorecard';
import type { ReviewLinks } from './SetupNeeded';
import { LazySetupNeeded } from './LazySetupNeeded';
import { useLazyModule } from '../kit/use-lazy-module';
import { LazyStageCharts } from './LazyStageCharts';
import type { IncomingReview } from './IncomingReview';
import { LazyChangedSince } from './LazyChangedSince';

/** What the server renders: it never sees the browser's workbook, so it waits for it. */
const SERVER_REVIEW: ReviewOutcome<Review> = { ok: false, problem: { code: 'nothingToReview' } };

/**
 * The month a review opens on: the latest month with any actual; before the first report, the
 * month before this one (a review looks back), within the period.
 */
function openingMonth(review: Review, now: string): string {
  if (review.latestReported) return review.latestReported;
  const due = review.months.filter((m) => m.due && m.month < now.slice(0, 7));
  return (due[due.length - 1] ?? review.months.find((m) => m.due) ?? review.months[0]!).month;
}

/**
 * What opens a shared review, loaded only once the address holds a share link (on arrival, or
 * pasted into the address bar of the open page): most visits never need it.
 */
function useIncomingReview(): typeof IncomingReview | null {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const check = () => shareCodeFromHash(location.hash) !== null && setWanted(true);
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  return useLazyModule(wanted, () => import('./IncomingReview').then((m) => m.IncomingReview));
}

function MonthlyReviewPage({ links }: { links: ReviewLinks }) {
  const { t, lang } = useI18n();
  const mounted = useMounted();
  const settings = useSettings();
  const scenario = useClientStore($trackedScenario, null);
  const draft = useClientStore($trackedDraft, null);
  const tracking = useClientStore($tracking, defaultTracking());
  const outcome = useClientStore($review, SERVER_REVIEW);
  const fmt = useReviewFormat(settings.currency);
  const [chosen, setChosen] = useState<string | null>(null);
  const [toast, setToast] = useState<{ message: string; undo: () => void } | null>(null);
  // A shared review opens here whatever the page shows, the setup message included.
  const Incoming = useIncomingReview();
  // Always the first child of the page's root, whichever state it shows, so a question asked
  // while the workbook loads stays open when the review appears.
  const incoming = Incoming && (
    <Incoming fmt={fmt} notify={(message, undo) => setToast({ message, undo })} />
  );

  // The toast (an Undo after opening a shared review, say) whichever state the page shows.
  const toastView = (
    <Toast
      message={toast?.message ?? null}
      actionLabel={toast ? t('kit.undo') : undefined}
      onAction={
        toast
          ? () => {
              toast.undo();
              setToast(null);
            }
          : undefined
      }
      onDismiss={() => setToast(null)}
      dismissLabel={t('kit.dismiss')}
    />
  );

  if (!mounted) {
    return (
      <div class="review" data-pagefind-ignore>
        {incoming}
        <p class="notice" role="status">
          {t('review.loading')}
        </p>
        {toastView}
      </div>
    );
  }
  if (!outcome.ok) {
    return (
      <div class="review" data-pagefind-ignore>
        {incoming}
        <StorageBanner dataHref={links.data} />
        <LazySetupNeeded
          scenario={scenario}
          periodStart={settings.periodStart}
          hasDraft={draft !== null}
          problem={outcome.problem}
          links={links}
          fmt={fmt}
        />
        {toastView}
      </div>
    );
  }

  const review = outcome.value;
  const now = today();
  const key =
    chosen && review.months.some((m) => m.month === chosen) ? chosen : openingMonth(review, now);
  const month = review.months.find((m) => m.month === key)!;
  const first = review.months[0]!.month;
  const last = review.months[review.months.length - 1]!.month;
  const scenarioName = isolate(scenario?.name.trim() || t('review.untitled'));
  const draftName = draft ? isolate(draft.name.trim() || t('review.untitled')) : '';
  const missing = review.notReported.filter((m) => m !== now.slice(0, 7));
  // Months reported under an SLA draft keep its commitments: without a draft now, they are still scored.
  const keptCommitments = review.months.some((m) => m.commitmentsFrom === 'snapshot');

  return (
    <div class="review" data-pagefind-ignore>
      {incoming}
      <StorageBanner dataHref={links.data} />
      <section class="card review-context no-print" aria-labelledby="review-context-title">
        <Heading id="review-context-title" class="visually-hidden">
          {t('review.context.title')}
        </Heading>
        <p>
          {t('review.context.plan', {
            name: scenarioName,
            from: fmt.month(first),
            to: fmt.month(last),
          })}
          {sentenceGap(lang)}
          <a href={links.funnel}>{t('review.context.openPlanner')}</a>
        </p>
        {draft ? (
          <p>
            {t('review.context.sla', { name: draftName })}
            {sentenceGap(lang)}
            <a href={links.sla}>{t('review.context.openSla')}</a>
          </p>
        ) : keptCommitments ? null : (
          <p class="notice">
            {t('review.context.noSla')}
            {sentenceGap(lang)}
            <a href={links.sla}>{t('review.setup.openSla')}</a>
          </p>
        )}
        {missing.length > 0 && (
          <p class="notice warning" role="status">
            {t('review.context.notReported', { months: formatList(missing.map(fmt.month), lang) })}
          </p>
        )}
        <LazyOutsidePeriod review={review} tracking={tracking} fmt={fmt} dataHref={links.data} />
      </section>

      <ActualsEntry
        review={review}
        tracking={tracking}
        fmt={fmt}
        hasDraft={draft !== null || keptCommitments}
      />

      <section class="card review-month" aria-labelledby="review-month-title">
        <header class="print-only print-header">
          <p class="print-kicker">
            {t('review.title')}
            {settings.companyName.trim() && (
              <>
                {' · '}
                <bdi>{settings.companyName}</bdi>
              </>
            )}
          </p>
          <p>
            {month.planFrom === 'snapshot'
              ? t('review.print.heldAgainst', {
                  name: isolate(month.heldAgainst.name.trim() || t('review.untitled')),
                  date: formatDate(month.heldAgainst.takenAt, lang),
                  target: fmt.money(month.heldAgainst.target),
                  from: fmt.month(month.heldAgainst.from),
                  to: fmt.month(month.heldAgainst.to),
                })
              : t('review.context.plan', {
                  name: scenarioName,
                  from: fmt.month(first),
                  to: fmt.month(last),
                })}
            {draft &&
              month.commitmentsFrom === 'draft' &&
              `${sentenceGap(lang)}${t('review.context.sla', { name: draftName })}`}
            {sentenceGap(lang)}
            {t('review.print.date', { date: formatDate(new Date().toISOString(), lang) })}
          </p>
        </header>
        <div class="month-bar">
          <Heading id="review-month-title">
            {t('review.month.title', { month: fmt.month(key) })}
          </Heading>
          <div class="month-tools no-print">
            <div class="field compact">
              <label for="review-month">{t('review.month.choose')}</label>
              <select
                id="review-month"
                value={key}
                onChange={(event) => setChosen(event.currentTarget.value)}
              >
                {review.months.map((m) => (
                  <option key={m.month} value={m.month}>
                    {fmt.month(m.month)}
                    {m.due
                      ? m.reported
                        ? ''
                        : ` — ${t('review.notReported')}`
                      : ` — ${t('review.notDue')}`}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" id="review-print" class="button" onClick={() => void printWhenReady()}>
              {t('review.print.button')}
            </button>
            <ShareButton
              title={t('review.share.linkTitle')}
              body={t('review.share.linkBody')}
              makeHash={() =>
                import('./IncomingReview').then((link) =>
                  link.reviewShareHash(scenario!, draft?.id ?? null, settings.periodStart),
                )
              }
            />
          </div>
        </div>
        {!month.due && (
          <p class="notice" role="status">
            {t('review.month.notDue')}
          </p>
        )}
        {month.due && !month.reported && (
          <p class="notice warning" role="status">
            {t(month.actuals.entered ? 'review.month.unreadable' : 'review.month.notReported')}
          </p>
        )}
        <LazyChangedSince month={month} fmt={fmt} />
        {month.commitmentsFrom ? (
          <Scorecard month={month} review={review} thresholds={tracking.thresholds} fmt={fmt} />
        ) : keptCommitments ? (
          <p class="notice" role="status">
            {t('review.month.noCommitments')}
            {sentenceGap(lang)}
            <a href={links.sla}>{t('review.setup.openSla')}</a>
          </p>
        ) : null}
        <EscalationsSection month={month} fmt={fmt} />
        <PlanVsActual month={month} fmt={fmt} />
        <Reforecast reforecast={review.reforecast} fmt={fmt} />
        <LazyOddsPanel review={review} fmt={fmt} />
        <NotesActions
          month={month}
          note={tracking.months[month.month]?.note ?? ''}
          months={review.months.map((m) => m.month)}
          fmt={fmt}
          onRemoved={(message, undo) => setToast({ message, undo })}
        />
      </section>

      <LazyStageCharts review={review} fmt={fmt} />
      {toastView}
    </div>
  );
}

/** The monthly review page's island: actuals against the plan and the SLA, the scorecard, the odds from here. */
export default function MonthlyReview({
  strings,
  links,
}: {
  strings: IslandStrings;
  links: ReviewLinks;
}) {
  return (
    <IslandRoot strings={strings}>
      <MonthlyReviewPage links={links} />
    </IslandRoot>
  );
}
