import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setActuals, type ActualField } from './entry';
import { monthlyReview, type ReviewSources } from './review';
import { snapshotMonth } from './targets';
import { entry, flatScenario, planned, slaContent } from './test-review';
import { defaultTracking, type TrackingState } from './tracking';
import { monthsBetween } from './months';

const draft = { id: 'd1', content: slaContent() };

/** Every number anywhere in a value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbers);
  return [];
}

/** Jan–Mar reported against the flat plan (20,000 a month) and an SLA of 100 MQLs a month. */
function reported(): TrackingState {
  const scenario = flatScenario();
  const p = planned(scenario);
  const snapshotOf = (month: string) =>
    snapshotMonth(
      { scenario, ...p, draft, takenAt: `${month}-28T00:00:00.000Z` },
      monthsBetween('2027-01', month),
    );
  const rows: [string, Record<string, string>][] = [
    [
      '2027-01',
      {
        'stages.0': '20',
        'stages.1': '6',
        'stages.2': '3',
        'stages.3': '1',
        revenue: '15000',
        spend: '1000',
        'sla.mqlsDelivered': '70',
        'sla.attempts': '6',
      },
    ],
    [
      '2027-02',
      {
        'stages.0': '16',
        'stages.1': '8',
        'stages.2': '4',
        'stages.3': '2',
        revenue: '25000',
        'sla.mqlsDelivered': '60',
        'sla.attempts': '6',
      },
    ],
    [
      '2027-03',
      {
        'stages.0': '12',
        'stages.1': '20',
        revenue: '10000',
        'sla.mqlsDelivered': '80',
        'sla.attempts': 'six',
      },
    ],
  ];
  const cells = rows.flatMap(([month, fields]) =>
    Object.entries(fields).map(([field, text]) => ({ month, field: field as ActualField, text })),
  );
  return setActuals(
    { ...defaultTracking(), scenarioId: scenario.id, draftId: draft.id },
    cells,
    snapshotOf,
  );
}

const sources = (change: Partial<ReviewSources> = {}): ReviewSources => ({
  scenario: flatScenario(),
  draft,
  periodStart: '2027-01',
  tracking: reported(),
  today: '2027-04-10',
  ...change,
});

function review(change: Partial<ReviewSources> = {}) {
  const result = monthlyReview(sources(change));
  if (!result.ok) throw new Error(`no review: ${JSON.stringify(result.problem)}`);
  return result.value;
}

