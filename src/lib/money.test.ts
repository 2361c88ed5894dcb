import { describe, expect, it } from 'vitest';
import { moneyDifference, plainAmount, toMinorUnits } from './money';

describe('toMinorUnits', () => {
  it.each([
    // value, digits → minor units, rounded half away from zero on the decimal digits as written
    [1.005, 2, 101], // 1.005 × 100 is 100.49999… in binary; as written it is 100.5 → 101
    [-1.005, 2, -101],
    [0.1 + 0.2, 2, 30],
    [19.999, 2, 2000],
    [1234.5, 0, 1235], // JPY: whole yen
    [-0.004, 2, 0],
    [8333.333333333334, 2, 833333],
    [1e-7, 2, 0],
  ])('%d with %d decimals → %d', (value, digits, minor) => {
    expect(toMinorUnits(value, digits)).toBe(minor);
  });

  it('never gives −0', () => {
    expect(Object.is(toMinorUnits(-0.004, 2), 0)).toBe(true);
    expect(Object.is(toMinorUnits(-0, 2), 0)).toBe(true);
  });
});

describe('moneyDifference', () => {
  it.each([
    // planned, actual, digits → actual − planned to the cent, as the two figures are shown
    [0.1, 0.3, 2, 0.2], // not 0.19999999999999998
    [20_000.1, 20_000.3, 2, 0.2], // not 0.2000000000007276
    [1_234_567.88, 1_234_567.89, 2, 0.01], // not 0.010000000009313226
    [1.005, 2, 2, 0.99], // plan shown as 1.01: 2.00 − 1.01, not 0.995 shown as 1.00
    [100, 80, 2, -20],
    [8333.333333333334, 8000, 2, -333.33], // a monthly plan of 100,000 ÷ 12
    [1000.5, 1000, 0, -1], // yen: the plan shown as ¥1,001, the actual ¥1,000
    [1000.4, 1000, 0, 0], // yen: both shown as ¥1,000
  ])('plan %d, actual %d (%d decimals): %d', (planned, actual, digits, difference) => {
    expect(moneyDifference(planned, actual, digits)).toBe(difference);
  });

  it('is 0, never −0, when the two round to the same minor unit', () => {
    expect(Object.is(moneyDifference(100.004, 100.001, 2), 0)).toBe(true);
    expect(Object.is(moneyDifference(5, 5, 2), 0)).toBe(true);
  });

  it('stays a rounded figure beyond the integers doubles hold exactly (10^15 and more)', () => {
    expect(moneyDifference(1e15, 96_000, 2)).toBe(96_000 - 1e15);
    expect(Number.isFinite(moneyDifference(1e300, -1e300, 2))).toBe(true);
  });
});

describe('plainAmount', () => {
  it.each([
    // value, the currency's decimals → the amount as a field or a file holds it
    [1234.5675, 3, '1234.568'], // Bahraini dinar: three decimals, rounded as written
    [1234.5, 3, '1234.5'],
    [2_999_999.5, 0, '3000000'], // won: whole won
    [1.005, 2, '1.01'],
    [20_000, 2, '20000'],
    [-0.001, 2, '0'],
  ])('%d with %d decimals → %j', (value, digits, text) => {
    expect(plainAmount(value, digits)).toBe(text);
  });
});
