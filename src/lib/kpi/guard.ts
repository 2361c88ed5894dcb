import { fail, finite, ok, type Outcome } from '../problem';

/** `numerator ÷ denominator`, or why not: a zero denominator is named by its input id. */
export function divide(numerator: number, denominator: number, field: string): Outcome<number> {
  if (denominator === 0) return fail('zeroDenominator', { field });
  return finite(numerator / denominator);
}

/**
 * Passes a formula's figures only when every one is finite, so no NaN or Infinity ever
 * reaches the page (a product of two huge inputs overflows to Infinity).
 */
export function allFinite<T extends Record<string, number>>(values: T): Outcome<T> {
  for (const value of Object.values(values)) {
    const checked = finite(value);
    if (!checked.ok) return checked;
  }
  return ok(values);
}

/** The sum of a list, in order. */
export const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

/** Applies `f` to a good outcome's value; passes a problem through untouched. */
export function map<T, U>(outcome: Outcome<T>, f: (value: T) => U): Outcome<U> {
  return outcome.ok ? ok(f(outcome.value)) : outcome;
}
