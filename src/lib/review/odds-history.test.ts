import { describe, expect, it } from 'vitest';
import { setActuals } from './entry';
import { monthsBetween } from './months';
import { oddsHistory } from './odds';
import { monthlyReview } from './review';
import { snapshotPlan } from './snapshot-plan';
import { snapshotMonth } from './targets';
import { flatScenario, laggedScenario, planned } from './test-review';
import { defaultTracking } from './tracking';

/**
 * January–March reported against the flat plan (120,000 over six months, 16 leads a month):
 * January 20 leads and 15,000 won, February 16 and 25,000, March 12 and 10,000.
 */
function reportedAgainst(scenario = flatScenario()) {
  const p = planned(scenario);
  const snapshotOf = (month: string) =>
    snapshotMonth(
      { scenario, ...p, takenAt: `${month}-28T00:00:00.000Z` },
      monthsBetween('2027-01', month),
    );
  const rows = [
    ['2027-01', '20', '15000'],
    ['2027-02', '16', '25000'],
    ['2027-03', '12', '10000'],
  ] as const;
  return setActuals(
    defaultTracking(),
    rows.flatMap(([month, leads, revenue]) => [
      { month, field: 'stages.0' as const, text: leads },
      { month, field: 'revenue' as const, text: revenue },
    ]),
    snapshotOf,
  );
}

function review(scenarioNow = flatScenario({ target: '240000' })) {
  const r = monthlyReview({
    scenario: scenarioNow,
    draft: null,
    periodStart: '2027-01',
    tracking: reportedAgainst(),
    today: '2027-04-10',
  });
  if (!r.ok) throw new Error('no review');
  return r.value;
}

describe('how the odds moved', () => {
  it('runs each point on the plan its month was reported against, not the plan now', () => {
    // The target doubled to 240,000 after March. Each point keeps 120,000 and 16 leads a month:
    // after January 105,000 to go on 5 × 16 = 80 leads; after February 80,000 on 64; after March
    // 70,000 on 48. On the plan now it would be 225,000 on 160 leads after January.
    const r = review();
    const setups = oddsHistory(r.oddsHistory, 'plan');
    expect(setups.map((s) => [s.asOf, s.wonSoFar, s.gap, s.remainingMonths, s.leads])).toEqual([
      [null, 0, 120_000, 6, 96],
      ['2027-01', 15_000, 105_000, 5, 80],
      ['2027-02', 40_000, 80_000, 4, 64],
      ['2027-03', 50_000, 70_000, 3, 48],
    ]);
    expect(r.oddsHistory.map((p) => p.planFrom)).toEqual(['snapshot', 'snapshot', 'snapshot', 'snapshot']);
    // The odds from here stay on the plan now: 240,000 − 50,000.
    expect(r.odds.input.target).toBe(240_000);
  });

  it('falls back to the plan now for a month whose snapshot kept no funnel, and says so', () => {
    const tracking = reportedAgainst();
    const { funnel: _none, ...old } = tracking.months['2027-01']!.plan!;
    const r = monthlyReview({
      scenario: flatScenario({ target: '240000' }),
      draft: null,
      periodStart: '2027-01',
      tracking: { ...tracking, months: { ...tracking.months, '2027-01': { ...tracking.months['2027-01']!, plan: old } } },
      today: '2027-04-10',
    });
    if (!r.ok) throw new Error('no review');
    expect(r.value.oddsHistory.map((p) => p.planFrom)).toEqual(['current', 'current', 'snapshot', 'snapshot']);
    expect(oddsHistory(r.value.oddsHistory, 'plan')[1]).toMatchObject({ gap: 225_000 });
  });
});

describe('snapshotPlan', () => {
  it('plans again what the snapshot kept, lags included', () => {
    // 61 days from SQL to Won: leads arrive two months before their deals (offsets 0, 0, 0, 2).
    const scenario = laggedScenario();
    const p = planned(scenario);
    const kept = snapshotMonth({ scenario, ...p, takenAt: '' }, 0);
    const again = snapshotPlan(kept, planned(flatScenario({ target: '999000' })).input);
    expect(again?.input.target).toBe(120_000);
    expect(again?.plan.timeline.offsets).toEqual([0, 0, 0, 2]);
    expect(again?.plan.reverse.leads).toBe(96);
  });

  it('is null for a snapshot taken before the funnel was kept', () => {
    const p = planned(flatScenario());
    const { funnel: _none, ...old } = snapshotMonth({ scenario: flatScenario(), ...p, takenAt: '' }, 0);
    expect(snapshotPlan(old, p.input)).toBeNull();
  });
});
