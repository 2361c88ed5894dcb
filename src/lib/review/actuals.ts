import { readNumber, type NumberRule } from '../number';
import type { Currency } from '../settings';
import { leadGrades, type LeadGrade } from '../sla/draft';
import { figureAt, type ActualField } from './entry';
import type { ReviewOutcome, ReviewProblem } from './problems';
import { emptyMonth, type MonthEntry } from './tracking';

/** The longest note kept without a problem, in characters. Longer notes are kept whole and flagged, never cut. */
export const MAX_NOTE_LENGTH = 2_000;

/** A figure read from a field: the number, or why there is none ('notReported' when blank). */
export type Reading = ReviewOutcome<number>;

export interface SlaReadings {
  mqlsDelivered: Reading;
  firstResponse: Record<LeadGrade, Reading>;
  attempts: Reading;
  sqlAcceptance: Reading;
  recycledHandled: Reading;
  handoverHours: Reading;
}

/** One month's actuals in numbers. */
export interface MonthActuals {
  month: string;
  /**
   * At least one figure reads as a number. Text that reads as none ("abc") is not a report: the
   * month stays "not reported" (its problems say what to fix). A note alone reports nothing.
   */
  reported: boolean;
  /** Anything typed in any figure, readable or not: work a replacement would lose. */
  entered: boolean;
  /** One reading per stage of the scenario (by index); stages beyond the entries read as not reported. */
  stages: Reading[];
  revenue: Reading;
  spend: Reading;
  sla: SlaReadings;
  /** Problems to show at inputs, each with its field path ('stages.2', 'sla.firstResponse.a', 'note'). */
  problems: ReviewProblem[];
  /** Allowed but unusual: a stage counting more than the one above it ('unusual', field 'stages.i'). */
  warnings: ReviewProblem[];
}

// Counts are whole and never negative; money never negative; shares 0–100; hours and
// average attempts any non-negative number.
const rules = {
  count: { kind: 'count' },
  money: { kind: 'money' },
  percent: { kind: 'percent' },
  average: { kind: 'number', min: 0 },
} satisfies Record<string, NumberRule>;

/** How a field of the actuals is read; money in the workbook's currency (its sign may be typed). */
export function actualRule(field: ActualField, currency?: Currency): NumberRule {
  if (field.startsWith('stages.') || field === 'sla.mqlsDelivered') return rules.count;
  if (field === 'revenue' || field === 'spend')
    return currency ? { ...rules.money, currency } : rules.money;
  if (field === 'sla.attempts' || field === 'sla.handoverHours') return rules.average;
  return rules.percent;
}

/**
 * One field's text → its figure: blank is 'notReported' (never 0); text that is not a figure
 * says why, with the field and month ('otherCurrency' names the sign and the workbook's currency).
 */
export function readActual(
  month: string,
  field: ActualField,
  raw: string | undefined,
  currency?: Currency,
): Reading {
  if (raw === undefined || raw.trim() === '')
    return { ok: false, problem: { code: 'notReported', field, month } };
  const parsed = readNumber(raw, actualRule(field, currency));
  return parsed.ok ? parsed : { ok: false, problem: { ...parsed.problem, field, month } };
}

/** Characters as a reader counts them: code points, so a CJK note and an emoji count fairly. */
export const noteLength = (note: string) => Array.from(note).length;

/**
 * A month's text → numbers. Each field is read on its own: a bad figure marks its field and
 * leaves the others standing. Blank is 'notReported' (never 0) and not an input problem.
 */
export function parseMonth(
  month: string,
  entry: MonthEntry | undefined,
  stageCount: number,
  currency?: Currency,
): MonthActuals {
  const e = entry ?? emptyMonth();
  const problems: ReviewProblem[] = [];
  let reported = false;
  let entered = false;
  const read = (field: ActualField, raw: string | undefined): Reading => {
    const reading = readActual(month, field, raw, currency);
    if (reading.ok) reported = true;
    else if (reading.problem.code !== 'notReported') problems.push(reading.problem);
    if (raw !== undefined && raw.trim() !== '') entered = true;
    return reading;
  };

  const stages = Array.from({ length: stageCount }, (_, i) => read(`stages.${i}`, e.stages[i]));
  const revenue = read('revenue', e.revenue);
  const spend = read('spend', e.spend);
  const firstResponse = Object.fromEntries(
    leadGrades.map((g) => [g, read(`sla.firstResponse.${g}`, e.sla.firstResponse[g])]),
  ) as Record<LeadGrade, Reading>;
  const sla: SlaReadings = {
    mqlsDelivered: read('sla.mqlsDelivered', e.sla.mqlsDelivered),
    firstResponse,
    attempts: read('sla.attempts', e.sla.attempts),
    sqlAcceptance: read('sla.sqlAcceptance', e.sla.sqlAcceptance),
    recycledHandled: read('sla.recycledHandled', e.sla.recycledHandled),
    handoverHours: read('sla.handoverHours', e.sla.handoverHours),
  };
  if (noteLength(e.note) > MAX_NOTE_LENGTH)
    problems.push({ code: 'tooLong', field: 'note', month, max: MAX_NOTE_LENGTH });

  // Compared with the nearest reported stage above, so a blank MQL field still lets more SQLs
  // than leads stand out.
  const warnings: ReviewProblem[] = [];
  let above: number | null = null;
  stages.forEach((stage, i) => {
    if (!stage.ok) return;
    if (above !== null && stage.value > above)
      warnings.push({ code: 'unusual', field: `stages.${i}`, month, max: above });
    above = stage.value;
  });

  return { month, reported, entered, stages, revenue, spend, sla, problems, warnings };
}

/**
 * The cells of a paste whose text is no figure, each problem with its month and field, in the
 * order given. A blank cell is "not reported", not a problem.
 */
export function unreadableCells(
  cells: readonly { month: string; field: ActualField; text: string }[],
  currency?: Currency,
): ReviewProblem[] {
  return cells.flatMap(({ month, field, text }) => {
    const reading = readActual(month, field, text, currency);
    return reading.ok || reading.problem.code === 'notReported' ? [] : [reading.problem];
  });
}

/** The reading of one field of a parsed month (as `parseMonth` read it): what its cell shows beside it. */
export const readingOf = (actuals: MonthActuals, field: ActualField): Reading =>
  figureAt(actuals, field) ?? {
    ok: false,
    problem: { code: 'notReported', field, month: actuals.month },
  };
