import { describe, expect, it } from 'vitest';
import { calibrate, fieldText } from './calibrate';
import type { PipelineSummary, Spread } from './summary';

const none: Spread = { count: 0, mean: null, p10: null, median: null, p90: null };
const summary = (over: Partial<PipelineSummary>): PipelineSummary => ({
  rows: 0, counted: 0, outcomes: { won: 30, lost: 70, open: 5 }, winRate: 0.3, wonRevenue: 0,
  wonDeal: { count: 30, mean: 12345.6, p10: 5000, median: 11000, p90: 20000 },
  cycleWon: { count: 30, mean: 50, p10: 20, median: 44.6, p90: 90 }, cycleLost: none,
  bookings: [], owners: [], products: [], sources: [], open: { count: 5, value: 0, ageDays: none }, stageReach: [],
  monthlyWinRate: { count: 6, mean: 0.3, p10: 0.2123, median: 0.3, p90: 0.4567 },
  monthlyDealSize: { count: 6, mean: 12000, p10: 9000.4, median: 12000, p90: 15999.5 }, currency: null,
  asOf: '2026-11-30', setAside: [], ...over,
});
const steps = [
  { rate: '25', rateLow: '', rateHigh: '', lagDays: '7' },
  { rate: '40', rateLow: '', rateHigh: '', lagDays: '7' },
  { rate: '50', rateLow: '', rateHigh: '', lagDays: '14' },
  { rate: '25', rateLow: '20', rateHigh: '30', lagDays: '30' },
];

describe('calibrate', () => {
  it('sets the last step from the win rate, its monthly range and the median won cycle', () => {
    const result = calibrate(summary({}), steps, 'deals.csv', '2026-12-06')!;
    // 30 % likely; P10 21.23 % → 21.2, P90 45.67 % → 45.7; median cycle 44.6 days → 45.
    expect(result.steps[3]).toEqual({ rate: '30', rateLow: '21.2', rateHigh: '45.7', lagDays: '45' });
    expect(result.steps.slice(0, 3)).toEqual(steps.slice(0, 3));
    expect(result.sources['steps.3.rate']).toEqual({ measure: 'winRate', file: 'deals.csv', measuredAt: '2026-12-06', basis: 100, value: '30' });
    expect(result.sources['steps.3.lagDays']).toMatchObject({ measure: 'cycle', basis: 30, value: '45' });
  });

  it('takes the average won deal as the deal size, the months as its range', () => {
    const result = calibrate(summary({}), steps, 'deals.csv', '2026-12-06')!;
    expect(result.deal).toEqual({ dealSize: '12346', dealSizeLow: '9000', dealSizeHigh: '16000' });
    expect(result.sources.dealSize).toMatchObject({ measure: 'dealSize', basis: 30 });
  });

  it('measures no deal size from a file without amounts: the scenario keeps its own', () => {
    const result = calibrate(summary({ wonDeal: { ...summary({}).wonDeal, mean: null } }), steps, 'no-amount.csv', '2026-12-06')!;
    expect(result.deal).toBeUndefined();
    expect(result.sources).not.toHaveProperty('dealSize');
    // The win rate still calibrates the last step.
    expect(result.steps[3]!.rate).toBe('30');
  });

  it('leaves the range empty with fewer than three months to vary', () => {
    const result = calibrate(summary({ monthlyWinRate: { ...none, count: 2, p10: 0.1, p90: 0.5 } }), steps, 'x.csv', '2026-12-06')!;
    expect(result.steps[3]).toMatchObject({ rateLow: '', rateHigh: '' });
    expect(result.sources).not.toHaveProperty('steps.3.rateLow');
  });

  it('sets the earlier steps from how many records reached each stage', () => {
    const reach = [400, 200, 100, 50, 15].map((count, i) => ({ stage: `S${i}`, count }));
    const result = calibrate(summary({ stageReach: reach }), steps, 'x.csv', '2026-12-06')!;
    // 200 ÷ 400 = 50 %, 100 ÷ 200 = 50 %, 50 ÷ 100 = 50 %.
    expect(result.steps.slice(0, 3).map((s) => s.rate)).toEqual(['50', '50', '50']);
    expect(result.sources['steps.0.rate']).toMatchObject({ measure: 'stageConversion', basis: 400 });
  });

  it('cannot calibrate from a file without a decided deal', () => {
    expect(calibrate(summary({ winRate: null }), steps, 'x.csv', '2026-12-06')).toBeNull();
  });
});

describe('fieldText', () => {
  it('writes plain digits without trailing zeros', () => {
    expect(fieldText(12.5, 1)).toBe('12.5');
    expect(fieldText(30.0000001, 1)).toBe('30');
    expect(fieldText(1234567.49, 0)).toBe('1234567');
  });
});
