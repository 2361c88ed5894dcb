import { describe, expect, it } from 'vitest';
import {
  bookings,
  DAYS_PER_MONTH,
  salesGrowth,
  salesVelocity,
  targetAttainment,
  winRate,
} from './sales';

describe('salesGrowth', () => {
  it.each([
    // 92 000 − 80 000 = 12 000; 12 000 ÷ 80 000 × 100 = 15
    [80000, 92000, 12000, 15],
    // 45 000 − 50 000 = −5 000; −5 000 ÷ 50 000 × 100 = −10
    [50000, 45000, -5000, -10],
    // 0 − 10 000 = −10 000; −10 000 ÷ 10 000 × 100 = −100: no sales this month
    [10000, 0, -10000, -100],
  ])('from %d to %d', (previous, current, change, growth) => {
    expect(salesGrowth(previous, current)).toEqual({ ok: true, value: { change, growth } });
  });

  it('cannot grow from nothing', () => {
    expect(salesGrowth(0, 5000)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'previous' },
    });
  });
});

describe('bookings', () => {
  it.each([
    // 24 000 + 18 000 + 6 000 = 48 000 over 3 deals; 48 000 ÷ 3 = 16 000
    [[24000, 18000, 6000], 3, 48000, 16000],
    // one deal of 7 500
    [[7500], 1, 7500, 7500],
  ])('%j', (values, count, total, average) => {
    expect(bookings(values)).toEqual({ ok: true, value: { count, total, average } });
  });

  it('needs at least one deal', () => {
    expect(bookings([])).toEqual({ ok: false, problem: { code: 'noRows', field: 'deals' } });
  });
});

describe('targetAttainment', () => {
  it.each([
    // 180 000 ÷ 300 000 × 100 = 60; gap 300 000 − 180 000 = 120 000; so far 180 000 ÷ 60 = 3 000 a day;
    // 90 − 60 = 30 days left; needed 120 000 ÷ 30 = 4 000 a day; projected 3 000 × 90 = 270 000
    [
      300000,
      180000,
      90,
      60,
      {
        attainment: 60,
        gap: 120000,
        runRateSoFar: 3000,
        remainingDays: 30,
        runRateNeeded: 4000,
        projected: 270000,
      },
    ],
    // target met early: 110 000 ÷ 100 000 × 100 = 110; gap 0, nothing more needed;
    // 110 000 ÷ 20 = 5 500 a day; 30 − 20 = 10 left; projected 5 500 × 30 = 165 000
    [
      100000,
      110000,
      30,
      20,
      {
        attainment: 110,
        gap: 0,
        runRateSoFar: 5500,
        remainingDays: 10,
        runRateNeeded: 0,
        projected: 165000,
      },
    ],
    // period over, target met exactly: 50 000 ÷ 50 000 × 100 = 100; 50 000 ÷ 31 = 1 612.9… a day
    [
      50000,
      50000,
      31,
      31,
      {
        attainment: 100,
        gap: 0,
        runRateSoFar: 50000 / 31,
        remainingDays: 0,
        runRateNeeded: 0,
        projected: 50000,
      },
    ],
  ])(
    'target %d, achieved %d, day %d of %d',
    (target, achieved, periodDays, elapsedDays, expected) => {
      const result = targetAttainment(target, achieved, periodDays, elapsedDays);
      expect(result.ok).toBe(true);
      if (result.ok)
        for (const [id, value] of Object.entries(expected))
          expect(result.value[id as keyof typeof expected]).toBeCloseTo(value, 9);
    },
  );

  it.each([
    // no target to measure against
    [0, 100, 30, 10, 'zeroDenominator', 'target'],
    // no day has passed yet: no pace so far
    [1000, 0, 30, 0, 'zeroDenominator', 'elapsedDays'],
    // period over with 400 still missing: no run rate can close it
    [1000, 600, 30, 30, 'zeroDenominator', 'elapsedDays'],
  ])(
    'target %d, achieved %d, period %d, elapsed %d: %s on %s',
    (target, achieved, periodDays, elapsedDays, code, field) => {
      expect(targetAttainment(target, achieved, periodDays, elapsedDays)).toEqual({
        ok: false,
        problem: { code, field },
      });
    },
  );

  it('refuses day 40 of a 30-day period: days elapsed are at most the days in it, both figures given', () => {
    expect(targetAttainment(1000, 100, 30, 40)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'elapsedDays',
        value: 40,
        relation: 'atMost',
        other: 'periodDays',
        limit: 30,
      },
    });
  });
});

describe('winRate', () => {
  it.each([
    // 18 ÷ (18 + 42) × 100 = 30
    [18, 42, 60, 30],
    // 5 ÷ (5 + 0) × 100 = 100
    [5, 0, 5, 100],
    // 0 ÷ (0 + 7) × 100 = 0
    [0, 7, 7, 0],
  ])('%d won, %d lost', (won, lost, decided, rate) => {
    expect(winRate(won, lost)).toEqual({ ok: true, value: { decided, winRate: rate } });
  });

  it('needs at least one decided deal', () => {
    expect(winRate(0, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'won' },
    });
  });
});

describe('salesVelocity', () => {
  it('uses the average month of 365.25 ÷ 12 days', () => {
    expect(DAYS_PER_MONTH).toBe(30.4375);
  });

  it.each([
    // 40 × 12 000 × 25 % ÷ 60 = 2 000 a day; 2 000 × 30.4375 = 60 875 a month
    [40, 12000, 25, 60, 2000, 60875],
    // 10 × 5 000 × 50 % ÷ 20 = 1 250 a day; 1 250 × 30.4375 = 38 046.875 a month
    [10, 5000, 50, 20, 1250, 38046.875],
    // no open opportunities: 0 × 9 000 × 30 % ÷ 45 = 0
    [0, 9000, 30, 45, 0, 0],
  ])(
    '%d opportunities of %d at %d % over %d days',
    (opportunities, dealSize, rate, cycleDays, perDay, perMonth) => {
      expect(salesVelocity(opportunities, dealSize, rate, cycleDays)).toEqual({
        ok: true,
        value: { perDay, perMonth },
      });
    },
  );

  it('needs a sales cycle longer than zero days', () => {
    expect(salesVelocity(10, 1000, 20, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'cycleDays' },
    });
  });
});
