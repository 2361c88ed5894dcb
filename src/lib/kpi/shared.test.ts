import { describe, expect, it } from 'vitest';
import {
  cacPayback,
  churnRate,
  customerAcquisitionCost,
  customerLifetimeValue,
  ltvToCac,
  retentionRate,
} from './shared';

describe('customerAcquisitionCost', () => {
  it.each([
    // (60 000 + 40 000) ÷ 50 = 2 000
    [60000, 40000, 50, 100000, 2000],
    // (0 + 9 000) ÷ 4 = 2 250: marketing-led, no sales team
    [0, 9000, 4, 9000, 2250],
  ])(
    'sales %d + marketing %d over %d customers',
    (salesSpend, marketingSpend, customers, totalSpend, cac) => {
      expect(customerAcquisitionCost(salesSpend, marketingSpend, customers)).toEqual({
        ok: true,
        value: { totalSpend, cac },
      });
    },
  );

  it('needs at least one new customer', () => {
    expect(customerAcquisitionCost(1, 1, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'newCustomers' },
    });
  });
});

describe('retentionRate', () => {
  it.each([
    // (210 − 30) ÷ 200 × 100 = 90
    [200, 210, 30, 180, 90],
    // (100 − 0) ÷ 100 × 100 = 100: kept everyone, won nobody
    [100, 100, 0, 100, 100],
    // (10 − 10) ÷ 50 × 100 = 0: everyone at the end is new
    [50, 10, 10, 0, 0],
  ])('start %d, end %d, new %d', (start, end, newCustomers, retained, retention) => {
    expect(retentionRate(start, end, newCustomers)).toEqual({
      ok: true,
      value: { retained, retention },
    });
  });

  it('needs customers at the start', () => {
    expect(retentionRate(0, 10, 10)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'start' },
    });
  });

  it.each([
    // 5 at the end cannot include 8 new ones: end ≥ new
    [100, 5, 8, { value: 5, relation: 'atLeast', other: 'new', limit: 8 }],
    // 130 − 10 = 120 kept out of 100, more than there were: end ≤ start + new = 100 + 10 = 110
    [100, 130, 10, { value: 130, relation: 'atMostSum', other: 'start', plus: 'new', limit: 110 }],
  ])('start %d, end %d, new %d: the end contradicts %j', (start, end, newCustomers, how) => {
    expect(retentionRate(start, end, newCustomers)).toEqual({
      ok: false,
      problem: { code: 'inconsistent', field: 'end', ...how },
    });
  });

  it('accepts the bounds themselves: end = new (none kept) and end = start + new (all kept)', () => {
    expect(retentionRate(100, 8, 8)).toEqual({ ok: true, value: { retained: 0, retention: 0 } });
    expect(retentionRate(100, 110, 10)).toEqual({
      ok: true,
      value: { retained: 100, retention: 100 },
    });
  });
});

describe('churnRate', () => {
  it.each([
    // 6 ÷ 200 × 100 = 3
    [200, 6, 3],
    // 0 ÷ 40 × 100 = 0
    [40, 0, 0],
    // 40 ÷ 40 × 100 = 100
    [40, 40, 100],
  ])('%d at start, %d lost', (start, lost, churn) => {
    expect(churnRate(start, lost)).toEqual({ ok: true, value: churn });
  });

  it('needs customers at the start', () => {
    expect(churnRate(0, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'start' },
    });
  });

  it('refuses 11 lost of 10 at the start: those lost are at most those at the start, both figures given', () => {
    expect(churnRate(10, 11)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'lost',
        value: 11,
        relation: 'atMost',
        other: 'start',
        limit: 10,
      },
    });
  });
});

describe('customerLifetimeValue', () => {
  it.each([
    // 500 × 80 % = 400 a month; 100 ÷ 2 = 50 months; 400 × 50 = 20 000
    [500, 80, 2, 400, 50, 20000],
    // 1 200 × 50 % = 600 a month; 100 ÷ 5 = 20 months; 600 × 20 = 12 000
    [1200, 50, 5, 600, 20, 12000],
    // 90 × 100 % = 90 a month; 100 ÷ 100 = 1 month; 90 × 1 = 90
    [90, 100, 100, 90, 1, 90],
  ])(
    'ARPA %d at %d % margin and %d % churn',
    (arpa, margin, churn, grossProfitPerMonth, lifetimeMonths, ltv) => {
      expect(customerLifetimeValue(arpa, margin, churn)).toEqual({
        ok: true,
        value: { grossProfitPerMonth, lifetimeMonths, ltv },
      });
    },
  );

  it('needs some churn: without it the lifetime never ends', () => {
    expect(customerLifetimeValue(500, 80, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'churn' },
    });
  });
});

describe('ltvToCac', () => {
  it.each([
    // 20 000 ÷ 5 000 = 4
    [20000, 5000, 4],
    // 3 000 ÷ 6 000 = 0.5
    [3000, 6000, 0.5],
  ])('LTV %d over CAC %d is %d×', (ltv, cac, ratio) => {
    expect(ltvToCac(ltv, cac)).toEqual({ ok: true, value: ratio });
  });

  it('needs a CAC above zero', () => {
    expect(ltvToCac(1000, 0)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field: 'cac' },
    });
  });
});

describe('cacPayback', () => {
  it.each([
    // 500 × 80 % = 400 a month; 6 000 ÷ 400 = 15 months
    [6000, 500, 80, 400, 15],
    // 250 × 40 % = 100 a month; 1 250 ÷ 100 = 12.5 months
    [1250, 250, 40, 100, 12.5],
  ])('CAC %d, ARPA %d at %d % margin', (cac, arpa, margin, grossProfitPerMonth, months) => {
    expect(cacPayback(cac, arpa, margin)).toEqual({
      ok: true,
      value: { grossProfitPerMonth, months },
    });
  });

  it.each([
    [1000, 0, 80, 'arpa'],
    [1000, 500, 0, 'grossMargin'],
  ])('CAC %d, ARPA %d, margin %d: nothing to pay it back with (%s)', (cac, arpa, margin, field) => {
    expect(cacPayback(cac, arpa, margin)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field },
    });
  });
});
