import { describe, expect, it } from 'vitest';
import { costPerLead, marketingRoi, mqlRate, mqlToSqlRate, returnOnAdSpend } from './marketing';

describe('costPerLead', () => {
  it.each([
    // 5 000 ÷ 125 = 40
    [5000, 125, 40],
    // 1 000 ÷ 3 = 333.33…
    [1000, 3, 1000 / 3],
    // 0 ÷ 10 = 0: free leads cost nothing
    [0, 10, 0],
  ])('spend %d over %d leads costs %d a lead', (spend, leads, cpl) => {
    expect(costPerLead(spend, leads)).toEqual({ ok: true, value: cpl });
  });

  it('needs at least one lead', () => {
    expect(costPerLead(5000, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'leads' },
    });
  });
});

describe('mqlRate', () => {
  it.each([
    // 120 ÷ 400 × 100 = 30
    [400, 120, 30],
    // 0 ÷ 50 × 100 = 0
    [50, 0, 0],
    // 80 ÷ 80 × 100 = 100
    [80, 80, 100],
  ])('%d leads with %d MQLs is %d %', (leads, mqls, rate) => {
    expect(mqlRate(leads, mqls)).toEqual({ ok: true, value: rate });
  });

  it('needs at least one lead', () => {
    expect(mqlRate(0, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'leads' },
    });
  });

  it('refuses 101 MQLs from 100 leads: MQLs are at most the leads, both figures given', () => {
    expect(mqlRate(100, 101)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'mqls',
        value: 101,
        relation: 'atMost',
        other: 'leads',
        limit: 100,
      },
    });
  });
});

describe('mqlToSqlRate', () => {
  it.each([
    // 42 ÷ 120 × 100 = 35
    [120, 42, 35],
    // 1 ÷ 3 × 100 = 33.33…
    [3, 1, 100 / 3],
  ])('%d MQLs with %d SQLs is %d %', (mqls, sqls, rate) => {
    expect(mqlToSqlRate(mqls, sqls)).toEqual({ ok: true, value: rate });
  });

  it('needs at least one MQL', () => {
    expect(mqlToSqlRate(0, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'mqls' },
    });
  });

  it('refuses 11 SQLs from 10 MQLs: SQLs are at most the MQLs, both figures given', () => {
    expect(mqlToSqlRate(10, 11)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'sqls',
        value: 11,
        relation: 'atMost',
        other: 'mqls',
        limit: 10,
      },
    });
  });
});

describe('returnOnAdSpend', () => {
  it.each([
    // 18 000 ÷ 4 000 = 4.5 → 450 %
    [18000, 4000, 4.5, 450],
    // 2 000 ÷ 8 000 = 0.25 → 25 %: the ads brought less than they cost
    [2000, 8000, 0.25, 25],
  ])('revenue %d on ad spend %d is %d× (%d %)', (revenue, adSpend, roas, roasPercent) => {
    expect(returnOnAdSpend(revenue, adSpend)).toEqual({ ok: true, value: { roas, roasPercent } });
  });

  it('needs some ad spend', () => {
    expect(returnOnAdSpend(100, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'adSpend' },
    });
  });
});

describe('marketingRoi', () => {
  it.each([
    // gross profit 50 000 × 60 % = 30 000; (30 000 − 12 000) ÷ 12 000 × 100 = 150;
    // on revenue: (50 000 − 12 000) ÷ 12 000 × 100 = 316.67
    [50000, 60, 12000, 30000, 18000, 150, 38000, expect.closeTo(316.667, 3)],
    // the case: 60 000 × 60 % = 36 000; (36 000 − 15 000) ÷ 15 000 = 140 %; (60 000 − 15 000) ÷ 15 000 = 300 %
    [60000, 60, 15000, 36000, 21000, 140, 45000, 300],
    // gross profit 20 000 × 25 % = 5 000; (5 000 − 10 000) ÷ 10 000 × 100 = −50; on revenue (20 000 − 10 000) ÷ 10 000 = 100
    [20000, 25, 10000, 5000, -5000, -50, 10000, 100],
    // gross profit 8 000 × 50 % = 4 000; (4 000 − 4 000) ÷ 4 000 × 100 = 0: broke even on profit; 100 % on revenue
    [8000, 50, 4000, 4000, 0, 0, 4000, 100],
  ])(
    'revenue %d at %d % margin on spend %d',
    (revenue, margin, spend, grossProfit, netReturn, roi, revenueReturn, revenueRoi) => {
      expect(marketingRoi(revenue, margin, spend)).toEqual({
        ok: true,
        value: { grossProfit, netReturn, roi, revenueReturn, revenueRoi },
      });
    },
  );

  it('needs some spend', () => {
    expect(marketingRoi(1000, 50, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'spend' },
    });
  });
});
