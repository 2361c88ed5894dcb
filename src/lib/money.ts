/**
 * Money held to the currency's minor unit (cents; whole yen), the way Intl shows it: amounts are
 * rounded on their decimal digits as written (1.005 → 1.01), half away from zero, never to −0.
 * Binary arithmetic alone gives 0.3 − 0.1 = 0.19999999999999998 and 1.005 × 100 = 100.49999….
 */

/** `value` in minor units (`digits` decimals: 2 for USD, 0 for JPY), as an integer; never −0. */
export function toMinorUnits(value: number, digits: number): number {
  // Shift the decimal point in the number's own written form, not by a multiplication.
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const minor = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  return (value < 0 ? -minor : minor) + 0;
}

/**
 * actual − planned to the minor unit: the difference of the two amounts as they are shown, so
 * "$2.00 against $1.01" is +$0.99. Past the integers a double holds exactly (about 9 × 10^13 in
 * cents) the cents are noise, and the difference is rounded as a whole instead.
 */
export function moneyDifference(planned: number, actual: number, digits: number): number {
  const a = toMinorUnits(actual, digits);
  const p = toMinorUnits(planned, digits);
  const minor = Number.isSafeInteger(a) && Number.isSafeInteger(p) ? a - p : toMinorUnits(actual - planned, digits);
  return minor / 10 ** digits + 0;
}

/**
 * An amount as a field or a file's cell holds it: plain digits, no grouping, at most the
 * currency's `digits` decimals (3 for BHD, 0 for KRW), rounded as written; never "-0".
 */
export function plainAmount(value: number, digits: number): string {
  return String(toMinorUnits(value, digits) / 10 ** digits);
}
