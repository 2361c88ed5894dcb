import type { Problem, ProblemCode } from '../problem';

/**
 * Why a figure of the monthly review cannot be shown: the workbook's problem codes plus the
 * review's own. Kept here rather than in problem.ts so the funnel and calculators keep their
 * closed list; the UI maps every code to `problem.<code>` as it does for the others.
 */
export type ReviewProblemCode =
  | ProblemCode
  /** Text longer than `max` characters (a note); nothing is cut, the text is kept as typed. */
  | 'tooLong'
  /** Nothing entered for this month or field: not reported, which is never read as 0. */
  | 'notReported'
  /** An amount marked in another currency than the workbook's: `sign`, `currencies`, `expected`. */
  | 'otherCurrency'
  /** A commitment the draft does not state in a form that can be measured (see `field`). */
  | 'notMeasurable'
  /** A later stage counts more than the stage above it: allowed, but worth a second look. */
  | 'unusual'
  /** A pasted row has more cells than the table has columns left: `row`, `column` (cells found), `max` (columns left). */
  | 'pasteColumns'
  /** A pasted row has another number of cells than the block's first: `row`, `column` (cells found), `max` (the first row's). */
  | 'pasteRagged'
  /** A pasted block has more rows than the table has left below the cell: `row`, `max`. */
  | 'pasteRows'
  /** A pasted block's first row is the columns' names (words, no figure, over rows of figures): `row` 1. */
  | 'pasteHeader'
  /** Every remaining month's leads should have arrived already: no lead bought now closes in the period. */
  | 'outOfReach'
  /** No new lead is needed: the revenue target is already reached. */
  | 'targetReached'
  /** No new lead is needed: the leads entered as already in the funnel should bring what is still needed. */
  | 'coveredByPipeline'
  /** No funnel scenario (or no SLA draft, with `field: 'draft'`) to review against. */
  | 'nothingToReview';

export interface ReviewProblem extends Omit<Problem, 'code'> {
  code: ReviewProblemCode;
  /** The month the problem is about, "yyyy-mm". */
  month?: string;
  /** 1-based row and column of a pasted block. */
  row?: number;
  column?: number;
  /** For 'otherCurrency': the sign as typed, the currencies it may stand for, the workbook's currency. */
  sign?: string;
  currencies?: string[];
  expected?: string;
  /** For 'notMeasurable': why the draft's text could not be read ('notANumber', 'negative', …). */
  reason?: ProblemCode;
}

export type ReviewOutcome<T> = { ok: true; value: T } | { ok: false; problem: ReviewProblem };

export const reviewFail = (
  code: ReviewProblemCode,
  extra: Omit<ReviewProblem, 'code'> = {},
): ReviewOutcome<never> => ({ ok: false, problem: { code, ...extra } });
