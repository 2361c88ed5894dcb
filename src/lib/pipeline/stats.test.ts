import { describe, expect, it } from 'vitest';
import { percentile, sortNumbers, spread, Values } from './stats';

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

describe('sortNumbers', () => {
  /** The platform's order, which sortNumbers must give back exactly (−0 before 0, NaN last). */
  const platform = (values: number[]) => [...new Float64Array(values).sort()];
  const sorted = (values: number[]) => {
    const array = new Float64Array(values);
    sortNumbers(array);
    return [...array];
  };
  let seed = 3;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  it('sorts whole numbers over a small span by counting, as the platform would', () => {
    const days = Array.from({ length: 5000 }, () => Math.floor(random() * 120));
    expect(sorted(days)).toEqual(platform(days));
    const negative = Array.from({ length: 500 }, () => Math.floor(random() * 200) - 100);
    expect(sorted(negative)).toEqual(platform(negative));
  });

  it('leaves fractions, −0, NaN, huge spans and short arrays to the platform', () => {
    const cases = [
      Array.from({ length: 300 }, () => random() * 1000),
      [...Array.from({ length: 300 }, () => Math.floor(random() * 10)), -0, 0, -0],
      [...Array.from({ length: 300 }, () => Math.floor(random() * 10)), Number.NaN],
      Array.from({ length: 300 }, () => Math.floor(random() * 1e9)),
      [3, 1, 2],
    ];
    for (const values of cases) expect(sorted(values).map((v) => Object.is(v, -0) ? '-0' : v)).toEqual(platform(values).map((v) => Object.is(v, -0) ? '-0' : v));
  });
});
