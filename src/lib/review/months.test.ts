import { describe, expect, it } from 'vitest';
import { addMonths, isDue, monthOrdinal, monthsBetween, periodMonths } from './months';

describe('month arithmetic', () => {
  it.each([
    ['2026-11', 3, '2027-02'],
    ['2027-01', -1, '2026-12'],
    ['2027-01', 0, '2027-01'],
    ['2027-12', 13, '2029-01'],
  ])('%s + %i months is %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
    expect(monthsBetween(from, to)).toBe(n);
  });

  it.each(['', '2027-13', '2027-00', '27-01', '2027-1', '2027-01-5', 'abc'])(
    '%j is not a month',
    (key) => {
      expect(monthOrdinal(key)).toBeNull();
    },
  );

  it('reads the month of a date', () => {
    expect(monthOrdinal('2027-03-31')).toBe(monthOrdinal('2027-03'));
  });
});

describe('periodMonths', () => {
  it('lists the months from the period start, across a year end', () => {
    expect(periodMonths('2026-11', 4)).toEqual({
      ok: true,
      value: ['2026-11', '2026-12', '2027-01', '2027-02'],
    });
  });

  it('says when the period start is not set, or not a month', () => {
    expect(periodMonths('', 12)).toEqual({
      ok: false,
      problem: { code: 'empty', field: 'periodStart' },
    });
    expect(periodMonths('2027-13', 12)).toMatchObject({
      ok: false,
      problem: { code: 'notANumber' },
    });
  });
});

describe('isDue: a month is due once it has begun', () => {
  it.each([
    ['2027-03', '2027-03-01', true], // the current month is due (entered as it goes)
    ['2027-03', '2027-03-31', true],
    ['2027-02', '2027-03-15', true],
    ['2027-04', '2027-03-31', false], // after today: not yet due
    ['2026-12', '2027-01', true],
    ['2027-01', 'not a date', false],
  ])('%s on %s: %s', (month, today, due) => {
    expect(isDue(month, today)).toBe(due);
  });
});
