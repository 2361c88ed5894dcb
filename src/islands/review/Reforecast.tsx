import type { Reforecast as ReforecastFigures } from '../../lib/review/reforecast';
import { formatList } from '../../i18n/text';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { counted, problemText } from './labels';

interface ReforecastProps {
  reforecast: ReforecastFigures;
  fmt: ReviewFormat;
}

/** The re-forecast from here: what is won, what is still needed, and the leads it takes now. */
export function Reforecast({ reforecast: r, fmt }: ReforecastProps) {
  const { t } = useI18n();
  const money = fmt.moneyColumn([r.target, r.wonSoFar, r.gap, r.gapPerMonth ?? 0]);
  const reached = r.gap <= 0;
  const needed = r.leadsNeeded;
  const firstLeadMonth = r.reachable[0]?.leadMonth;
  return (
    <section class="review-reforecast" aria-labelledby="review-reforecast-title">
      <Heading sub={1} id="review-reforecast-title">
        {t('review.reforecast.title')}
      </Heading>
      <div class="figures">
        <Figure id="review-target" label={t('review.reforecast.target')} value={money(r.target)} />
        <Figure id="review-won" label={t('review.reforecast.won')} value={money(r.wonSoFar)}>
          <span class="hint">{counted(t, 'review.monthsCounted', r.done.length, fmt)}</span>
        </Figure>
        <Figure
          id="review-gap"
          label={t('review.reforecast.gap')}
          value={reached ? t('review.reforecast.reached') : money(r.gap)}
          headline
        />
        <Figure
          id="review-gap-month"
          label={t('review.reforecast.perMonth')}
          value={
            reached
              ? t('review.reforecast.reached')
              : r.gapPerMonth === null
                ? null
                : money(r.gapPerMonth)
          }
          reason={t('review.reforecast.noneRemain')}
        >
          {r.gapPerMonth !== null && !reached && (
            <span class="hint">
              {counted(t, 'review.monthsRemaining', r.remaining.length, fmt)}
            </span>
          )}
        </Figure>
        <Figure
          id="review-leads-needed"
          label={t('review.reforecast.leadsNeeded')}
          value={needed.ok ? fmt.count(Math.ceil(needed.value.perMonth)) : null}
          reason={needed.ok ? undefined : problemText(t, needed.problem, fmt)}
        />
        <Figure
          id="review-budget-needed"
          label={t('review.reforecast.budget')}
          value={needed.ok ? fmt.money(needed.value.budget) : null}
          reason={needed.ok ? undefined : problemText(t, needed.problem, fmt)}
        />
      </div>
      {needed.ok && needed.value.leads > 0 && firstLeadMonth && (
        <p>
          {t('review.reforecast.leadsSentence', {
            leads: fmt.count(Math.ceil(needed.value.leads)),
            perMonth: fmt.count(Math.ceil(needed.value.perMonth)),
            // Whole leads, rounded up as the figure needed is: an even plan reads as even.
            planned: fmt.count(Math.ceil(needed.value.plannedPerMonth)),
            from: fmt.month(firstLeadMonth),
            months: counted(t, 'review.months', r.reachable.length, fmt),
          })}
        </p>
      )}
      {r.outOfReach.length > 0 && (
        <div class="out-of-reach">
          <p>
            {t('review.reforecast.outOfReach', {
              months: formatList(
                r.outOfReach.map((m) => fmt.month(m.month)),
                fmt.lang,
              ),
              revenue: fmt.money(r.pipelineRevenue),
            })}
          </p>
          <ul>
            {r.outOfReach.map((m) => (
              <li key={m.month}>
                {t(
                  m.from === 'actual'
                    ? 'review.reforecast.reachActual'
                    : m.from === 'missing'
                      ? 'review.reforecast.reachMissing'
                      : 'review.reforecast.reachPlan',
                  {
                    month: fmt.month(m.month),
                    leadMonth: fmt.month(m.leadMonth),
                    leads: fmt.count(m.leads),
                    revenue: fmt.money(m.expectedRevenue),
                  },
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
