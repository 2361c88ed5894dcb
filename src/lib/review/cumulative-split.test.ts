import { describe, expect, it } from 'vitest';
import { linkPlan } from '../sla/link';
import { setActuals, type ActualField } from './entry';
import { monthsBetween } from './months';
import { monthlyReview } from './review';
import type { ScorecardRow } from './scorecard';
import { snapshotMonth } from './targets';
import { flatScenario, planned, slaContent } from './test-review';
import { defaultTracking } from './tracking';

/**
 * An SLA linked to a plan of 1,000 MQLs over 12 months (83.3 a month). The agreement states 84 a
 * month, the most any month of its split asks, and the split itself, due by each month's end:
 *   ⌈1000 × m ÷ 12⌉ = 84, 167, 250, 334, 417, 500, 584, 667, 750, 834, 917, 1000
 * each month's own part: 84, 83, 83, 84, 83, 83, 84, 83, 83, 84, 83, 83 (they add up to 1,000).
 * The cumulative row holds the MQLs so far against that split, not months × 84 (252 by March,
 * 1,008 by December).
 */
const linked = linkPlan(
  slaContent({ marketing: { mqlsPerMonth: '' } }),
  {
    scenarioId: 's-flat',
    scenarioName: 'Flat',
    mqlsPerMonth: 1000 / 12,
    sqlsPerMonth: 500 / 12,
    mqlsPerRep: 1000 / 12 / 2,
    sqlsPerRep: 500 / 12 / 2,
    reps: 2,
    capacityOk: true,
    maxMqlsPerMonth: 200,
    months: 12,
    mqlsTotal: 1000,
    sqlsTotal: 500,
  },
  '2026-12-01T00:00:00.000Z',
);
const draft = { id: 'd1', content: linked };
const scenario = flatScenario({ months: '12' });
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

/** The review with `mqls[i]` MQLs delivered in month i, entered as a user does (each month keeps its snapshot). */
function reviewWith(mqls: readonly string[], changedDraft = draft, snapshotDraft = draft) {
  const p = planned(scenario);
  const snapshotOf = (month: string) =>
    snapshotMonth(
      { scenario, ...p, draft: snapshotDraft, takenAt: `${month}-28T00:00:00.000Z` },
      monthsBetween('2027-01', month),
    );
  const tracking = setActuals(
    { ...defaultTracking(), scenarioId: scenario.id, draftId: draft.id },
    mqls.map((text, i) => ({ month: MONTHS[i]!, field: 'sla.mqlsDelivered' as ActualField, text })),
    snapshotOf,
  );
  const result = monthlyReview({
    scenario,
    draft: changedDraft,
    periodStart: '2027-01',
    tracking,
    today: '2028-01-10',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

const score = (rows: ScorecardRow[], key: ScorecardRow['key']) => {
  const s = rows.find((r) => r.key === key)!.score;
  return s.kind === 'scored' ? [s.target, s.actual, s.variance.difference] : s.kind;
};

describe('the MQL volume of an SLA linked to a plan', () => {
  it('states 84 a month, as the link wrote it', () => {
    expect(linked.marketing.mqlsPerMonth).toBe('84');
  });

  it('holds each month against its own part of the split and the MQLs so far against the split', () => {
    // 80, 85, 90 MQLs. Monthly: 80 − 84 = −4, 85 − 83 = +2, 90 − 83 = +7.
    // Cumulative: 80 / 84, 165 / 167, 255 / 250 (+5; months × 84 would say 255 / 252).
    const r = reviewWith(['80', '85', '90']);
    const first3 = r.months.slice(0, 3);
    expect(first3.map((m) => score(m.scorecard, 'mqlVolume'))).toEqual([
      [84, 80, -4],
      [83, 85, 2],
      [83, 90, 7],
    ]);
    expect(first3.map((m) => score(m.scorecard, 'mqlVolumeCumulative'))).toEqual([
      [84, 80, -4],
      [167, 165, -2],
      [250, 255, 5],
    ]);
  });

  it('ends the year at the period total: 84 a month for 12 months is 1,008 against 1,000', () => {
    const r = reviewWith(MONTHS.map(() => '84'));
    expect(score(r.months[11]!.scorecard, 'mqlVolumeCumulative')).toEqual([1000, 1008, 8]);
  });

  it('counts a month not reported as left out: its part of the split is not due in the sum', () => {
    // February blank: Jan 84 + Mar 83 = 167 due, 90 + 90 = 180 delivered.
    const r = reviewWith(['90', '', '90']);
    expect(score(r.months[2]!.scorecard, 'mqlVolumeCumulative')).toEqual([167, 180, 13]);
  });

  it('uses the figure typed over the linked one: 100 a month is 300 by March', () => {
    const typed = { id: 'd1', content: { ...linked, marketing: { ...linked.marketing, mqlsPerMonth: '100' } } };
    const p = planned(scenario);
    const tracking = setActuals(
      { ...defaultTracking(), scenarioId: scenario.id, draftId: 'd1' },
      ['100', '100', '100'].map((text, i) => ({ month: MONTHS[i]!, field: 'sla.mqlsDelivered' as ActualField, text })),
      (month) =>
        snapshotMonth({ scenario, ...p, draft: typed, takenAt: '' }, monthsBetween('2027-01', month)),
    );
    const result = monthlyReview({ scenario, draft: typed, periodStart: '2027-01', tracking, today: '2027-04-10' });
    if (!result.ok) throw new Error('no review');
    expect(score(result.value.months[2]!.scorecard, 'mqlVolumeCumulative')).toEqual([300, 300, 0]);
  });

  it('keeps months entered before the link at their own 84, and says the SLA changed since', () => {
    const { linkedPlan: _link, ...content } = linked;
    const unlinked = { id: 'd1', content };
    const r = reviewWith(['80', '80'], draft, unlinked);
    // February's part of the split is 83; entered before the link, February keeps its 84.
    expect(score(r.months[1]!.scorecard, 'mqlVolume')).toEqual([84, 80, -4]);
    expect(score(r.months[1]!.scorecard, 'mqlVolumeCumulative')).toEqual([168, 160, -8]);
    expect(r.months[1]!.changes).toEqual(['sla']);
    expect(r.months[2]!.planFrom).toBe('current');
  });

  it('says nothing changed for months reported under version 1, which kept no split', () => {
    const r0 = reviewWith(['80', '80']);
    expect(r0.months[1]!.changes).toEqual([]);
    // The same months as version 1 stored them, migrated: no split, marked as not recorded.
    const p = planned(scenario);
    const tracking = setActuals(
      { ...defaultTracking(), scenarioId: scenario.id, draftId: draft.id },
      ['80', '80'].map((text, i) => ({ month: MONTHS[i]!, field: 'sla.mqlsDelivered' as ActualField, text })),
      (month) => {
        const snapshot = snapshotMonth({ scenario, ...p, draft, takenAt: '' }, monthsBetween('2027-01', month));
        const { mqlsTotal: _t, mqlMonths: _m, ...sla } = snapshot.sla!;
        return { ...snapshot, sla: { ...sla, splitUnrecorded: true } };
      },
    );
    const r = monthlyReview({ scenario, draft, periodStart: '2027-01', tracking, today: '2028-01-10' });
    if (!r.ok) throw new Error('no review');
    expect(r.value.months.slice(0, 2).map((m) => m.changes)).toEqual([[], []]);
  });
});
