import { isolate } from '../../lib/bidi';
import type { Scenario } from '../../lib/funnel/scenario';
import type { Problem } from '../../lib/problem';
import type { ReviewProblem } from '../../lib/review/problems';
import { describeProblem, fieldLabel } from '../funnel/fields';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { problemText } from './labels';

export interface ReviewLinks {
  funnel: string;
  sla: string;
  data: string;
}

export interface SetupNeededProps {
  scenario: Scenario | null;
  periodStart: string;
  hasDraft: boolean;
  /** Why the review cannot be computed. */
  problem: ReviewProblem;
  links: ReviewLinks;
  fmt: ReviewFormat;
}

/** What to create before the first review, each with a link to where it is made; the SLA is optional. */
export function SetupNeeded({
  scenario,
  periodStart,
  hasDraft,
  problem,
  links,
  fmt,
}: SetupNeededProps) {
  const { t, lang } = useI18n();
  const planBroken =
    scenario !== null &&
    problem.field !== 'periodStart' &&
    problem.field !== 'today' &&
    problem.code !== 'nothingToReview';
  const step = (
    done: boolean,
    text: string,
    link: { href: string; label: string } | null,
    optional = false,
  ) => (
    <li class={done ? 'setup-step done' : 'setup-step'}>
      <span class="setup-mark" aria-hidden="true">
        {done ? '✓' : optional ? '○' : '✕'}
      </span>{' '}
      <span>
        <span class="visually-hidden">
          {done
            ? t('review.setup.done')
            : optional
              ? t('review.setup.optional')
              : t('review.setup.todo')}
        </span>
        {text}
        {link && (
          <>
            {' '}
            <a href={link.href}>{link.label}</a>
          </>
        )}
      </span>
    </li>
  );

  return (
    <section class="card review-setup" aria-labelledby="review-setup-title">
      <Heading id="review-setup-title">{t('review.setup.title')}</Heading>
      <p>{t('review.setup.intro')}</p>
      <ol class="setup-steps">
        {scenario === null
          ? step(false, t('review.setup.noPlan'), {
              href: links.funnel,
              label: t('review.setup.openPlanner'),
            })
          : planBroken
            ? step(
                false,
                t('review.setup.planProblem', {
                  // Named as the planner names the field: "Revenue target: Enter a number."
                  problem: fieldLabel(t, scenario, problem.field, lang)
                    ? describeProblem(t, scenario, problem as Problem, lang)
                    : problemText(t, problem, fmt),
                }),
                { href: links.funnel, label: t('review.setup.openPlanner') },
              )
            : step(
                true,
                t('review.setup.plan', {
                  name: isolate(scenario.name.trim() || t('review.untitled')),
                }),
                null,
              )}
        {periodStart === ''
          ? step(false, t('review.setup.noPeriod'), {
              href: links.data,
              label: t('review.setup.openData'),
            })
          : step(true, t('review.setup.period', { month: fmt.month(periodStart) }), null)}
        {hasDraft
          ? step(true, t('review.setup.draft'), null)
          : step(
              false,
              t('review.setup.noDraft'),
              { href: links.sla, label: t('review.setup.openSla') },
              true,
            )}
      </ol>
    </section>
  );
}
