import { describe, expect, it } from 'vitest';
import { steps, testInput } from './test-input';
import { monthlyTimeline, stageOffsets, type Timeline } from './timeline';

function timelineOf(...args: Parameters<typeof monthlyTimeline>): Timeline {
  const result = monthlyTimeline(...args);
  if (!result.ok) throw new Error(`no timeline: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('stageOffsets maps a cumulative lag in days to whole months', () => {
  // months = round(days ÷ 30.4375): a lead arriving mid-month lands round(lag) months later.
  it.each([
    [[0], [0, 0]],
    [[15], [0, 0]], // 0.49 months
    [[15.21875], [0, 1]], // exactly half a month rounds up
    [[16], [0, 1]], // 0.53
    [[45], [0, 1]], // 1.48
    [[46], [0, 2]], // 1.51
    [
      [10, 10],
      [0, 0, 1],
    ], // 20 days in all: rounding each step alone would say 0
    [
      [7, 7, 14, 30],
      [0, 0, 0, 1, 2],
    ], // 7, 14, 28, 58 days
    [[365.25], [0, 12]],
  ])('lags %j give offsets %j', (lags, offsets) => {
    expect(stageOffsets(lags.map((lagDays) => ({ lagDays })))).toEqual(offsets);
  });
});

describe('monthlyTimeline', () => {
  // 120,000 at 10,000 a deal = 12 deals; every rate 50 %: 24 opps, 48 SQLs, 96 MQLs, 192 leads.
  // Over 6 months: 32 leads, 16 MQLs, 8 SQLs, 4 opps, 2 deals (20,000) a month.
  // Lags 10 / 20 / 40 / 60 days: 10, 30, 70, 130 days in all = 0.33, 0.99, 2.30, 4.27 months
  // → offsets 0, 0, 1, 2, 4. Deals land in months 0–5, so leads arrive in months −4 to 1.
  const input = testInput({
    target: 120_000,
    dealSize: { likely: 10_000 },
    months: 6,
    steps: steps([0.5, 0.5, 0.5, 0.5], [10, 20, 40, 60]),
  });

  it('asks for leads before the period starts when the lags are long', () => {
    const timeline = timelineOf(input);
    expect(timeline.offsets).toEqual([0, 0, 1, 2, 4]);
    expect(timeline).toMatchObject({
      firstLeadMonth: -4,
      lastLeadMonth: 1,
      leadsBeforePeriod: 128,
    });
    expect(timeline.months.map((row) => [row.month, ...row.counts, row.revenue])).toEqual([
      // month, leads, MQLs, SQLs, opps, deals, revenue
      [-4, 32, 16, 0, 0, 0, 0],
      [-3, 32, 16, 8, 0, 0, 0],
      [-2, 32, 16, 8, 4, 0, 0],
      [-1, 32, 16, 8, 4, 0, 0],
      [0, 32, 16, 8, 4, 2, 20_000],
      [1, 32, 16, 8, 4, 2, 20_000],
      [2, 0, 0, 8, 4, 2, 20_000],
      [3, 0, 0, 0, 4, 2, 20_000],
      [4, 0, 0, 0, 0, 2, 20_000],
      [5, 0, 0, 0, 0, 2, 20_000],
    ]);
  });

  it('adds up, column by column, to the reverse plan', () => {
    const timeline = timelineOf(testInput());
    const totals = timeline.months.reduce(
      (sum, row) => sum.map((s, i) => s + row.counts[i]!),
      [0, 0, 0, 0, 0],
    );
    totals.forEach((total, i) => expect(total).toBeCloseTo([4000, 1000, 400, 200, 50][i]!, 6));
    expect(timeline.months.reduce((sum, row) => sum + row.revenue, 0)).toBeCloseTo(1_200_000, 4);
  });

  it('starts in month 0 when there is no lag', () => {
    const timeline = timelineOf(testInput({ months: 3, steps: steps([0.5]) }));
    expect(timeline.months.map((row) => row.month)).toEqual([0, 1, 2]);
    expect(timeline).toMatchObject({
      firstLeadMonth: 0,
      leadsBeforePeriod: 0,
      decidedThrough: null,
    });
  });

  it('says which months are decided by the leads in hand, and what they bring', () => {
    // Now = month 0. Deals close 4 months after the leads arrive, so months 0–3 come from leads
    // that arrived in months −4 to −1: decided. 40 leads in month −4 × 0.5⁴ = 2.5 deals in
    // month 0 (25,000); 20 in month −3 = 1.25 deals in month 1 (12,500); none in −2 or −1.
    const timeline = timelineOf({
      ...input,
      leadsInHand: [
        { month: -4, leads: 40 },
        { month: -3, leads: 20 },
      ],
    });
    expect(timeline.now).toBe(0);
    expect(timeline.decidedThrough).toBe(3);
    const inPeriod = timeline.months.filter((row) => row.inPeriod);
    expect(inPeriod.map((row) => row.decided)).toEqual([true, true, true, true, false, false]);
    expect(inPeriod.map((row) => row.revenueFromLeadsInHand)).toEqual([25_000, 12_500, 0, 0, 0, 0]);
    expect(timeline.months[0]!.leadsInHand).toBe(40);
    expect(timeline.revenueFromLeadsInHand).toBe(37_500);
    expect(timeline.plannedDecidedRevenue).toBe(80_000);
  });

  it('moves "now" past a row inside the period and shows months before the plan needs', () => {
    const timeline = timelineOf({
      ...input,
      leadsInHand: [
        { month: -6, leads: 10 },
        { month: 1, leads: 32 },
      ],
    });
    expect(timeline.now).toBe(2);
    expect(timeline.decidedThrough).toBe(5);
    expect(timeline.months[0]!.month).toBe(-6);
    // 10 leads of month −6 close in month −2: before the period, so they bring nothing to it.
    expect(timeline.revenueFromLeadsInHand).toBe(20_000);
  });

  it('refuses what the reverse plan refuses', () => {
    expect(monthlyTimeline(testInput({ dealSize: { likely: 0 } }))).toMatchObject({
      ok: false,
      problem: { code: 'zeroDenominator' },
    });
  });
});
