import { describe, expect, it } from 'vitest';
import { marginsDiffer, profitMargins } from './margin';

describe('profitMargins', () => {
  it.each([
    // totals 120 000 + 30 000 = 150 000 and 30 000 + 15 000 = 45 000; weighted 45 000 ÷ 150 000 × 100 = 30;
    // lines 30 000 ÷ 120 000 = 25 % and 15 000 ÷ 30 000 = 50 %; mean (25 + 50) ÷ 2 = 37.5
    [
      [
        { revenue: 120000, profit: 30000 },
        { revenue: 30000, profit: 15000 },
      ],
      {
        lineCount: 2,
        totalRevenue: 150000,
        totalProfit: 45000,
        weightedMargin: 30,
        meanMargin: 37.5,
        lineMargins: [25, 50],
      },
    ],
    // equal lines give equal averages: (20 % + 20 %) ÷ 2 = 20 = 2 000 ÷ 10 000
    [
      [
        { revenue: 5000, profit: 1000 },
        { revenue: 5000, profit: 1000 },
      ],
      {
        lineCount: 2,
        totalRevenue: 10000,
        totalProfit: 2000,
        weightedMargin: 20,
        meanMargin: 20,
        lineMargins: [20, 20],
      },
    ],
    // a loss-making line: totals 10 000 + 10 000 = 20 000 and 4 000 − 6 000 = −2 000; weighted −2 000 ÷ 20 000 × 100 = −10;
    // lines 40 % and −60 %; mean (40 − 60) ÷ 2 = −10
    [
      [
        { revenue: 10000, profit: 4000 },
        { revenue: 10000, profit: -6000 },
      ],
      {
        lineCount: 2,
        totalRevenue: 20000,
        totalProfit: -2000,
        weightedMargin: -10,
        meanMargin: -10,
        lineMargins: [40, -60],
      },
    ],
  ])('%j', (lines, expected) => {
    expect(profitMargins(lines)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], 'noRows', 'lines'],
    // the second line has no revenue to take a margin of
    [
      [
        { revenue: 100, profit: 10 },
        { revenue: 0, profit: 0 },
      ],
      'zeroDenominator',
      'lines.1.revenue',
    ],
  ])('%j: %s on %s', (lines, code, field) => {
    expect(profitMargins(lines)).toEqual({ ok: false, problem: { code, field } });
  });

  it("refuses a profit above its line's revenue, with both figures of that line", () => {
    // line 2: 120 profit on 100 revenue would need negative costs
    const lines = [
      { revenue: 500, profit: 50 },
      { revenue: 100, profit: 120 },
    ];
    expect(profitMargins(lines)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'lines.1.profit',
        value: 120,
        relation: 'atMost',
        other: 'lines.1.revenue',
        limit: 100,
      },
    });
  });
});

describe('marginsDiffer', () => {
  it.each([
    [30, 37.5, true],
    [20, 20, false],
    // 0.04 points apart: the same figure once rounded to one decimal
    [20, 20.04, false],
    [20, 20.06, true],
    [-10, -9.9, true],
  ])('%d % and %d %: %s', (weighted, mean, differ) => {
    expect(marginsDiffer(weighted, mean)).toBe(differ);
  });
});
