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
  /**
   * Two inputs contradict each other (more MQLs than leads, lost more than you had): `relation`
   * says how, `other` names the input `field` is held against.
   */
  | 'inconsistent'
  /** A list needs at least one row. */
  | 'noRows';

/**
 * How an input must stand against another, which an 'inconsistent' problem says it does not. The
 * UI says it with `problem.<relation>` in place of `problem.inconsistent`.
 */
export type Relation =
  /** `field` ≤ `other`: no more MQLs than leads. */
  | 'atMost'
  /** `field` ≥ `other`: a range's high no lower than its likely value. */
  | 'atLeast'
  /** `field` ≤ `other` + `plus`: no more customers at the end than at the start plus new ones. */
  | 'atMostSum'
  /** `field` picks a row of the list `other` (an opportunity's stage), and that row is gone. */
  | 'oneOf';

export interface Problem {
  code: ProblemCode;
  /** The input the problem is about, by its id, when there is one. */
  field?: string;
  min?: number;
  max?: number;
  /** For 'inconsistent': how `field` must stand against `other`. */
  relation?: Relation;
  /** For 'inconsistent': the input, by its id, that `field` contradicts. */
  other?: string;
  /** For 'atMostSum': the input added to `other`. */
  plus?: string;
  /** For 'inconsistent' between figures: `field`'s figure and the bound the other sets, as read. */
  value?: number;
  limit?: number;
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
