import { describe, expect, it } from 'vitest';
import { commitmentsOf } from './commitments';
import { DEFAULT_THRESHOLDS } from './status';
import { scorecards, type ScorecardRow } from './scorecard';
import { slaCommitments } from './targets';
import { actualsOf, entry, slaContent } from './test-review';
import type { SlaCommitments } from './tracking';

const sla = (change?: Parameters<typeof slaContent>[0]) => slaCommitments('d1', slaContent(change));

describe('commitmentsOf', () => {
  it('gives one commitment per stated promise, each with its owner and direction', () => {
    const list = commitmentsOf(sla());
    expect(
      list.map((c) => [
        c.key,
        c.owner,
        c.direction,
        c.target.ok && c.target.value,
        c.promisedHours,
      ]),
    ).toEqual([
      ['mqlVolume', 'marketing', 'higher', 100, undefined],
      ['handoverHours', 'marketing', 'lower', 24, undefined],
      ['sqlAcceptance', 'marketing', 'higher', 25, undefined], // "25%"
      ['firstResponse.a', 'sales', 'higher', 100, 1], // every grade-A lead within 1 hour
      ['firstResponse.b', 'sales', 'higher', 100, 4],
      ['firstResponse.c', 'sales', 'higher', 100, 24], // grade D states no hours: no row
      ['followUpAttempts', 'sales', 'higher', 6, undefined],
      ['recycledHandling', 'sales', 'higher', 100, undefined],
    ]);
  });

  it('marks a promise in words as not measurable, with the reason', () => {
    const list = commitmentsOf(
      sla({ marketing: { mqlsPerMonth: 'lots', minMqlToSqlRate: '-5', handoverHours: '' } }),
    );
    expect(list.find((c) => c.key === 'mqlVolume')?.target).toEqual({
      ok: false,
      problem: { code: 'notMeasurable', field: 'marketing.mqlsPerMonth', reason: 'notANumber' },
    });
    expect(list.find((c) => c.key === 'sqlAcceptance')?.target).toMatchObject({
      ok: false,
      problem: { reason: 'negative' },
    });
    expect(list.some((c) => c.key === 'handoverHours')).toBe(false);
  });

  it('has nothing to score in a blank draft', () => {
    const blank: SlaCommitments = {
      draftId: '',
      mqlsPerMonth: '',
      minMqlToSqlRate: '',
      handoverHours: '',
      responseHours: { a: '', b: '', c: '', d: '' },
      attempts: ' ',
      recycling: '',
    };
    expect(commitmentsOf(blank)).toEqual([]);
  });
});

const MONTHS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05'];
const row = (rows: ScorecardRow[], key: ScorecardRow['key']) => rows.find((r) => r.key === key)!;

