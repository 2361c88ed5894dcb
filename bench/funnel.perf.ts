// The funnel planner's speed on this machine: medians of several runs after a warm-up.
// Prints figures against the targets of issue 6; asserts only that the results are finite.
import { expect, it } from 'vitest';
import { monthlyTimeline, plan, reversePlan, simulate, type FunnelInput } from '../src/lib/funnel';
import { testInput } from '../src/lib/funnel/test-input';

const WARM_UP = 3;
const RUNS = 9;

/** Median milliseconds of one call of `work`, each run timing `batch` calls (for sub-ms work). */
function median(work: () => unknown, batch = 1): number {
  for (let i = 0; i < WARM_UP; i++) for (let j = 0; j < batch; j++) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) work();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

it('funnel planner timings', () => {
  const base = testInput(); // 5 stages, 12 months
  const reverseAndTimeline = () => {
    const reverse = reversePlan(base);
    return reverse.ok ? monthlyTimeline(base, reverse.value) : reverse;
  };
  console.log(
    `funnel: reverse plan + timeline (5 stages, 12 months): ${ms(median(reverseAndTimeline, 2000))} ms median (target < 1 ms)`,
  );
  console.log(
    `funnel: whole deterministic plan() (reverse, timeline, sensitivity, capacity, forward): ${ms(median(() => plan(base), 2000))} ms median (target < 1 ms)`,
  );

  // 24 monthly cohorts through 5 stages, every rate and the deal size uncertain.
  const uncertain: FunnelInput = {
    ...base,
    months: 24,
    steps: base.steps.map((step) => ({
      ...step,
      rate: { low: step.rate.likely * 0.8, likely: step.rate.likely, high: step.rate.likely * 1.2 },
    })),
    dealSize: { low: 18_000, likely: 24_000, high: 30_000 },
  };
  let last: ReturnType<typeof simulate> | undefined;
  const monteCarlo = median(() => (last = simulate(uncertain, { trials: 10_000, seed: 1 })));
  console.log(
    `funnel: Monte Carlo 10,000 trials × 24 months × 5 stages: ${ms(monteCarlo)} ms median (target < 50 ms)`,
  );
  console.log(
    `funnel: Monte Carlo slice under 16 ms: about ${Math.floor((16 / monteCarlo) * 10_000).toLocaleString('en')} trials a step()`,
  );

  expect(
    last?.ok &&
      [
        last.value.revenue.p10,
        last.value.revenue.p50,
        last.value.revenue.p90,
        last.value.probabilityOfTarget,
      ].every(Number.isFinite),
  ).toBe(true);
});
