import { describe, expect, it } from 'vitest';
import { formatMoneyColumn } from '../format';
import { periodMonths } from './months';
import { reforecast } from './reforecast';
import { actualsOf, entry, flatScenario, laggedScenario, planned } from './test-review';
import type { MonthEntry } from './tracking';

const months = (() => {
  const p = periodMonths('2027-01', 6);
  if (!p.ok) throw new Error('no period');
  return p.value; // 2027-01 … 2027-06
})();

function forecast(
  scenario: ReturnType<typeof flatScenario>,
  entries: (MonthEntry | undefined)[],
  now: number,
) {
  return reforecast({ ...planned(scenario), months, actuals: actualsOf(months, entries), now });
}

describe('reforecast: what is won, what is still needed', () => {
  it('spreads the gap over the remaining months and plans the leads for it, when nothing lags', () => {
    // Won 15,000 + 25,000 = 40,000 of 120,000: 80,000 to go over March–June, 20,000 a month.
    // No lag, so every remaining month's leads can still arrive (in the month itself).
    // 80,000 ÷ 10,000 = 8 deals ÷ 0.5 = 16 SQLs ÷ 0.5 = 32 MQLs ÷ 0.5 = 64 leads: 16 a month as planned, 3,200 at 50.
    const result = forecast(
      flatScenario(),
      [entry({ revenue: '15000' }), entry({ revenue: '25000' })],
      2,
    );
    expect(result).toMatchObject({
      target: 120_000,
      wonSoFar: 40_000,
      gap: 80_000,
      done: ['2027-01', '2027-02'],
      remaining: ['2027-03', '2027-04', '2027-05', '2027-06'],
      gapPerMonth: 20_000,
      outOfReach: [],
      pipelineRevenue: 0,
    });
    expect(result.reachable.map((m) => [m.month, m.leadMonth, m.plannedLeads])).toEqual([
      ['2027-03', '2027-03', 16],
      ['2027-04', '2027-04', 16],
      ['2027-05', '2027-05', 16],
      ['2027-06', '2027-06', 16],
    ]);
    expect(result.leadsNeeded).toEqual({
      ok: true,
      value: {
        revenue: 80_000,
        deals: 8,
        leads: 64,
        perMonth: 16,
        plannedPerMonth: 16,
        budget: 3_200,
      },
    });
  });

  it('cuts off the months whose leads should already have arrived, and counts what those leads bring', () => {
    // Lag 2 months. Today is March (index 2). Won 20,000 in each of Jan and Feb: gap 80,000, 20,000 a month.
    //   March's deals come from January's leads: 10 entered → 10 × 0.125 × 10,000 = 12,500 expected.
    //   April's from February's: 30 entered → 37,500.
    //   May's and June's from March and April: still reachable (the plan has 16 leads then).
    // New leads must bring 80,000 − 50,000 = 30,000: 3 deals, 6 SQLs, 12 MQLs, 24 leads, 12 a month.
    const result = forecast(
      laggedScenario(),
      [entry({ stages: ['10'], revenue: '20000' }), entry({ stages: ['30'], revenue: '20000' })],
      2,
    );
    expect(result.gap).toBe(80_000);
    expect(result.gapPerMonth).toBe(20_000);
    expect(result.outOfReach).toEqual([
      {
        month: '2027-03',
        leadMonth: '2027-01',
        leads: 10,
        from: 'actual',
        expectedRevenue: 12_500,
      },
      {
        month: '2027-04',
        leadMonth: '2027-02',
        leads: 30,
        from: 'actual',
        expectedRevenue: 37_500,
      },
    ]);
    expect(result.pipelineRevenue).toBe(50_000);
    expect(result.reachable.map((m) => [m.month, m.leadMonth])).toEqual([
      ['2027-05', '2027-03'],
      ['2027-06', '2027-04'],
    ]);
    expect(result.leadsNeeded).toEqual({
      ok: true,
      value: {
        revenue: 30_000,
        deals: 3,
        leads: 24,
        perMonth: 12,
        plannedPerMonth: 16,
        budget: 1_200,
      },
    });
  });

  it('plans whole deals for the gap at a 10^15 target, every fraction rounded up', () => {
    // Won 468,000 in January of a 10^15 target at 24,000 a deal: a gap of 999,999,999,532,000.
    // deals = ⌈999,999,999,532,000 ÷ 24,000 = 41,666,666,647.17⌉ = 41,666,666,648
    // ÷ 0.5 ÷ 0.5 ÷ 0.5 = 333,333,333,184 leads over February–June (66,666,666,636.8 a month),
    // 16,666,666,659,200 at 50 a lead.
    const result = forecast(
      flatScenario({ target: '1000000000000000', dealSize: '24000' }),
      [entry({ revenue: '468000' })],
      1,
    );
    expect(result.gap).toBe(999_999_999_532_000);
    expect(result.leadsNeeded).toMatchObject({
      ok: true,
      value: {
        revenue: 999_999_999_532_000,
        deals: 41_666_666_648,
        leads: 333_333_333_184,
        budget: 16_666_666_659_200,
      },
    });
  });

  it("takes the plan's leads for a lead month before the period, where none could be entered", () => {
    // Today is January (index 0). January's and February's deals come from leads of November and
    // December: before now, so out of reach, and not in the period, so the plan's count stands in.
    // March's deals come from January's leads: still reachable.
    const result = forecast(laggedScenario(), [], 0);
    expect(result.outOfReach.map((m) => [m.month, m.leadMonth, m.leads, m.from])).toEqual([
      ['2027-01', '2026-11', 16, 'plan'],
      ['2027-02', '2026-12', 16, 'plan'],
    ]);
    // 16 × 0.125 × 10,000 = 20,000 each: 40,000 of the 120,000 is in the funnel; 80,000 needs 64 new leads.
    expect(result.pipelineRevenue).toBe(40_000);
    expect(result.leadsNeeded).toMatchObject({ ok: true, value: { leads: 64, perMonth: 16 } });
  });

  it('counts no leads for a past month of the period that has no lead count: not reported is not the plan', () => {
    // Today is April (index 3) and nothing was ever entered. Lag 2:
    //   January, February ← November, December: before the period, the plan's 16 each (20,000 each).
    //   March, April, May ← January, February, March: past, not reported → none counted.
    //   June ← April: still reachable.
    // Gap 120,000 − 40,000 in the funnel = 80,000 from new leads in April alone:
    // 8 deals ÷ 0.5 ÷ 0.5 ÷ 0.5 = 64 leads, 3,200 at 50 a lead.
    // (Counting the plan's 16 for January–March too would have put 100,000 in the funnel and
    // asked for only 16 leads.)
    const result = forecast(laggedScenario(), [], 3);
    expect(
      result.outOfReach.map((m) => [m.month, m.leadMonth, m.leads, m.from, m.expectedRevenue]),
    ).toEqual([
      ['2027-01', '2026-11', 16, 'plan', 20_000],
      ['2027-02', '2026-12', 16, 'plan', 20_000],
      ['2027-03', '2027-01', 0, 'missing', 0],
      ['2027-04', '2027-02', 0, 'missing', 0],
      ['2027-05', '2027-03', 0, 'missing', 0],
    ]);
    expect(result.pipelineRevenue).toBe(40_000);
    expect(result.reachable.map((m) => [m.month, m.leadMonth])).toEqual([['2027-06', '2027-04']]);
    expect(result.leadsNeeded).toEqual({
      ok: true,
      value: {
        revenue: 80_000,
        deals: 8,
        leads: 64,
        perMonth: 64,
        plannedPerMonth: 16,
        budget: 3_200,
      },
    });
  });

  it('counts no leads for a month whose lead count does not read', () => {
    // January's leads typed as "abc": not a count, so none arrived (never the plan's 16).
    const result = forecast(laggedScenario(), [entry({ stages: ['abc'] })], 3);
    expect(result.outOfReach[2]).toMatchObject({ month: '2027-03', leads: 0, from: 'missing' });
  });

  it('counts a due month without revenue as remaining, never as 0', () => {
    // January reported, February due but blank (stages only): February is still to come.
    const result = forecast(
      flatScenario(),
      [entry({ revenue: '20000' }), entry({ stages: ['16'] })],
      2,
    );
    expect(result.done).toEqual(['2027-01']);
    expect(result.remaining).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(result.gapPerMonth).toBe(20_000); // 100,000 ÷ 5
    // February's leads (16, entered) arrived in February, before now (March): out of reach.
    expect(result.outOfReach.map((m) => [m.month, m.from])).toEqual([['2027-02', 'actual']]);
  });

  it('says why no new lead is needed instead of a 0: the target is reached', () => {
    const won = forecast(
      flatScenario(),
      months.map(() => entry({ revenue: '25000' })).slice(0, 5),
      5,
    );
    expect(won).toMatchObject({
      wonSoFar: 125_000,
      gap: -5_000,
      remaining: ['2027-06'],
      gapPerMonth: -5_000,
    });
    expect(won.leadsNeeded).toEqual({ ok: false, problem: { code: 'targetReached' } });

    const settled = forecast(
      flatScenario(),
      months.map(() => entry({ revenue: '20000' })),
      6,
    );
    expect(settled).toMatchObject({ remaining: [], gapPerMonth: null, gap: 0 });
    expect(settled.leadsNeeded).toEqual({ ok: false, problem: { code: 'targetReached' } });
  });

  it('says why no new lead is needed instead of a 0: the leads entered should bring the rest', () => {
    // Today is March. 100 leads entered in each of January and February: 125,000 each expected in
    // March and April, plus 20,000 each from the plan's pre-period leads for January and February:
    // 290,000 in the funnel against 120,000 still needed.
    const result = forecast(
      laggedScenario(),
      [entry({ stages: ['100'] }), entry({ stages: ['100'] })],
      2,
    );
    expect(result.gap).toBe(120_000);
    expect(result.pipelineRevenue).toBe(290_000);
    expect(result.leadsNeeded).toEqual({ ok: false, problem: { code: 'coveredByPipeline' } });
  });

  it('reads as whole figures at 10^15, where a float cannot hold cents', () => {
    // 0.10 and 0.20 won of 10^15 with four months to go: 999,999,999,999,999.70 still needed,
    // 249,999,999,999,999.925 a month. A float's step at 10^15 is 0.125: the gap is held as
    // …999.75 and reads "…999.8". The figures are shown together, in whole dollars.
    const r = forecast(
      flatScenario({ target: '1000000000000000' }),
      [entry({ revenue: '0.1' }), entry({ revenue: '0.2' })],
      2,
    );
    expect(r.remaining).toHaveLength(4);
    const shown = formatMoneyColumn([r.target, r.wonSoFar, r.gap, r.gapPerMonth!], {
      locale: 'en',
      currency: 'USD',
    });
    expect(shown).toEqual([
      '$1,000,000,000,000,000',
      '$0',
      '$1,000,000,000,000,000',
      '$250,000,000,000,000',
    ]);
  });
});
