import { describe, expect, it } from 'vitest';
import { percentile, spread, Values } from './stats';

describe('percentile', () => {
  // [10, 20, 30, 40]: h = 3 × 0.5 = 1.5 → 20 + 0.5 × 10 = 25; P10: h = 0.3 → 10 + 0.3 × 10 = 13; P90: h = 2.7 → 30 + 0.7 × 10 = 37.
  it.each([
    [0.5, 25],
    [0.1, 13],
    [0.9, 37],
    [0, 10],
    [1, 40],
  ])('P%s of 10, 20, 30, 40 is %d', (p, expected) => {
    expect(percentile([10, 20, 30, 40], p)).toBeCloseTo(expected, 10);
  });

  it('is the value itself for one value and nothing for none', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('spread', () => {
  it('sorts, then reads the mean and percentiles', () => {
    // 5, 1, 3 → sorted 1, 3, 5; mean 3; median 3; P10: h = 0.2 → 1.4; P90: h = 1.8 → 4.6.
    const result = spread(new Float64Array([5, 1, 3]));
    expect(result.count).toBe(3);
    expect(result.mean).toBe(3);
    expect(result.median).toBe(3);
    expect(result.p10).toBeCloseTo(1.4, 10);
    expect(result.p90).toBeCloseTo(4.6, 10);
  });

  it('says nothing rather than NaN for no values', () => {
    expect(spread(new Float64Array())).toEqual({ count: 0, mean: null, p10: null, median: null, p90: null });
  });
});

describe('Values', () => {
  it('grows past its first capacity and keeps every value in order', () => {
    const values = new Values(2);
    for (let i = 0; i < 5; i++) values.push(i);
    expect([...values.toArray()]).toEqual([0, 1, 2, 3, 4]);
    expect(values.at(3)).toBe(3);
  });
});
