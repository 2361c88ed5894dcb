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
