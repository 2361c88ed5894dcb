/**
 * Why a figure cannot be shown. Every pure function that turns user input into a figure
 * returns one of these instead of NaN, Infinity or a throw; the UI maps `code` to a localized
 * message (`problem.<code>` in the dictionaries) with `field`, `min` and `max` filled in.
 */
export type ProblemCode =
  /** Nothing was entered. */
  | 'empty'
  /** The text is not a number ("abc", "1.2.3"). */
  | 'notANumber'
  /** Larger than any figure this workbook can mean (also "1e309"). */
  | 'tooLarge'
  /** A negative number where only zero or more makes sense. */
  | 'negative'
  /** A fraction where only whole numbers make sense (a count of leads). */
  | 'notWhole'
  /** Outside [min, max] (a percentage above 100, a period of 0 months). */
  | 'outOfRange'
  /** A figure divides by this input and it is zero ("needs at least one lead"). */
  | 'zeroDenominator'
  /** Two inputs contradict each other (more MQLs than leads, lost more than you had). */
  | 'inconsistent'
  /** A list needs at least one row. */
  | 'noRows';

export interface Problem {
  code: ProblemCode;
  /** The input the problem is about, by its id, when there is one. */
  field?: string;
  min?: number;
  max?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (code: ProblemCode, extra: Omit<Problem, 'code'> = {}): Outcome<never> => ({
  ok: false,
  problem: { code, ...extra },
});

/** A number that is safe to show: finite. Guards the last step of every formula. */
export function finite(value: number, field?: string): Outcome<number> {
  return Number.isFinite(value) ? ok(value) : fail('tooLarge', field ? { field } : {});
}
