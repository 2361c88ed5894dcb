import { punctuation } from '../../i18n/punctuation';
import { pluralKey } from '../../i18n/text';
import type { MessageKey } from '../../i18n/messages/types';
import type { ActualField } from '../../lib/review/entry';
import type { ReviewProblem } from '../../lib/review/problems';
import type { ScorecardRow } from '../../lib/review/scorecard';
import type { IslandTranslate } from '../kit/i18n';
import type { ReviewFormat } from './format';

/** What a field of the actuals holds: decides its keyboard and its unit. */
export type FieldKind = 'count' | 'money' | 'percent' | 'number';

export function fieldKind(field: ActualField): FieldKind {
  if (field.startsWith('stages.') || field === 'sla.mqlsDelivered') return 'count';
  if (field === 'revenue' || field === 'spend') return 'money';
  if (field === 'sla.attempts' || field === 'sla.handoverHours') return 'number';
  return 'percent';
}

/** A stage as the scenario names it, or "Stage 3" where the name was left blank. */
export function stageName(t: IslandTranslate, stages: readonly string[], index: number): string {
  const name = stages[index]?.trim();
  return name ? name : t('review.field.stage', { n: index + 1 });
}

/** A column of the actuals: the scenario's own stage names, then revenue, spend and the SLA measures. */
export function fieldLabel(
  t: IslandTranslate,
  field: ActualField,
  stages: readonly string[],
): string {
  const [head, key, grade] = field.split('.');
  if (head === 'stages') return stageName(t, stages, Number(key));
  if (head === 'revenue' || head === 'spend') return t(`review.field.${head}`);
  if (key === 'firstResponse')
    return t('review.field.firstResponse', { grade: (grade ?? '').toUpperCase() });
  return t(`review.field.${key}` as MessageKey);
}

/** The unit a column of the actuals is entered in, for its header: the currency, %, hours; '' for counts. */
export function fieldUnit(t: IslandTranslate, field: ActualField, fmt: ReviewFormat): string {
  const kind = fieldKind(field);
  if (kind === 'money') return fmt.currency;
  if (kind === 'percent') return t('unit.percent');
  if (field === 'sla.handoverHours') return t('review.unit.hoursShort');
  return '';
}

/** A counted phrase through the language's plural rules: "1 cell", "3 cells", "5 komórek". */
export function counted(t: IslandTranslate, key: string, n: number, fmt: ReviewFormat): string {
  return t(pluralKey(key, n, fmt.lang) as MessageKey, { n: fmt.count(n) });
}

/** The sign of an amount in another currency, with that currency's code where it has one other name: "€ (EUR)" ("€（EUR）" in Chinese), "¥", "EUR". */
function currencySign({ sign = '', currencies = [] }: ReviewProblem, lang: string): string {
  const only = currencies.length === 1 ? currencies[0]! : '';
  const marks = punctuation(lang);
  return only && only !== sign.toUpperCase() ? `${sign}${marks.open}${only}${marks.close}` : sign;
}

/** The sentence for a problem of the review, with its row, cells and limits filled in. */
export function problemText(
  t: IslandTranslate,
  problem: ReviewProblem,
  fmt: ReviewFormat,
  fieldName = '',
): string {
  const vars = {
    field: fieldName,
    min: problem.min === undefined ? '' : fmt.count(problem.min),
    max: problem.max === undefined ? '' : fmt.count(problem.max),
    row: problem.row === undefined ? '' : fmt.count(problem.row),
    found: counted(t, 'review.cells', problem.column ?? 0, fmt),
    expected: counted(t, 'review.columns', problem.max ?? 0, fmt),
    cellsExpected: counted(t, 'review.cells', problem.max ?? 0, fmt),
    months: counted(t, 'review.months', problem.max ?? 0, fmt),
    sign: currencySign(problem, fmt.lang),
    currency: problem.expected ?? '',
  };
  return t(`problem.${problem.code}` as MessageKey, vars);
}

/** A scorecard row's name: "MQLs delivered (cumulative)", "Grade A reached within 1 h". */
export function rowName(t: IslandTranslate, row: ScorecardRow, fmt: ReviewFormat): string {
  if (row.key.startsWith('firstResponse.')) {
    const grade = (row.grade ?? '').toUpperCase();
    return row.promisedHours === undefined
      ? t('review.commitment.firstResponseUnstated', { grade })
      : t('review.commitment.firstResponse', {
          grade,
          hours: fmt.unit(row.promisedHours, 'hours'),
        });
  }
  return t(`review.commitment.${row.key}` as MessageKey);
}
