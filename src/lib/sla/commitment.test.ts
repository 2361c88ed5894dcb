import { describe, expect, it } from 'vitest';
import { cumulativeTargets, monthlyTargets, wholeCommitment } from './commitment';

describe('commitments in whole leads', () => {
  it('spread 1,000 MQLs over 12 months cumulatively, never behind the plan’s pace', () => {
    // 1,000 ÷ 12 = 83.33 a month; by the end of month m: ⌈83.33 × m⌉.
    expect(cumulativeTargets(1000, 12)).toEqual([84, 167, 250, 334, 417, 500, 584, 667, 750, 834, 917, 1000]);
    expect(monthlyTargets(1000, 12)).toEqual([84, 83, 83, 84, 83, 83, 84, 83, 83, 84, 83, 83]);
    expect(monthlyTargets(1000, 12).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it.each([
    [1200, 12, 100],
    [7, 3, 3],
    [0, 6, 0],
    [5, 1, 5],
  ])('%d over %d months: the split adds up, each month whole, the first the largest (%d)', (total, months, first) => {
    const split = monthlyTargets(total, months);
    expect(split).toHaveLength(months);
    expect(split.reduce((a, b) => a + b, 0)).toBe(total);
    expect(split.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    expect(split[0]).toBe(first);
    expect(Math.max(...split)).toBe(first);
    expect(cumulativeTargets(total, months).at(-1)).toBe(total);
  });

  it('states a linked plan in whole leads, with the period total', () => {
    // The default plan: 1,000 MQLs and 400 SQLs over 12 months, 8 reps, room for 1,066.7 MQLs a month.
    expect(
      wholeCommitment({ mqlsPerMonth: 1000 / 12, sqlsPerMonth: 400 / 12, reps: 8, maxMqlsPerMonth: 1066.67, months: 12, mqlsTotal: 1000, sqlsTotal: 400 }),
    ).toEqual({
      mqlsTotal: 1000,
      sqlsTotal: 400,
      months: 12,
      cumulative: [84, 167, 250, 334, 417, 500, 584, 667, 750, 834, 917, 1000],
      mqlsPerMonth: 84, // ⌈83.33⌉
      sqlsPerMonth: 34, // ⌈33.33⌉
      mqlsPerRep: 11, // ⌈84 ÷ 8 = 10.5⌉
      sqlsPerRep: 5, // ⌈34 ÷ 8 = 4.25⌉
      maxMqlsPerMonth: 1066,
    });
  });

  it('ignores float noise and keeps links made before totals were kept', () => {
    // (0.1 + 0.2) × 1,000 ÷ 3 = 100.00000000000001 in floating point: 100 MQLs, not 101.
    expect(wholeCommitment({ mqlsPerMonth: ((0.1 + 0.2) * 1000) / 3, sqlsPerMonth: 25, reps: 4, maxMqlsPerMonth: 130 })).toEqual({
      mqlsTotal: null,
      sqlsTotal: null,
      months: null,
      cumulative: [],
      mqlsPerMonth: 100,
      sqlsPerMonth: 25,
      mqlsPerRep: 25,
      sqlsPerRep: 7, // ⌈6.25⌉
      maxMqlsPerMonth: 130,
    });
  });

  it('rounds up any real fraction of a lead, however large the plan', () => {
    // 24,000,000,001 MQLs over 12 months is 2,000,000,000.08 a month: the commitment is
    // 2,000,000,001, and ⌈2,000,000,001 ÷ 3 reps = 666,666,667⌉.
    const whole = wholeCommitment({ mqlsPerMonth: 24_000_000_001 / 12, sqlsPerMonth: 0, reps: 3, maxMqlsPerMonth: 0 });
    expect(whole.mqlsPerMonth).toBe(2_000_000_001);
    expect(whole.mqlsPerRep).toBe(666_666_667);
  });
});
