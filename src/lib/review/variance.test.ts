import { describe, expect, it } from 'vitest';
import { parseMonth } from './actuals';
import { snapshotMonth } from './targets';
import { entry, flatScenario, planned } from './test-review';
import { planVsActual, variance } from './variance';

describe('variance', () => {
  it.each([
    // planned, actual → difference, fraction
    [100, 80, -20, -0.2],
    [8, 10, 2, 0.25],
    [8, 8, 0, 0],
    [16, 0, -16, -1],
    [4, 5.5, 1.5, 0.375],
  ])('plan %d, actual %d: %d (%d)', (plan, actual, difference, percent) => {
    expect(variance(plan, actual)).toEqual({
      planned: plan,
      actual,
      difference,
      percent: { ok: true, value: percent },
    });
  });

  it.each([
    // planned, actual, decimals → difference to the minor unit, fraction of the rounded difference
    [0.1, 0.3, 2, 0.2, 2], // binary arithmetic: 0.19999999999999998
    [20_000.1, 20_000.3, 2, 0.2, 0.2 / 20_000.1],
    [1.005, 2, 2, 0.99, 0.99 / 1.005], // shown as $1.01 and $2.00
    [100.004, 100.001, 2, 0, 0], // shown alike: 0, never −0.00
    [1000.5, 1000, 0, -1, -1 / 1000.5], // yen: ¥1,001 and ¥1,000
  ])('money: plan %d, actual %d, %d decimals: %d (%d)', (plan, actual, digits, difference, percent) => {
    const result = variance(plan, actual, digits);
    expect(result.difference).toBe(difference);
    expect(Object.is(result.difference, -0)).toBe(false);
    expect(result.percent).toEqual({ ok: true, value: percent });
  });

  it('has no percentage against a plan of 0, and says why', () => {
    expect(variance(0, 5)).toEqual({
      planned: 0,
      actual: 5,
      difference: 5,
      percent: { ok: false, problem: { code: 'zeroDenominator', field: 'planned' } },
    });
  });
});

describe('planVsActual', () => {
  const { input, plan } = planned(flatScenario());
  const snapshot = snapshotMonth(
    { scenario: { id: 's', name: 'Flat' }, input, plan, takenAt: '' },
    0,
  );
  const month = (fields: Parameters<typeof entry>[0]) =>
    planVsActual(parseMonth('2027-01', entry(fields), 4), snapshot);

  it('holds each stage, the revenue and the spend against the month plan', () => {
    // Plan: 16 / 8 / 4 / 2, revenue 20,000, spend 800.
    const result = month({ stages: ['20', '6', '3', '1'], revenue: '12000', spend: '1000' });
    expect(
      result.stages.map(
        (s) => s.ok && [s.value.difference, s.value.percent.ok && s.value.percent.value],
      ),
    ).toEqual([
      [4, 0.25], // 20 vs 16
      [-2, -0.25], // 6 vs 8
      [-1, -0.25], // 3 vs 4
      [-1, -0.5], // 1 vs 2
    ]);
    expect(result.revenue).toMatchObject({
      ok: true,
      value: { difference: -8000, percent: { ok: true, value: -0.4 } },
    });
    expect(result.spend).toMatchObject({
      ok: true,
      value: { difference: 200, percent: { ok: true, value: 0.25 } },
    });
  });

  it('holds revenue and spend to the currency’s minor unit', () => {
    // Plan: revenue 20,000, spend 800. 20,000.30 − 20,000 is 0.2999999999992724 in binary.
    const actuals = parseMonth('2027-01', entry({ revenue: '20000.3', spend: '800.1' }), 4);
    const usd = planVsActual(actuals, snapshot, 'USD');
    expect(usd.revenue).toMatchObject({ ok: true, value: { difference: 0.3 } });
    expect(usd.spend).toMatchObject({ ok: true, value: { difference: 0.1 } });
    // Yen has no minor unit: 20,000.3 is ¥20,000, on plan.
    const jpy = planVsActual(actuals, snapshot, 'JPY');
    expect(jpy.revenue).toMatchObject({ ok: true, value: { difference: 0 } });
  });

  it('compares same-month conversion rates with the plan rates', () => {
    const result = month({ stages: ['20', '6', '3', '1'] });
    // 6 ÷ 20 = 0.3, 3 ÷ 6 = 0.5, 1 ÷ 3: each against the planned 50 %.
    expect(
      result.conversions.map((c) => [c.step, c.planned, c.sameMonth.ok && c.sameMonth.value]),
    ).toEqual([
      [0, 0.5, 0.3],
      [1, 0.5, 0.5],
      [2, 0.5, 1 / 3],
    ]);
  });

  it('gives cost per lead and per won deal achieved against planned', () => {
    // 1,000 ÷ 20 leads = 50 (plan 50); 1,000 ÷ 1 deal = 1,000 (plan 400).
    const result = month({ stages: ['20', '6', '3', '1'], spend: '1000' });
    expect(result.costPerLead).toEqual({ planned: 50, actual: { ok: true, value: 50 } });
    expect(result.costPerDeal).toEqual({ planned: 400, actual: { ok: true, value: 1000 } });
  });

  it('says why a ratio is missing: a stage not reported, a stage of 0', () => {
    const result = month({ stages: ['0', '', '3', '0'], spend: '500' });
    expect(result.stages[1]).toMatchObject({
      ok: false,
      problem: { code: 'notReported', field: 'stages.1' },
    });
    expect(result.conversions.map((c) => !c.sameMonth.ok && c.sameMonth.problem.code)).toEqual([
      'notReported', // MQLs blank
      'notReported',
      false, // 0 ÷ 3 = 0
    ]);
    expect(result.costPerLead.actual).toMatchObject({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'stages.0' },
    });
    expect(result.costPerDeal.actual).toMatchObject({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'stages.3' },
    });
    expect(result.revenue).toMatchObject({ ok: false, problem: { code: 'notReported' } });
  });
});