describe('monthlyReview', () => {
  it('lays out the period: due, reported, not reported', () => {
    const r = review();
    expect(r.months.map((m) => [m.month, m.due, m.reported])).toEqual([
      ['2027-01', true, true],
      ['2027-02', true, true],
      ['2027-03', true, true],
      ['2027-04', true, false], // the current month, nothing entered yet
      ['2027-05', false, false],
      ['2027-06', false, false],
    ]);
    expect(r.notReported).toEqual(['2027-04']);
    expect(r.latestReported).toBe('2027-03');
    expect(r.noDraft).toBe(false);
  });

  it('leaves a month holding only text that is no figure not reported, and says what to fix', () => {
    // April: "abc" in Revenue won. It is not the latest reported month and is still asked for.
    const tracking = setActuals(
      reported(),
      [{ month: '2027-04', field: 'revenue', text: 'abc' }],
      () => null,
    );
    const r = review({ tracking });
    const apr = r.months[3]!;
    expect(apr.reported).toBe(false);
    expect(apr.actuals.problems).toEqual([
      { code: 'notANumber', field: 'revenue', month: '2027-04' },
    ]);
    expect(r.notReported).toEqual(['2027-04']);
    expect(r.latestReported).toBe('2027-03');
    // Nor is it counted as won: April remains.
    expect(r.reforecast.done).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it("reads money typed with the workbook's currency sign, and says another currency's by name", () => {
    const tracking = setActuals(
      reported(),
      [
        { month: '2027-04', field: 'revenue', text: '$12,000.00' },
        { month: '2027-04', field: 'spend', text: '€1,000' },
      ],
      () => null,
    );
    const apr = review({ tracking, currency: 'USD' }).months[3]!;
    expect(apr.actuals.revenue).toEqual({ ok: true, value: 12_000 });
    expect(apr.actuals.problems).toEqual([
      {
        code: 'otherCurrency',
        sign: '€',
        currencies: ['EUR'],
        expected: 'USD',
        field: 'spend',
        month: '2027-04',
      },
    ]);
    // Without the workbook's currency, a sign is not read at all (never guessed).
    expect(review({ tracking }).months[3]!.actuals.revenue).toMatchObject({ ok: false });
  });

  it('holds each month against the plan kept with it, and says what changed since', () => {
    // The target doubles after the actuals were entered: the reported months keep 20,000 a month.
    const r = review({ scenario: flatScenario({ target: '240000' }) });
    const [jan, , , apr] = r.months;
    expect(jan).toMatchObject({ planFrom: 'snapshot', changes: ['counts', 'revenue', 'spend'] });
    expect(jan!.planVsActual.revenue).toMatchObject({
      ok: true,
      value: { planned: 20_000, difference: -5_000 },
    });
    expect(apr).toMatchObject({ planFrom: 'current', changes: [] });
    expect(apr!.plan.revenue).toBe(40_000);
    // The re-forecast is held against the target now: 240,000 − 50,000 won.
    expect(r.reforecast.gap).toBe(190_000);
  });

  it('keeps a month’s figures with the stages it was reported against when a stage is added', () => {
    // January reported 20, 6, 3, 1 against Lead, MQL, SQL, Won; then Proposal comes before Won.
    const base = flatScenario();
    const step = base.steps[0]!;
    const scenario = flatScenario({
      stages: ['Lead', 'MQL', 'SQL', 'Proposal', 'Won'],
      steps: [step, step, step, { ...step, rate: '100' }],
    });
    const r = review({ scenario });
    const january = r.months[0]!;
    expect(january.plan.stages).toEqual(['Lead', 'MQL', 'SQL', 'Won']);
    expect(january.changes).toContain('stages');
    // Won against the kept plan: 1 of 2.
    expect(january.planVsActual.stages[3]).toMatchObject({ ok: true, value: { planned: 2, actual: 1 } });
    // What reads by the stages now sees Won as 1 and Proposal as not reported, never Won's figure.
    const now = r.odds.actuals[0]!.stages.map((s) => (s.ok ? s.value : s.problem.code));
    expect(now).toEqual([20, 6, 3, 'notReported', 1]);
  });

  it('marks what is unusual and what cannot be read, month by month', () => {
    const mar = review().months[2]!;
    expect(mar.actuals.warnings).toEqual([
      { code: 'unusual', field: 'stages.1', month: '2027-03', max: 12 },
    ]);
    expect(mar.actuals.problems).toEqual([
      { code: 'notANumber', field: 'sla.attempts', month: '2027-03' },
    ]);
  });

  it('escalates the cumulative MQL volume missed two months running, step by step', () => {
    // Target 100 a month. Cumulative: 70 / 100 = 70 %, 130 / 200 = 65 %, 210 / 300 = 70 %: missed each month.
    const r = review();
    const flagged = r.months.map((m) => m.escalations.map((e) => [e.key, e.streak, e.step?.index]));
    expect(flagged).toEqual([
      [],
      [['mqlVolumeCumulative', 2, 0]],
      [['mqlVolumeCumulative', 3, 1]],
      [],
      [],
      [],
    ]);
    expect(r.months[2]!.escalations[0]).toMatchObject({
      ownerName: 'Mia',
      step: { text: 'Heads of marketing and sales decide' },
    });
  });

  it('gives the re-forecast and what the odds need', () => {
    const r = review();
    // Won 15,000 + 25,000 + 10,000 = 50,000; 70,000 over April–June.
    expect(r.reforecast).toMatchObject({
      wonSoFar: 50_000,
      gap: 70_000,
      remaining: ['2027-04', '2027-05', '2027-06'],
    });
    expect(r.odds.months).toHaveLength(6);
    expect(r.odds.actuals[0]?.revenue).toEqual({ ok: true, value: 15_000 });
  });

  it('without a draft, scores only the months that kept the commitments that applied then', () => {
    const r = review({ draft: null });
    expect(r.noDraft).toBe(true);
    expect(r.months[0]!.scorecard.length).toBeGreaterThan(0); // January's snapshot holds its SLA
    expect(r.months[3]!.scorecard).toEqual([]);
    expect(r.months[1]!.escalations[0]?.step).toBeNull(); // and no ladder to climb
  });

  it('scores each reported month from its own commitments when the SLA draft is gone', () => {
    // January–March kept the commitments that applied; April on have none to score without a draft.
    const gone = review({ draft: null });
    expect(gone.months.map((m) => m.commitmentsFrom)).toEqual([
      'snapshot',
      'snapshot',
      'snapshot',
      null,
      null,
      null,
    ]);
    // January's own target: 100 MQLs, 70 delivered.
    expect(gone.months[0]!.scorecard[0]).toMatchObject({
      key: 'mqlVolume',
      score: { kind: 'scored', target: 100, actual: 70 },
    });
    expect(review().months.map((m) => m.commitmentsFrom).slice(2, 4)).toEqual(['snapshot', 'draft']);
  });

  it('lists the months with figures or notes outside the period, and keeps them', () => {
    // The period moves to start in March: January and February fall before it.
    const later = review({ periodStart: '2027-03' });
    expect(later.outsidePeriod).toEqual({ before: ['2027-01', '2027-02'], after: [] });
    expect(later.months[0]!.month).toBe('2027-03');
    // The period moves to start in September 2026 (to February): March falls after it.
    expect(review({ periodStart: '2026-09' }).outsidePeriod).toEqual({ before: [], after: ['2027-03'] });
    expect(review().outsidePeriod).toEqual({ before: [], after: [] });
    // A note alone is no report, but it is listed as well: what someone wrote is never hidden.
    // A note of blanks is nothing written.
    const noted = {
      ...reported(),
      months: {
        ...reported().months,
        '2026-11': entry({ note: '  ' }),
        '2026-12': entry({ note: 'Kick-off' }),
        '2028-01': entry({ note: 'Plan next year' }),
      },
    };
    expect(review({ tracking: noted }).outsidePeriod).toEqual({ before: ['2026-12'], after: ['2028-01'] });
  });

  it('holds a reported month, and its print, against the plan it was reported against', () => {
    // After January–March were reported against "Flat" (120,000), the plan is renamed and doubled.
    const r = review({ scenario: flatScenario({ name: 'Flat v2', target: '240000' }) });
    expect(r.months[0]!.heldAgainst).toEqual({
      name: 'Flat',
      from: '2027-01',
      to: '2027-06',
      target: 120_000,
      takenAt: '2027-01-28T00:00:00.000Z',
    });
    expect(r.months[3]!.heldAgainst).toEqual({
      name: 'Flat v2',
      from: '2027-01',
      to: '2027-06',
      target: 240_000,
      takenAt: '',
    });
  });

  it('never gives NaN or Infinity, whatever was typed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('1e309', '-1', '0', '1,5', '99999999999999999')),
          { minLength: 12, maxLength: 12 },
        ),
        (texts) => {
          const fields: ActualField[] = [
            'stages.0',
            'stages.1',
            'stages.2',
            'stages.3',
            'revenue',
            'spend',
            'sla.mqlsDelivered',
            'sla.firstResponse.a',
            'sla.attempts',
            'sla.sqlAcceptance',
            'sla.recycledHandled',
            'sla.handoverHours',
          ];
          const cells = fields.map((field, i) => ({ month: '2027-02', field, text: texts[i]! }));
          const r = review({ tracking: setActuals(reported(), cells, () => null) });
          expect(numbers(r.months).every(Number.isFinite)).toBe(true);
          expect(numbers(r.reforecast).every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['no scenario', { scenario: null }, { code: 'nothingToReview', field: 'scenario' }],
    [
      'a scenario that cannot be planned',
      { scenario: flatScenario({ target: 'abc' }) },
      { code: 'notANumber', field: 'target' },
    ],
    ['no period start', { periodStart: '' }, { code: 'empty', field: 'periodStart' }],
    ['no valid today', { today: 'today' }, { code: 'notANumber', field: 'today' }],
  ] as [string, Partial<ReviewSources>, object][])(
    'says what is missing: %s',
    (_, change, problem) => {
      expect(monthlyReview(sources(change))).toEqual({ ok: false, problem });
    },
  );

  it('uses the default thresholds in place of bad ones, and says so', () => {
    const r = review({ tracking: { ...reported(), thresholds: { atRisk: 'abc', missed: '80' } } });
    expect(r.thresholds).toEqual({ atRisk: 95, missed: 80 });
    expect(r.thresholdProblems).toEqual([{ code: 'notANumber', field: 'thresholds.atRisk' }]);
  });
});