describe('scorecards', () => {
  it('scores each measure of the month against the draft, with variance and status', () => {
    const [card] = scorecards(
      actualsOf(MONTHS.slice(0, 1), [
        entry({
          sla: {
            mqlsDelivered: '90',
            handoverHours: '30',
            sqlAcceptance: '30',
            firstResponse: { a: '92', b: '100', c: 'abc', d: '50' },
            attempts: '4.5',
            recycledHandled: '',
          },
        }),
      ]).map((actuals) => ({ actuals, sla: sla() })),
      DEFAULT_THRESHOLDS,
    );
    const summary = card!.map((r) =>
      r.score.kind === 'scored'
        ? [r.key, r.score.actual, r.score.variance.difference, r.score.status]
        : [r.key, r.score.kind, r.score.problem.code],
    );
    expect(summary).toEqual([
      ['mqlVolume', 90, -10, 'atRisk'], // 90 % of 100
      ['mqlVolumeCumulative', 90, -10, 'atRisk'],
      ['handoverHours', 30, 6, 'atRisk'], // 24 ÷ 30 = 80 %: fewer hours are better
      ['sqlAcceptance', 30, 5, 'onTrack'], // 30 % against at least 25 %
      ['firstResponse.a', 92, -8, 'atRisk'], // 92 % of grade-A leads reached within the hour
      ['firstResponse.b', 100, 0, 'onTrack'],
      ['firstResponse.c', 'noActual', 'notANumber'],
      ['followUpAttempts', 4.5, -1.5, 'missed'], // 4.5 ÷ 6 = 75 %
      ['recycledHandling', 'noActual', 'notReported'],
    ]);
    expect(row(card!, 'handoverHours').score).toMatchObject({
      variance: { percent: { ok: true, value: 0.25 } },
    });
  });

  it('counts MQL volume cumulatively: a short month made up later is on track again', () => {
    // Target 100 a month. MQLs: 90, 110, 70, —, 130.
    //   Jan  90 / 100 =  90 %  monthly at risk   cumulative  90 / 100 = 90 %  at risk
    //   Feb 110 / 100        monthly on track   cumulative 200 / 200 = 100 % on track
    //   Mar  70 / 100 =  70 %  monthly missed    cumulative 270 / 300 = 90 %  at risk
    //   Apr  not reported: left out, never 0
    //   May 130 / 100        monthly on track   cumulative 400 / 400 = 100 % on track (Apr left out)
    const mqls = ['90', '110', '70', '', '130'];
    const cards = scorecards(
      actualsOf(
        MONTHS,
        mqls.map((m) => entry({ sla: { mqlsDelivered: m } })),
      ).map((actuals) => ({ actuals, sla: sla() })),
      DEFAULT_THRESHOLDS,
    );
    const status = (key: ScorecardRow['key']) =>
      cards.map((card) => {
        const s = row(card, key).score;
        return s.kind === 'scored' ? `${s.actual}/${s.target} ${s.status}` : s.kind;
      });
    expect(status('mqlVolume')).toEqual([
      '90/100 atRisk',
      '110/100 onTrack',
      '70/100 missed',
      'noActual',
      '130/100 onTrack',
    ]);
    expect(status('mqlVolumeCumulative')).toEqual([
      '90/100 atRisk',
      '200/200 onTrack',
      '270/300 atRisk',
      'noActual',
      '400/400 onTrack',
    ]);
    expect(row(cards[4]!, 'mqlVolumeCumulative')).toMatchObject({
      counted: ['2027-01', '2027-02', '2027-03', '2027-05'],
      leftOut: ['2027-04'],
      escalates: true,
    });
    expect(row(cards[4]!, 'mqlVolume').escalates).toBe(false);
  });

  it('leaves out of the cumulative only months that were due: a month not begun is not "not reported"', () => {
    // Reviewed in February: January reported, February due and blank, March not begun.
    const actuals = actualsOf(MONTHS.slice(0, 3), [
      entry({ sla: { mqlsDelivered: '100' } }),
      entry(),
      entry(),
    ]);
    const cards = scorecards(
      actuals.map((a, i) => ({ actuals: a, sla: sla(), due: i < 2 })),
      DEFAULT_THRESHOLDS,
    );
    expect(row(cards[2]!, 'mqlVolumeCumulative')).toMatchObject({
      counted: ['2027-01'],
      leftOut: ['2027-02'],
    });
    expect(row(cards[1]!, 'mqlVolumeCumulative').leftOut).toEqual(['2027-02']);
  });

  it('holds each month against its own targets: a raised target counts from the month it applies', () => {
    // Jan promised 100, Feb 200 (the SLA changed): cumulative target 300, MQLs 100 + 150 = 250 → 83 % at risk.
    const actuals = actualsOf(MONTHS.slice(0, 2), [
      entry({ sla: { mqlsDelivered: '100' } }),
      entry({ sla: { mqlsDelivered: '150' } }),
    ]);
    const cards = scorecards(
      [
        { actuals: actuals[0]!, sla: sla() },
        { actuals: actuals[1]!, sla: sla({ marketing: { mqlsPerMonth: '200' } }) },
      ],
      DEFAULT_THRESHOLDS,
    );
    expect(row(cards[1]!, 'mqlVolumeCumulative').score).toMatchObject({
      kind: 'scored',
      target: 300,
      actual: 250,
      status: 'atRisk',
    });
  });

  it('gives an empty scorecard without a draft', () => {
    const cards = scorecards(
      actualsOf(MONTHS.slice(0, 1), [entry({ sla: { mqlsDelivered: '5' } })]).map((actuals) => ({
        actuals,
        sla: null,
      })),
      DEFAULT_THRESHOLDS,
    );
    expect(cards).toEqual([[]]);
  });
});
