import { describe, expect, it } from 'vitest';
import { periodMonths } from './months';
import { historyPoints, oddsHistory, oddsOf, oddsSetup, type OddsArgs, type RateSource } from './odds';
import { runOdds } from './odds-run';
import { actualsOf, entry, flatScenario, planned } from './test-review';
import type { MonthEntry } from './tracking';

const months = (() => {
  const p = periodMonths('2027-01', 6);
  if (!p.ok) throw new Error('no period');
  return p.value;
})();

/** Today is March (index 2) unless said. */
const args = (
  entries: (MonthEntry | undefined)[],
  source: RateSource = 'plan',
  scenario = flatScenario(),
  now = 2,
): OddsArgs => ({
  ...planned(scenario),
  months,
  actuals: actualsOf(months, entries),
  now,
  source,
});

// January: 20 leads, 6 MQLs, 3 SQLs, 1 deal, 15,000. February: 16, 8, 4, 2, 25,000.
const twoMonths = [
  entry({ stages: ['20', '6', '3', '1'], revenue: '15000' }),
  entry({ stages: ['16', '8', '4', '2'], revenue: '25000' }),
];

describe('oddsSetup', () => {
  it('simulates the remaining months on their leads, for the revenue still needed', () => {
    // Won 40,000; 80,000 to go over 4 months, each on the plan's 16 leads: 64 leads.
    const setup = oddsSetup(args(twoMonths));
    expect(setup).toMatchObject({
      asOf: '2027-06',
      wonSoFar: 40_000,
      gap: 80_000,
      remainingMonths: 4,
      leads: 64,
    });
    expect(setup.simulation?.input).toMatchObject({ months: 4, target: 80_000, seed: 1 });
    expect(setup.simulation?.input.steps.map((s) => s.rate)).toEqual([
      { likely: 0.5 },
      { likely: 0.5 },
      { likely: 0.5 },
    ]);
    expect(setup.simulation?.plan.leads).toBe(64);
  });

  it('blends the measured rates in when asked', () => {
    // Lead → MQL: 14 of 36 → (100 + 14) ÷ 236 = 0.48305; MQL → SQL: 7 of 14 → (100 + 7) ÷ 214 = 0.5;
    // SQL → Won: 3 of 7 → (100 + 3) ÷ 207 = 0.49758.
    const rates = oddsSetup(args(twoMonths, 'measured')).simulation!.input.steps.map(
      (s) => s.rate.likely,
    );
    expect(rates[0]).toBeCloseTo(114 / 236, 12);
    expect(rates[1]).toBeCloseTo(0.5, 12);
    expect(rates[2]).toBeCloseTo(103 / 207, 12);
  });

  it('counts only the actuals up to the month asked for', () => {
    const setup = oddsSetup(args(twoMonths), 0);
    expect(setup).toMatchObject({
      asOf: '2027-01',
      wonSoFar: 15_000,
      gap: 105_000,
      remainingMonths: 5,
      leads: 80,
    });
    expect(oddsSetup(args(twoMonths), -1)).toMatchObject({
      asOf: null,
      wonSoFar: 0,
      gap: 120_000,
      remainingMonths: 6,
      leads: 96,
    });
  });

  it('simulates months not reported from the plan, past ones too, never as zero results', () => {
    // Today is May (index 4), nothing entered, no lag: every month is simulated on the plan's
    // 16 leads (96 in all) for the whole 120,000, as the plan alone is; no month counts as reported.
    const before = oddsSetup(args([], 'plan', flatScenario(), 4));
    expect(before).toMatchObject({ remainingMonths: 6, leads: 96, gap: 120_000, counted: [] });
    // 96 leads at 12.5 % are 12 deals on average, the 12 the target needs: about even odds
    // (P(Binomial(96, 0.125) ≥ 12) ≈ 0.55), not the near zero of 32 leads.
    const odds = runOdds(before, { trials: 5_000 });
    expect(odds.probability).toBeGreaterThan(0.45);
    expect(odds.probability).toBeCloseTo(runOdds(oddsSetup(args([]), -1), { trials: 5_000 }).probability, 12);
  });

  it('says which months it counts as reported: those with a figure, through the month asked for', () => {
    // January and February reported; March holds only a lead count (its revenue still to come).
    const entries = [...twoMonths, entry({ stages: ['12'] })];
    expect(oddsSetup(args(entries)).counted).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(oddsSetup(args(entries), 0).counted).toEqual(['2027-01']);
    // March is simulated on its own 12 leads, April–June on the plan's 16: 60.
    expect(oddsSetup(args(entries)).leads).toBe(60);
  });

  it('settles the odds when no month remains', () => {
    const reached = oddsSetup(args(months.map(() => entry({ revenue: '20000' }))));
    expect(reached.simulation).toBeNull();
    expect(runOdds(reached)).toEqual({
      asOf: '2027-06',
      probability: 1,
      total: { p10: 120_000, p50: 120_000, p90: 120_000, mean: 120_000 },
      trials: 0,
    });
    const short = oddsSetup(args(months.map(() => entry({ revenue: '19000' }))));
    expect(runOdds(short)).toMatchObject({ probability: 0, total: { p50: 114_000 } });
  });
});

