import { describe, expect, it } from 'vitest';
import type { Estimate } from './model';
import { cohortLeads, createSimulation, simulate, type SimulationResult } from './simulate';
import { steps, testInput } from './test-input';

function run(...args: Parameters<typeof simulate>): SimulationResult {
  const result = simulate(...args);
  if (!result.ok) throw new Error(`no simulation: ${JSON.stringify(result.problem)}`);
  return result.value;
}

const ranged = (low: number, likely: number, high: number): Estimate => ({ low, likely, high });

describe('simulate', () => {
  it('gives exactly the same figures for the same inputs and seed', () => {
    const input = testInput({
      steps: steps([0.25, 0.4, 0.5, 0.25]).map((s) => ({
        ...s,
        rate: ranged(s.rate.likely * 0.8, s.rate.likely, s.rate.likely * 1.1),
      })),
    });
    expect(run(input, { seed: 42 })).toEqual(run(input, { seed: 42 }));
  });

  it('gives other figures for another seed, and takes the seed from the input by default', () => {
    const input = testInput({ seed: 9 });
    expect(run(input, { seed: 1 })).not.toEqual(run(input, { seed: 2 }));
    expect(run(input)).toEqual(run(input, { seed: 9 }));
  });

  it('gives the same figures run in slices as in one go', () => {
    const input = testInput({ dealSize: ranged(18_000, 24_000, 36_000) });
    const sliced = createSimulation(input, { seed: 5, trials: 10_000 });
    if (!sliced.ok) throw new Error('no simulation');
    const progress: number[] = [];
    while (!sliced.value.finished()) progress.push(sliced.value.step(3_000));
    expect(progress).toEqual([3_000, 6_000, 9_000, 10_000]);
    expect(sliced.value.result()).toEqual(run(input, { seed: 5, trials: 10_000 }));
  });

  it('gives figures part-way, and zeros (not NaN) before the first trial', () => {
    const simulation = createSimulation(testInput(), { trials: 100 });
    if (!simulation.ok) throw new Error('no simulation');
    expect(simulation.value.result()).toMatchObject({
      trials: 0,
      probabilityOfTarget: 0,
      deals: { mean: 0 },
      histogram: [],
    });
    simulation.value.step(10);
    expect(simulation.value.result().trials).toBe(10);
  });

  it('converges on the deterministic plan when nothing is uncertain (only chance noise remains)', () => {
    // 4,000 leads × 0.0125 = 50 deals, × 24,000 = 1,200,000.
    const result = run(testInput(), { seed: 2024, trials: 20_000 });
    expect(result.expected).toEqual({ deals: 50, revenue: 1_200_000 });
    expect(Math.abs(result.deals.mean / 50 - 1)).toBeLessThan(0.005);
    expect(Math.abs(result.revenue.mean / 1_200_000 - 1)).toBeLessThan(0.005);
    // Planned to the expected value, the target is a coin toss: Binomial(4,000, 1.25 %) ≥ 50.
    expect(result.probabilityOfTarget).toBeGreaterThan(0.45);
    expect(result.probabilityOfTarget).toBeLessThan(0.6);
  });

  it('converges within 2 % for symmetric triangular ranges', () => {
    const input = testInput({
      steps: steps([0.25, 0.4, 0.5, 0.25], [7, 7, 14, 30]).map((s) => ({
        ...s,
        rate: ranged(s.rate.likely * 0.8, s.rate.likely, s.rate.likely * 1.2),
      })),
      dealSize: ranged(18_000, 24_000, 30_000),
      months: 24,
    });
    const result = run(input, { seed: 7, trials: 20_000 });
    expect(Math.abs(result.deals.mean / result.expected.deals - 1)).toBeLessThan(0.02);
    expect(Math.abs(result.revenue.mean / result.expected.revenue - 1)).toBeLessThan(0.02);
  });

  it('follows the triangular mean, not the likely value, for a lopsided range', () => {
    // Deal size 20,000 / 24,000 / 40,000 averages 28,000: revenue ≈ 50 × 28,000 = 1,400,000.
    const result = run(testInput({ dealSize: ranged(20_000, 24_000, 40_000) }), {
      seed: 3,
      trials: 20_000,
    });
    expect(result.revenue.mean / 1_400_000).toBeCloseTo(1, 1);
  });

  it('orders its percentiles, keeps the probability in [0, 1] and counts every trial in the histogram', () => {
    const result = run(testInput({ dealSize: ranged(10_000, 24_000, 30_000) }), {
      seed: 11,
      trials: 5_000,
    });
    expect(result.deals.p10).toBeLessThanOrEqual(result.deals.p50);
    expect(result.deals.p50).toBeLessThanOrEqual(result.deals.p90);
    expect(result.revenue.p10).toBeLessThanOrEqual(result.revenue.p50);
    expect(result.revenue.p50).toBeLessThanOrEqual(result.revenue.p90);
    expect(result.probabilityOfTarget).toBeGreaterThanOrEqual(0);
    expect(result.probabilityOfTarget).toBeLessThanOrEqual(1);
    expect(result.histogram.reduce((n, bin) => n + bin.count, 0)).toBe(5_000);
    expect(result.histogram.length).toBeLessThanOrEqual(30);
  });

  it('is certain when every rate is 100 %', () => {
    const result = run(testInput({ target: 10, dealSize: { likely: 1 }, steps: steps([1, 1]) }), {
      trials: 50,
    });
    expect(result.deals).toEqual({ p10: 10, p50: 10, p90: 10, mean: 10 });
    expect(result.probabilityOfTarget).toBe(1);
  });

  it('cannot simulate a plan that cannot be made', () => {
    expect(simulate(testInput({ steps: steps([0.25, 0]) }))).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'steps.1.rate' },
    });
  });
});

describe('cohortLeads', () => {
  it.each([
    [4000, 12, [334, 334, 334, 334, 333, 333, 333, 333, 333, 333, 333, 333]],
    [6, 3, [2, 2, 2]],
    [2, 4, [1, 1, 0, 0]],
  ])('splits %d leads over %d months as whole cohorts', (leads, months, cohorts) => {
    expect(Array.from(cohortLeads(leads, months))).toEqual(cohorts);
  });
});
