/**
 * How far above a whole number a computed count may sit and still be that number. The error a
 * chain of a few float operations leaves is a few units in the last place of x: 64 ε |x| covers a
 * dozen roundings with room to spare ((0.1 + 0.2) ÷ 0.1 is 4.4 × 10^-16 above 3, and 64 ε × 3 is
 * 4.3 × 10^-14). A fixed share of x would not do: a billionth of 4 × 10^10 is 40 whole deals.
 */
const NOISE = 64 * Number.EPSILON;

/**
 * The allowance stops at a thousandth of a whole, which 64 ε |x| reaches at 2^36 ≈ 7 × 10^10
 * (and half a whole at 3.5 × 10^13, where every fraction would pass for noise). Above that, noise
 * larger than a thousandth gives one too many, never one too few.
 */
const MAX_NOISE = 2 ** -10;

/**
 * ⌈x⌉ that ignores binary noise: (0.1 + 0.2) ÷ 0.1 is 3.0000000000000004 in floating point and
 * must need 3 leads, not 4, while a real fraction (a thousandth of a lead at 2,000,000.001, a
 * sixth of a deal at 41,666,666,647.17) still rounds up: ⌈x − the allowance⌉, the allowance
 * always below one.
 */
export function ceilWhole(x: number): number {
  return Math.ceil(x - Math.min(NOISE * Math.abs(x), MAX_NOISE));
}
