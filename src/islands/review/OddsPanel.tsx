import { PRIOR_LEADS } from '../../lib/review/blend';
import { defaultTracking } from '../../lib/review/tracking';
import type { Review } from '../../lib/review/review';
import { sentenceGap } from '../../i18n/punctuation';
import { formatList } from '../../i18n/text';
import { $tracking, setOddsSource } from '../../stores/tracking';
import { Figure } from '../kit/Figure';
import { Amount } from '../kit/Amount';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { useClientStore } from '../kit/use-client-store';
import type { ReviewFormat } from './format';
import { counted } from './labels';
import { TRIALS } from './odds-messages';
import { useOdds } from './use-odds';

const PERCENTILES = ['p10', 'p50', 'p90'] as const;

/**
 * The odds of the target from here, simulated with the planner's seeded Monte Carlo over the
 * months that remain, on the planned rate ranges or on rates blended with the actuals; and how
 * the odds moved as each month's revenue came in.
 */
export function OddsPanel({ review, fmt }: { review: Review; fmt: ReviewFormat }) {
  const { t } = useI18n();
  // The choice is kept with the review, so a reload shows the odds the team last read.
  const source = useClientStore($tracking, defaultTracking()).oddsSource;
  const odds = useOdds(review.odds, review.oddsHistory, source);
  const current = odds.current;
  const totals = current ? PERCENTILES.map((p) => current.total[p]) : [];
  // Which months the odds count as reported, and the points of the history on the plan now (their month kept no plan to run).
  const countedMonths = odds.setups.current.counted;
  const planNow = review.oddsHistory
    .filter((p) => p.asOf >= 0 && p.planFrom === 'current')
    .map((p) => p.args.months[p.asOf]!);
  const wonAt = (asOf: string | null) =>
    odds.setups.history.find((s) => s.asOf === asOf)?.wonSoFar ?? 0;
  const money = fmt.moneyColumn([
    ...totals,
    ...odds.history.flatMap((o) => [o.total.p50, wonAt(o.asOf)]),
  ]);
  const waiting = odds.running ? t('review.odds.running') : t('review.odds.waiting');
  const status = odds.running
    ? t('review.odds.running')
    : current
      ? current.trials > 0
        ? t('review.odds.ready', {
            trials: fmt.count(current.trials),
            months: counted(t, 'review.months', odds.setups.current.remainingMonths, fmt),
          })
        : t('review.odds.settled')
      : t('review.odds.waiting');

  return (
    <section class="review-odds" aria-labelledby="review-odds-title" aria-busy={odds.running}>
      <Heading sub={1} id="review-odds-title">
        {t('review.odds.title')}
      </Heading>
      <fieldset class="odds-source no-print">
        <legend>{t('review.odds.source')}</legend>
        {(['plan', 'measured'] as const).map((value) => (
          <div class="choice" key={value}>
            <input
              type="radio"
              id={`review-odds-${value}`}
              name="review-odds-source"
              value={value}
              checked={source === value}
              onChange={() => setOddsSource(value)}
            />
            <label for={`review-odds-${value}`}>{t(`review.odds.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <p class="hint">
        {t('review.odds.blending', { prior: fmt.count(PRIOR_LEADS), trials: fmt.count(TRIALS) })}
      </p>
      <p role="status" class={odds.running ? 'sim-status running' : 'sim-status'}>
        {status}
      </p>
      <p class="hint" id="review-odds-counted">
        {countedMonths.length > 0
          ? t('review.odds.counted', { months: formatList(countedMonths.map(fmt.month), fmt.lang) })
          : t('review.odds.noneCounted')}
      </p>
      <div class="odds-body">
        <div class="figures">
          <Figure
            id="review-odds-probability"
            label={t('review.odds.probability')}
            value={current ? fmt.share(current.probability) : null}
            reason={waiting}
            headline
          />
          {PERCENTILES.map((p, i) => (
            <Figure
              key={p}
              id={`review-odds-${p}`}
              label={t(`review.odds.${p}`)}
              value={current ? money(totals[i]!) : null}
              reason={waiting}
            />
          ))}
        </div>
        {odds.history.length > 0 && (
          <div
            class="table-wrap"
            role="region"
            aria-labelledby="review-odds-history-caption"
            tabIndex={0}
          >
            <table class="data-table">
              <caption id="review-odds-history-caption">
                {t('review.odds.history')}
                <span class="caption-hint">
                  {t('review.odds.historyPlans')}
                  {planNow.length > 0 &&
                    `${sentenceGap(fmt.lang)}${t('review.odds.historyPlanNow', { months: formatList(planNow.map(fmt.month), fmt.lang) })}`}
                </span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.odds.asOf')}</th>
                  <th scope="col" class="num">
                    {t('review.odds.wonSoFar')}
                  </th>
                  <th scope="col" class="num">
                    {t('review.odds.probability')}
                  </th>
                  <th scope="col" class="num">
                    {t('review.odds.p50')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {odds.history.map((o) => (
                  <tr key={o.asOf ?? 'plan'}>
                    <th scope="row">
                      {o.asOf === null
                        ? t('review.odds.planAlone')
                        : t('review.odds.after', { month: fmt.month(o.asOf) })}
                    </th>
                    <td class="num">
                      <Amount value={money(wonAt(o.asOf))} />
                    </td>
                    <td class="num">{fmt.share(o.probability)}</td>
                    <td class="num">
                      <Amount value={money(o.total.p50)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
