import { describe, expect, it } from 'vitest';
import { blendRate, INTERVAL_Z, observedConversions, PRIOR_LEADS } from './blend';
import { actualsOf, entry } from './test-review';

describe('blendRate', () => {
  // Each blended rate b comes with the interval b ± 1.28155 × √(b(1 − b) ÷ (200 + trials)).
  const half = (b: number, trials: number) =>
    INTERVAL_Z * Math.sqrt((b * (1 - b)) / (PRIOR_LEADS + trials));

  it('lets a small sample nudge the plan, not overrule it: 3 of 10 against 50 %', () => {
    // likely = (200 × 0.5 + 3) ÷ (200 + 10) = 103 ÷ 210 = 0.490476…: down one point, not to 30 %.
    // Interval: 0.490476 ± 1.28155 × √(0.490476 × 0.509524 ÷ 210) = ± 0.04421 → 0.44627 – 0.53469,
    // joined with the plan's 0.5 – 0.5.
    const blended = blendRate({ likely: 0.5 }, { trials: 10, successes: 3 });
    expect(PRIOR_LEADS).toBe(200);
    expect(blended.likely).toBeCloseTo(103 / 210, 12);
    expect(blended.low).toBeCloseTo(0.44627, 5);
    expect(blended.high).toBeCloseTo(0.53469, 5);
    // The mean a triangular draw gives, (low + likely + high) ÷ 3, stays at 49 %.
    expect((blended.low! + blended.likely + blended.high!) / 3).toBeCloseTo(0.4905, 3);
  });

  it('lets a large sample lead: 300 of 1,000 against 50 %', () => {
    // (100 + 300) ÷ 1,200 = 1/3 ± 1.28155 × √((1/3)(2/3) ÷ 1,200) = ± 0.017440 → 0.315894 – 0.350773;
    // the plan's 0.5 stays the top of the range: the data move the likely rate, never narrow the plan's.
    const blended = blendRate({ likely: 0.5 }, { trials: 1000, successes: 300 });
    expect(blended.likely).toBeCloseTo(1 / 3, 12);
    expect(blended.low).toBeCloseTo(1 / 3 - half(1 / 3, 1000), 12);
    expect(blended.low).toBeCloseTo(0.315894, 6);
    expect(blended.high).toBe(0.5);
  });

  it('keeps the plan, its range filled in, when nothing was observed', () => {
    expect(blendRate({ likely: 0.25, low: 0.2 }, { trials: 0, successes: 0 })).toEqual({
      low: 0.2,
      likely: 0.25,
      high: 0.25,
    });
  });

  it('keeps a wide plan range, and stays within 0–1', () => {
    // 10 of 10: (100 + 10) ÷ 210 = 0.52381 ± 0.04416: inside the plan's 0.4 – 0.6.
    expect(blendRate({ low: 0.4, likely: 0.5, high: 0.6 }, { trials: 10, successes: 10 })).toEqual({
      low: 0.4,
      likely: 110 / 210,
      high: 0.6,
    });
    // A plan of 100 % and everything converting: no room above 1.
    expect(blendRate({ likely: 1 }, { trials: 50, successes: 50 })).toEqual({
      low: 1,
      likely: 1,
      high: 1,
    });
    // A plan of 0.5 % and nothing converting in 5,000: (1 + 0) ÷ 5,200, its interval clipped at 0.
    const rare = blendRate({ likely: 0.005 }, { trials: 5_000, successes: 0 });
    expect(rare.likely).toBeCloseTo(1 / 5_200, 12);
    expect(rare.low).toBe(0);
  });

  it('narrows its own interval as the observations grow', () => {
    const width = (trials: number) => {
      const b = blendRate({ likely: 0.3 }, { trials, successes: trials * 0.3 });
      return b.high! - b.low!;
    };
    expect(width(10)).toBeGreaterThan(width(100));
    expect(width(100)).toBeGreaterThan(width(10_000));
  });
});

describe('observedConversions', () => {
  it('sums same-month conversions over months where both stages are in', () => {
    const months = actualsOf(
      ['2027-01', '2027-02', '2027-03'],
      [
        entry({ stages: ['100', '40', '10'] }),
        entry({ stages: ['50', '', '5'] }), // MQLs blank: neither step of this month counts
        entry({ stages: ['10', '12', '3'] }), // 12 MQLs from 10 leads: counted as 10 of 10
      ],
      3,
    );
    // Lead → MQL: 40 of 100 + 10 of 10 = 50 of 110. MQL → SQL: 10 of 40 + 3 of 12 = 13 of 52.
    expect(observedConversions(months, 2)).toEqual([
      { trials: 110, successes: 50 },
      { trials: 52, successes: 13 },
    ]);
  });
});