describe('runOdds', () => {
  it('gives the same figures for the same inputs (seeded)', () => {
    const setup = oddsSetup(args(twoMonths));
    expect(runOdds(setup, { trials: 2_000 })).toEqual(runOdds(setup, { trials: 2_000 }));
  });

  it('adds the revenue won to every simulated total', () => {
    // 64 leads at 12.5 % are 8 deals on average: 80,000 + 40,000 won = 120,000 expected.
    const odds = runOdds(oddsSetup(args(twoMonths)), { trials: 20_000 });
    expect(odds.total.p10).toBeGreaterThanOrEqual(40_000);
    expect(odds.total.p10).toBeLessThanOrEqual(odds.total.p50);
    expect(odds.total.p50).toBeLessThanOrEqual(odds.total.p90);
    expect(Math.abs(odds.total.mean / 120_000 - 1)).toBeLessThan(0.02);
    // Binomial(64, 0.125) ≥ 8 deals: a little over a coin toss (P ≈ 0.56).
    expect(odds.probability).toBeGreaterThan(0.5);
    expect(odds.probability).toBeLessThan(0.62);
  });

  it('lowers the odds when many months convert far below plan, and keeps them near the plan when few do', () => {
    // 1,000 leads a month, 100 MQLs: Lead → MQL measured 10 % over 2,000 leads pulls the blend to (100 + 200) ÷ 2,200 = 13.6 %.
    const poor = months
      .slice(0, 2)
      .map(() => entry({ stages: ['1000', '100', '50', '25'], revenue: '20000' }));
    const plan = runOdds(oddsSetup(args(poor, 'plan')), { trials: 5_000 });
    const measured = runOdds(oddsSetup(args(poor, 'measured')), { trials: 5_000 });
    expect(measured.probability).toBeLessThan(plan.probability / 4);
    // 2 of 10 leads in one month hardly moves it: (100 + 2) ÷ 210 = 48.6 %.
    const few = [entry({ stages: ['10', '2', '1', '0'], revenue: '20000' })];
    const fewPlan = runOdds(oddsSetup(args(few, 'plan')), { trials: 5_000 });
    const fewMeasured = runOdds(oddsSetup(args(few, 'measured')), { trials: 5_000 });
    expect(Math.abs(fewMeasured.probability - fewPlan.probability)).toBeLessThan(0.15);
  });
});

describe('oddsHistory: how the odds moved', () => {
  it('starts from the plan alone, then adds each month whose revenue is in', () => {
    const setups = oddsHistory(historyPoints(args([...twoMonths, entry({ stages: ['16'] })])), 'plan');
    expect(setups.map((s) => [s.asOf, s.wonSoFar, s.remainingMonths])).toEqual([
      [null, 0, 6],
      ['2027-01', 15_000, 5],
      ['2027-02', 40_000, 4],
    ]);
    const odds = setups.map((s) => runOdds(s, { trials: 1_000 }));
    expect(odds.every((o) => o.probability >= 0 && o.probability <= 1)).toBe(true);
  });

  it('reads a partial simulation the same way (a worker reporting progress)', () => {
    const setup = oddsSetup(args(twoMonths));
    expect(oddsOf(setup, null)).toMatchObject({ probability: 0, trials: 0 }); // nothing run yet: no claim of success
  });
});
