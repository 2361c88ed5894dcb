import { punctuation } from '../../i18n/punctuation';
import { channelShareTotal } from '../../lib/funnel/channel-mix';
import type { Scenario } from '../../lib/funnel/scenario';
import { formatPercent } from '../../lib/format';
import type { Problem } from '../../lib/problem';
import type { IslandTranslate } from '../kit/i18n';
import { problemMessage } from '../kit/problem-message';

/** What every input section of the planner receives. */
export interface SectionProps {
  scenario: Scenario;
  edit: (change: (scenario: Scenario) => Scenario) => void;
  problems: readonly Problem[];
}

/** The element id of a field path: 'steps.2.rateLow' → 'funnel-steps-2-rateLow'. */
export const fieldId = (path: string) => `funnel-${path.replaceAll('.', '-')}`;

/**
 * The problem to show at a field, if any. An empty field is left to the field itself, which
 * says so once the user has been there: a row just added is not red before it is typed in.
 */
export const problemAt = (problems: readonly Problem[], path: string) =>
  problems.find((p) => p.field === path && p.code !== 'empty');

/** A field's full name, for messages about it ("MQL → SQL: Rate, Low"; "MQL → SQL：轉換率，最低"). */
export function fieldLabel(t: IslandTranslate, scenario: Scenario, path: string | undefined, lang: string): string {
  if (!path) return '';
  const { colon, comma } = punctuation(lang);
  const [head, index, column] = path.split('.');
  const i = Number(index);
  const stage = (n: number) => scenario.stages[n] ?? '';
  switch (head) {
    case 'steps': {
      const step = t('funnel.step', { from: stage(i), to: stage(i + 1) });
      const part =
        column === 'lagDays' ? t('funnel.step.lag')
        : column === 'rateLow' ? `${t('funnel.step.rate')}${comma}${t('funnel.low')}`
        : column === 'rateHigh' ? `${t('funnel.step.rate')}${comma}${t('funnel.high')}`
        : t('funnel.step.rate');
      return `${step}${colon}${part}`;
    }
    case 'channels':
      return column ? `${t(`funnel.channel.${column === 'share' ? 'share' : 'cpl'}`)}${comma}${t('kit.row', { n: i + 1 })}` : t('funnel.channels');
    case 'leadsInHand':
      return `${t(column === 'month' ? 'funnel.inHand.month' : 'funnel.inHand.leads')}${comma}${t('kit.row', { n: i + 1 })}`;
    case 'dealSizeLow':
      return `${t('funnel.dealSize')}${comma}${t('funnel.low')}`;
    case 'dealSizeHigh':
      return `${t('funnel.dealSize')}${comma}${t('funnel.high')}`;
    case 'hoursPerRepPerMonth':
      return t('funnel.hoursPerRep');
    case 'target':
    case 'dealSize':
    case 'months':
    case 'cpl':
    case 'leadsPerMonth':
    case 'budgetPerMonth':
    case 'reps':
    case 'attemptsPerLead':
    case 'minutesPerAttempt':
    case 'seed':
      return t(`funnel.${head}`);
    default:
      return '';
  }
}

/**
 * The messages fieldLabel and describeProblem read: a page that says what is wrong with a plan
 * without the planner (the review's setup) picks these rather than every funnel message.
 */
export const FIELD_MESSAGES = [
  'funnel.step',
  'funnel.low',
  'funnel.high',
  'funnel.channels',
  'funnel.channel.share',
  'funnel.channel.cpl',
  'funnel.channel.totalOff',
  'funnel.inHand.month',
  'funnel.inHand.leads',
  'funnel.dealSize',
  'funnel.hoursPerRep',
  'funnel.target',
  'funnel.months',
  'funnel.cpl',
  'funnel.leadsPerMonth',
  'funnel.budgetPerMonth',
  'funnel.reps',
  'funnel.attemptsPerLead',
  'funnel.minutesPerAttempt',
  'funnel.seed',
] as const;

/** A problem as one sentence that names its input: "Revenue target: Enter a number." */
export function describeProblem(t: IslandTranslate, scenario: Scenario, problem: Problem, lang: string): string {
  if (problem.field === 'channels' && problem.code === 'inconsistent') {
    return t('funnel.channel.totalOff', { total: formatPercent(channelShareTotal(scenario.channels) ?? 0, lang) });
  }
  const label = fieldLabel(t, scenario, problem.field, lang);
  const message = problemMessage(t, problem, label, (path) => fieldLabel(t, scenario, path, lang), lang);
  return label && !message.includes(label) ? `${label}${punctuation(lang).colon}${message}` : message;
}
