import { describe, expect, it } from 'vitest';
import { channelLeads, reversePlan, type ReversePlan } from './reverse';
import { steps, testInput } from './test-input';

function planned(...args: Parameters<typeof reversePlan>): ReversePlan {
  const result = reversePlan(...args);
  if (!result.ok) throw new Error(`no plan: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('reversePlan rounds up at each stage', () => {
  it('works back from 1,000,000 at 30,000 a deal', () => {
    // deals  = ⌈1,000,000 ÷ 30,000⌉ = ⌈33.33⌉ = 34
    // opps   = ⌈34 ÷ 0.25⌉ = 136
    // SQLs   = ⌈136 ÷ 0.5⌉ = 272
    // MQLs   = ⌈272 ÷ 0.4⌉ = 680
    // leads  = ⌈680 ÷ 0.25⌉ = 2,720;  budget = 2,720 × 80 = 217,600, ÷ 12 = 18,133.33 a month
    const plan = planned(testInput({ target: 1_000_000, dealSize: { likely: 30_000 } }));
    expect(plan.counts).toEqual([2720, 680, 272, 136, 34]);
    expect(plan.revenue).toBe(1_020_000);
    expect(plan.budget).toBe(217_600);
    expect(plan.budgetPerMonth).toBeCloseTo(18_133.333, 3);
    expect(plan.perMonth[0]).toBeCloseTo(226.667, 3);
    expect(plan.costPerDeal).toBeCloseTo(6_400, 6);
  });

  it('needs more leads than one rounding at the end would say', () => {
    // deals = ⌈33.33⌉ = 34; opps = ⌈34 ÷ 0.3 = 113.33⌉ = 114; SQLs = ⌈114 ÷ 0.45 = 253.33⌉ = 254
    // MQLs = ⌈254 ÷ 0.35 = 725.71⌉ = 726; leads = ⌈726 ÷ 0.22 = 3,300⌉ = 3,300
    // Unrounded, 1,000,000 ÷ 30,000 ÷ 0.3 ÷ 0.45 ÷ 0.35 ÷ 0.22 = 3,206.7: 94 leads fewer, too few.
    const plan = planned(
      testInput({
        target: 1_000_000,
        dealSize: { likely: 30_000 },
        steps: steps([0.22, 0.35, 0.45, 0.3]),
      }),
    );
    expect(plan.counts).toEqual([3300, 726, 254, 114, 34]);
  });

  it('is not fooled by binary noise: 30 ÷ 0.3 needs 100, not 101', () => {
    // 30 ÷ 0.3 = 100.00000000000001 in floating point.
    const plan = planned(testInput({ target: 30, dealSize: { likely: 1 }, steps: steps([0.3]) }));
    expect(plan.counts).toEqual([100, 30]);
  });

  it('rounds a fraction of a deal up at a 10^15 scale too', () => {
    // deals = ⌈999,999,999,532,000 ÷ 24,000 = 41,666,666,647.17⌉ = 41,666,666,648
    // opps = 166,666,666,592; SQLs = 333,333,333,184; MQLs = 833,333,332,960; leads = 3,333,333,331,840
    const plan = planned(testInput({ target: 999_999_999_532_000 }));
    expect(plan.counts).toEqual([
      3_333_333_331_840, 833_333_332_960, 333_333_333_184, 166_666_666_592, 41_666_666_648,
    ]);
    expect(plan.revenue).toBeGreaterThanOrEqual(999_999_999_532_000);
  });

  it('needs nothing for a target of 0', () => {
    const plan = planned(testInput({ target: 0 }));
    expect(plan.counts).toEqual([0, 0, 0, 0, 0]);
    expect(plan).toMatchObject({ budget: 0, costPerLead: 0, costPerDeal: 0 });
  });

  it.each([
    [
      'a zero rate',
      testInput({ steps: steps([0.25, 0, 0.5, 0.25]) }),
      { code: 'zeroDenominator', field: 'steps.1.rate' },
    ],
    [
      'a zero deal size',
      testInput({ dealSize: { likely: 0 } }),
      { code: 'zeroDenominator', field: 'dealSize' },
    ],
    [
      'a rate so small the leads pass 10^15',
      testInput({ steps: steps([1e-13, 0.4, 0.5, 0.25]) }),
      { code: 'tooLarge', field: 'steps.0.rate' },
    ],
    [
      'an empty channel mix',
      testInput({ budget: { mode: 'channels', channels: [] } }),
      { code: 'noRows', field: 'channels' },
    ],
  ])('refuses %s, naming the field', (_, input, problem) => {
    expect(reversePlan(input)).toEqual({ ok: false, problem });
  });
});

describe('reversePlan budgets a channel mix', () => {
  it('splits 2,720 leads 50 / 30 / 20 and prices each channel', () => {
    // 2,720 × 0.5 = 1,360 × 40 = 54,400;  × 0.3 = 816 × 60 = 48,960;  × 0.2 = 544 × 150 = 81,600
    // budget = 184,960 (a blended 68 a lead)
    const plan = planned(
      testInput({
        target: 1_000_000,
        dealSize: { likely: 30_000 },
        budget: {
          mode: 'channels',
          channels: [
            { name: 'Search', kind: 'online', share: 0.5, cpl: 40 },
            { name: 'Social', kind: 'online', share: 0.3, cpl: 60 },
            { name: 'Fairs', kind: 'offline', share: 0.2, cpl: 150 },
          ],
        },
      }),
    );
    expect(plan.channels).toEqual([
      { name: 'Search', kind: 'online', leads: 1360, budget: 54_400 },
      { name: 'Social', kind: 'online', leads: 816, budget: 48_960 },
      { name: 'Fairs', kind: 'offline', leads: 544, budget: 81_600 },
    ]);
    expect(plan.budget).toBe(184_960);
    expect(plan.costPerLead).toBe(68);
  });

  it.each([
    // ⌈100 × ⅓⌉ = 34 each: 102 ≥ 100, never short.
    [100, [1 / 3, 1 / 3, 1 / 3], [34, 34, 34]],
    // 100 × 0.3 = 30.000000000000004 is 30 leads, not 31.
    [100, [0.3, 0.7], [30, 70]],
    [7, [0.5, 0.5], [4, 4]],
    [0, [0.6, 0.4], [0, 0]],
  ])('gives %d leads split %j as %j', (leads, shares, split) => {
    const result = channelLeads(leads, shares);
    expect(result).toEqual(split);
    expect(result.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(leads);
  });

  it('normalises shares that miss 100 % by rounding (33.33 × 3)', () => {
    const third = { kind: 'online' as const, share: 0.3333, cpl: 10 };
    const plan = planned(
      testInput({
        target: 99,
        dealSize: { likely: 1 },
        steps: steps([1]),
        budget: {
          mode: 'channels',
          channels: [third, third, third].map((c, i) => ({ ...c, name: `c${i}` })),
        },
      }),
    );
    expect(plan.channels.map((c) => c.leads)).toEqual([33, 33, 33]);
    expect(plan.budget).toBe(990);
  });
});
