import { describe, expect, it } from 'vitest';
import { forwardPlan } from './forward';
import type { Budget } from './model';
import { testInput } from './test-input';

describe('forwardPlan', () => {
  // 200 leads a month × 25 % = 50 MQLs × 40 % = 20 SQLs × 50 % = 10 opps × 25 % = 2.5 deals
  // 2.5 × 24,000 = 60,000 a month; × 12 = 720,000; leads cost 200 × 80 = 16,000 a month.
  const expectedMonth = {
    counts: [200, 50, 20, 10, 2.5],
    deals: 2.5,
    revenue: 60_000,
    budget: 16_000,
  };

  it('turns leads a month into expected deals and revenue', () => {
    const result = forwardPlan(testInput());
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.perMonth).toEqual(expectedMonth);
    expect(result.value.period).toEqual({
      counts: [2400, 600, 240, 120, 30],
      deals: 30,
      revenue: 720_000,
      budget: 192_000,
    });
    expect(result.value.targetCoverage).toBeCloseTo(0.6, 12);
    // Lags 7/7/14/30 = 58 days ≈ 2 months: leads from months 0–9 close inside the period.
    expect(result.value.firstDealMonth).toBe(2);
    expect(result.value.landingInPeriod).toEqual({ deals: 25, revenue: 600_000 });
  });

  it.each<[string, Budget, number]>([
    ['a CPL', { mode: 'cpl', cpl: 80 }, 16_000],
    [
      'a channel mix (blended 0.5 × 60 + 0.3 × 70 + 0.2 × 150 = 81)',
      {
        mode: 'channels',
        channels: [
          { name: 'a', kind: 'online', share: 0.5, cpl: 60 },
          { name: 'b', kind: 'online', share: 0.3, cpl: 70 },
          { name: 'c', kind: 'offline', share: 0.2, cpl: 150 },
        ],
      },
      16_200,
    ],
  ])('buys 200 leads a month with a budget, at %s', (_, budget, budgetPerMonth) => {
    const result = forwardPlan(testInput({ budget, forward: { mode: 'budget', budgetPerMonth } }));
    expect(result.ok && result.value.perMonth.counts[0]).toBeCloseTo(200, 9);
    expect(result.ok && result.value.costPerLead).toBeCloseTo(budgetPerMonth / 200, 9);
  });

  it('gives no share of a target of zero: $720,000 is no percentage of nothing', () => {
    const result = forwardPlan(testInput({ target: 0 }));
    expect(result.ok && result.value.period.revenue).toBe(720_000);
    expect(result.ok && result.value.targetCoverage).toBeNull();
  });

  it('gives nothing inside the period when the sales cycle outlasts it', () => {
    const result = forwardPlan(testInput({ months: 2 }));
    expect(result.ok && result.value.landingInPeriod).toEqual({ deals: 0, revenue: 0 });
  });

  it.each([
    [
      'free leads bought with a budget',
      testInput({
        budget: { mode: 'cpl', cpl: 0 },
        forward: { mode: 'budget', budgetPerMonth: 1000 },
      }),
      'zeroDenominator',
      'cpl',
    ],
    [
      'a budget that buys more leads than any figure can hold',
      testInput({
        budget: { mode: 'cpl', cpl: 1e-320 },
        forward: { mode: 'budget', budgetPerMonth: 1e15 },
      }),
      'tooLarge',
      'budgetPerMonth',
    ],
    [
      'a flow whose revenue is beyond measure against a vanishing target',
      testInput({ target: 5e-324, forward: { mode: 'leads', leadsPerMonth: 1e6 } }),
      'tooLarge',
      'leadsPerMonth',
    ],
  ])('refuses %s', (_, input, code, field) => {
    expect(forwardPlan(input)).toEqual({ ok: false, problem: { code, field } });
  });
});
