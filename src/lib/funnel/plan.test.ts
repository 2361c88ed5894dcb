import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan, reversePlan, simulate } from './index';
import type { Estimate, FunnelInput } from './model';
import { testInput } from './test-input';

/** Every number anywhere in a value. */
function numbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) numbers(item, found);
  return found;
}

// What parseScenario can hand over: finite, in range, subnormal fractions included.
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.double({ min: 0, max: 1e15, noNaN: true });
const estimate = (value: fc.Arbitrary<number>): fc.Arbitrary<Estimate> =>
  fc.tuple(value, value, value, fc.boolean()).map(([a, b, c, ranged]) => {
    const [low, likely, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return ranged ? { low, likely, high } : { likely };
  });
const channel = fc.record({
  name: fc.string(),
  kind: fc.constantFrom('online' as const, 'offline' as const),
  share: fc.double({ min: 0.001, max: 1, noNaN: true }),
  cpl: money,
});

const funnelInput: fc.Arbitrary<FunnelInput> = fc
  .record({
    stepCount: fc.integer({ min: 1, max: 7 }),
    rates: fc.array(estimate(fraction), { minLength: 7, maxLength: 7 }),
    lags: fc.array(fc.double({ min: 0, max: 730, noNaN: true }), { minLength: 7, maxLength: 7 }),
    target: money,
    dealSize: estimate(money),
    months: fc.integer({ min: 1, max: 60 }),
    budget: fc.oneof(
      money.map((cpl) => ({ mode: 'cpl' as const, cpl })),
      fc.array(channel, { minLength: 1, maxLength: 6 }).map((channels) => {
        const sum = channels.reduce((s, c) => s + c.share, 0);
        return {
          mode: 'channels' as const,
          channels: channels.map((c) => ({ ...c, share: c.share / sum })),
        };
      }),
    ),
    forward: fc.oneof(
      money.map((leadsPerMonth) => ({ mode: 'leads' as const, leadsPerMonth })),
      money.map((budgetPerMonth) => ({ mode: 'budget' as const, budgetPerMonth })),
    ),
    team: fc.record({
      reps: fc.integer({ min: 0, max: 1000 }),
      attemptsPerLead: money,
      minutesPerAttempt: money,
      hoursPerRepPerMonth: fc.double({ min: 0, max: 744, noNaN: true }),
    }),
    inHand: fc.array(
      fc.record({
        month: fc.integer({ min: -240, max: 59 }),
        leads: fc.integer({ min: 0, max: 1e9 }),
      }),
      { maxLength: 4 },
    ),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
  })
  .map(({ stepCount, rates, lags, inHand, ...rest }) => ({
    ...rest,
    stages: Array.from({ length: stepCount + 1 }, (_, i) => `Stage ${i + 1}`),
    steps: Array.from({ length: stepCount }, (_, i) => ({ rate: rates[i]!, lagDays: lags[i]! })),
    leadsInHand: inHand.filter((row) => row.month < rest.months),
  }));

describe('plan', () => {
  it('gives the reverse plan, timeline, sensitivities, capacity and forward plan at once', () => {
    const result = plan(testInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.reverse.counts).toEqual([4000, 1000, 400, 200, 50]);
    expect(result.value.timeline.firstLeadMonth).toBe(-2);
    expect(result.value.sensitivity.levers).toHaveLength(6);
    expect(result.value.capacity).toMatchObject({ ok: true, value: { canCope: true } });
    expect(result.value.forward).toMatchObject({ ok: true, value: { perMonth: { deals: 2.5 } } });
  });

  it('keeps the plan when only the team or the forward inputs cannot be used', () => {
    const result = plan(
      testInput({
        team: { reps: 0, attemptsPerLead: 1, minutesPerAttempt: 1, hoursPerRepPerMonth: 1 },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { capacity: { ok: false, problem: { field: 'reps' } } },
    });
  });

  it('never gives NaN or Infinity for finite in-range inputs: a figure, or a reason', () => {
    fc.assert(
      fc.property(funnelInput, (input) => {
        const result = plan(input);
        if (!result.ok) {
          expect(['zeroDenominator', 'tooLarge']).toContain(result.problem.code);
          return;
        }
        expect(numbers(result.value).every(Number.isFinite)).toBe(true);
        const simulation = simulate(input, { trials: 20 }, result.value.reverse);
        expect(simulation.ok && numbers(simulation.value).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never needs more leads when a conversion rate goes up', () => {
    fc.assert(
      fc.property(funnelInput, fc.nat(6), fraction, (input, pick, lift) => {
        const step = pick % input.steps.length;
        const rate = input.steps[step]!.rate.likely;
        const raised = {
          ...input,
          steps: input.steps.map((s, i) =>
            i === step ? { ...s, rate: { likely: rate + (1 - rate) * lift } } : s,
          ),
        };
        const before = reversePlan(input);
        const after = reversePlan(raised);
        if (before.ok && after.ok)
          expect(after.value.leads).toBeLessThanOrEqual(before.value.leads);
        // A plan that could be made stays possible with a better rate.
        if (before.ok) expect(after.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
