import { describe, expect, it } from 'vitest';
import { countSpread, histogram, quantile, spread } from './distribution';

describe('quantile and spread', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110], 0.1, 20],
    [[5], 0.9, 5],
    [[], 0.5, 0],
  ])('quantile(%j, %d) = %d', (sorted, q, value) => {
    expect(quantile(sorted, q)).toBe(value);
  });

  it('gives 0 for no values, never NaN', () => {
    expect(spread([])).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0 });
  });

  it('gives whole percentiles of whole counts, and the exact mean', () => {
    // Deals over four trials: 48, 49, 50, 52. P10 at position 0.3: 48 + 0.3 = 48.3 → 48;
    // P50 at 1.5: 49.5 → 50; P90 at 2.7: 50 + 2 × 0.7 = 51.4 → 51; mean 199 ÷ 4 = 49.75.
    expect(spread([48, 49, 50, 52])).toEqual({ p10: 48.3, p50: 49.5, p90: expect.closeTo(51.4, 9), mean: 49.75 });
    expect(countSpread([48, 49, 50, 52])).toEqual({ p10: 48, p50: 50, p90: 51, mean: 49.75 });
  });
});

describe('histogram', () => {
  it('spreads values over equal bins, the last bin holding the maximum', () => {
    const bins = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
    expect(bins[0]).toEqual({ from: 0, to: 2, count: 2 });
    expect(bins.at(-1)!.to).toBe(10);
  });

  it('puts whole units in each bin so none falls between two deal counts', () => {
    // Revenue of 30–40 deals at 24,000: 11 deal counts in at most 5 bins → 3 deals a bin, 4 bins.
    const values = Array.from({ length: 11 }, (_, i) => (30 + i) * 24_000);
    const bins = histogram(values, 5, 24_000);
    expect(bins.map((b) => b.count)).toEqual([3, 3, 3, 2]);
    expect(bins[0]).toEqual({ from: 29.5 * 24_000, to: 32.5 * 24_000, count: 3 });
  });

  it('gives one bin when every value is the same', () => {
    expect(histogram([7, 7, 7], 10)).toEqual([{ from: 7, to: 7, count: 3 }]);
    expect(histogram([48_000, 48_000], 10, 24_000)).toEqual([
      { from: 36_000, to: 60_000, count: 2 },
    ]);
    expect(histogram([], 10)).toEqual([]);
  });
});
