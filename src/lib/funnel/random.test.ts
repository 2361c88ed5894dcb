import { describe, expect, it } from 'vitest';
import { binomial, normalSource, sfc32, triangular } from './random';

const draws = (seed: number, n: number) => Array.from({ length: n }, sfc32(seed));

describe('sfc32', () => {
  it('gives the same stream for the same seed and another for another', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('draws in [0, 1) with a mean near ½', () => {
    const values = draws(7, 100_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 2);
  });

  it('treats seeds as 32-bit unsigned integers', () => {
    expect(draws(-1, 5)).toEqual(draws(0xffffffff, 5));
  });
});

describe('triangular', () => {
  it.each([
    [0, 0.1, 0.2, 0.3, 0.1],
    [1, 0.1, 0.2, 0.3, 0.3],
    [0.5, 0.1, 0.2, 0.3, 0.2],
    [0.3, 0.25, 0.25, 0.25, 0.25],
  ])('inverts the CDF: u = %d on (%d, %d, %d) → %d', (u, low, likely, high, value) => {
    expect(triangular(u, low, likely, high)).toBeCloseTo(value, 12);
  });

  it('has the mean (low + likely + high) ÷ 3', () => {
    const uniform = sfc32(3);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += triangular(uniform(), 0.1, 0.2, 0.6);
    expect(sum / 100_000).toBeCloseTo(0.3, 2);
  });
});

describe('binomial', () => {
  it.each([
    [10, 0.3, 'inversion'],
    [40, 0.9, 'inversion, flipped'],
    [1000, 0.5, 'normal approximation'],
    [250_000, 0.01, 'normal approximation'],
  ])('Binomial(%d, %d) by %s has mean n·p and variance n·p·(1 − p)', (n, p) => {
    const uniform = sfc32(11);
    const normal = normalSource(uniform);
    const k = Array.from({ length: 40_000 }, () => binomial(n, p, uniform, normal));
    const mean = k.reduce((a, b) => a + b, 0) / k.length;
    const variance = k.reduce((a, b) => a + (b - mean) ** 2, 0) / k.length;
    expect(mean / (n * p)).toBeCloseTo(1, 2);
    expect(variance / (n * p * (1 - p))).toBeCloseTo(1, 1);
    expect(k.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
  });

  it.each([
    [0, 0.5, 0],
    [10, 0, 0],
    [10, 1, 10],
  ])('Binomial(%d, %d) is always %d', (n, p, k) => {
    const uniform = sfc32(1);
    expect(binomial(n, p, uniform, normalSource(uniform))).toBe(k);
  });
});
