import type { ReviewMonth } from '../../lib/review/review';
import type { ScorecardRow } from '../../lib/review/scorecard';
import { formatList, interpolateParts } from '../../i18n/text';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { counted, rowName } from './labels';
import { ownerText } from './Scorecard';

export interface EscalationsProps {
  month: ReviewMonth;
  fmt: ReviewFormat;
}

/**
 * The commitments to escalate this month (see EscalationsSection, which loads this only for a
 * month that has some): each missed two months running or more, the step of the agreement's
 * ladder it has reached, and the people and consequences the agreement names (their words, as
 * written, isolated from the page's own).
 */
export function EscalationList({ month, fmt }: EscalationsProps) {
  const { t } = useI18n();
  const nameOf = (key: string) => {
    const row = month.scorecard.find((r) => r.key === key) as ScorecardRow | undefined;
    return row ? rowName(t, row, fmt) : key;
  };
  return (
    <ul class="escalation-list">
      {month.escalations.map((e) => (
        <li key={e.key} class="escalation">
          <p>
            <strong>
              <span aria-hidden="true">⚑ </span>
              {nameOf(e.key)}
            </strong>
            {' — '}
            {t('review.escalation.streak', {
              months: counted(t, 'review.monthsRunning', e.streak, fmt),
              list: formatList(e.months.map(fmt.month), fmt.lang),
            })}
          </p>
          <p>
            {e.step
              ? interpolateParts(t('review.escalation.step', { n: fmt.count(e.step.index + 1) }), {
                  text: <bdi>{e.step.text}</bdi>,
                })
              : t('review.escalation.noLadder')}
          </p>
          <p class="muted">
            {e.ownerName
              ? interpolateParts(
                  t('review.escalation.ownerNamed', { team: ownerText(t, e.owner) }),
                  { name: <bdi>{e.ownerName}</bdi> },
                )
              : t('review.escalation.owner', { team: ownerText(t, e.owner) })}
            {e.consequence && (
              <span class="consequence">
                {' · '}
                {interpolateParts(t('review.escalation.consequence'), {
                  text: <bdi>{e.consequence}</bdi>,
                })}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
