import { parseNumber, type NumberRule } from '../number';
import { leadGrades, type LeadGrade } from '../sla/draft';
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
  /** Anything entered (valid or not) in any figure; a note alone does not report a month. */
  reported: boolean;
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
): MonthActuals {
  const e = entry ?? emptyMonth();
  const problems: ReviewProblem[] = [];
  let reported = false;
  const read = (field: string, raw: string | undefined, rule: NumberRule): Reading => {
    if (raw === undefined || raw.trim() === '')
      return { ok: false, problem: { code: 'notReported', field, month } };
    reported = true;
    const parsed = parseNumber(raw, rule);
    if (parsed.ok) return parsed;
    const problem: ReviewProblem = { ...parsed.problem, field, month };
    problems.push(problem);
    return { ok: false, problem };
  };

  const stages = Array.from({ length: stageCount }, (_, i) =>
    read(`stages.${i}`, e.stages[i], rules.count),
  );
  const revenue = read('revenue', e.revenue, rules.money);
  const spend = read('spend', e.spend, rules.money);
  const firstResponse = Object.fromEntries(
    leadGrades.map((g) => [
      g,
      read(`sla.firstResponse.${g}`, e.sla.firstResponse[g], rules.percent),
    ]),
  ) as Record<LeadGrade, Reading>;
  const sla: SlaReadings = {
    mqlsDelivered: read('sla.mqlsDelivered', e.sla.mqlsDelivered, rules.count),
    firstResponse,
    attempts: read('sla.attempts', e.sla.attempts, rules.average),
    sqlAcceptance: read('sla.sqlAcceptance', e.sla.sqlAcceptance, rules.percent),
    recycledHandled: read('sla.recycledHandled', e.sla.recycledHandled, rules.percent),
    handoverHours: read('sla.handoverHours', e.sla.handoverHours, rules.average),
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

  return { month, reported, stages, revenue, spend, sla, problems, warnings };
}
