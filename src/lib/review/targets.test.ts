import { describe, expect, it } from 'vitest';
import { slaChanges } from './sla-changes';
import { planTargets, slaCommitments, snapshotChanges, snapshotMonth } from './targets';
import { flatScenario, laggedScenario, planned, slaContent } from './test-review';

describe('planTargets reads the plan per month from the planner timeline', () => {
  it('gives the steady flow when nothing lags', () => {
    // 96 leads, 48 MQLs, 24 SQLs, 12 deals over 6 months; 16 leads × CPL 50 = 800 spend.
    const targets = planTargets(planned(flatScenario()).plan, 6);
    expect(targets).toHaveLength(6);
    for (const month of targets)
      expect(month).toEqual({ counts: [16, 8, 4, 2], revenue: 20_000, spend: 800 });
  });

  it('follows the lag: the last two months need no new leads, so no spend', () => {
    // Offsets 0, 0, 0, 2: deals of months 0–5 come from leads of months −2 to 3.
    const targets = planTargets(planned(laggedScenario()).plan, 6);
    expect(targets.map((t) => t.counts)).toEqual([
      [16, 8, 4, 2],
      [16, 8, 4, 2],
      [16, 8, 4, 2],
      [16, 8, 4, 2],
      [0, 0, 0, 2],
      [0, 0, 0, 2],
    ]);
    expect(targets.map((t) => t.spend)).toEqual([800, 800, 800, 800, 0, 0]);
    expect(targets.every((t) => t.revenue === 20_000)).toBe(true);
  });
});

describe('snapshotMonth', () => {
  const { input, plan } = planned(flatScenario());
  const source = {
    scenario: { id: 's-flat', name: 'Flat' },
    input,
    plan,
    draft: { id: 'd1', content: slaContent() },
    takenAt: '2027-01-31T10:00:00.000Z',
  };

  it('keeps what applied to the month: targets, unit costs, rates, the SLA as written', () => {
    expect(snapshotMonth(source, 2)).toEqual({
      takenAt: '2027-01-31T10:00:00.000Z',
      scenarioId: 's-flat',
      scenarioName: 'Flat',
      stages: ['Lead', 'MQL', 'SQL', 'Won'],
      counts: [16, 8, 4, 2],
      revenue: 20_000,
      spend: 800,
      costPerLead: 50, // 4,800 ÷ 96 leads
      costPerDeal: 400, // 4,800 ÷ 12 deals
      rates: [0.5, 0.5, 0.5],
      dealSize: 10_000,
      // What the month's odds are simulated from: 120,000 over 6 months, no ranges, no lags.
      funnel: {
        target: 120_000,
        months: 6,
        dealSize: { likely: 10_000 },
        steps: [0, 1, 2].map(() => ({ rate: { likely: 0.5 }, lagDays: 0 })),
      },
      sla: {
        draftId: 'd1',
        mqlsPerMonth: '100',
        minMqlToSqlRate: '25%',
        handoverHours: '24',
        responseHours: { a: '1', b: '4', c: '24', d: '' },
        attempts: '6',
        recycling: 'Back to nurture after 90 days',
      },
    });
  });

  it('has no SLA part without a draft', () => {
    expect(snapshotMonth({ ...source, draft: null }, 0).sla).toBeUndefined();
  });

  describe('snapshotChanges says what the plan now says differently', () => {
    const then = snapshotMonth(source, 0);
    const now = (scenario: ReturnType<typeof flatScenario>, content = slaContent()) => {
      const p = planned(scenario);
      return snapshotMonth({ ...source, ...p, draft: { id: 'd2', content } }, 0);
    };

    it.each([
      ['nothing (the draft copied under another id)', flatScenario(), slaContent(), []],
      // 180,000 ÷ 10,000 = 18 deals: every count and the revenue move; CPL stays 50, cost per deal 400.
      [
        'a higher target',
        flatScenario({ target: '180000' }),
        slaContent(),
        ['counts', 'revenue', 'spend'],
      ],
      [
        'a renamed stage',
        flatScenario({ stages: ['Lead', 'MQL', 'SAL', 'Won'] }),
        slaContent(),
        ['stages'],
      ],
      ['a dearer lead', flatScenario({ cpl: '60' }), slaContent(), ['spend', 'costs']],
      ['an SLA promise', flatScenario(), slaContent({ sales: { attempts: '8' } }), ['sla']],
      // What the page shows is trimmed text: a space typed after a promise changes nothing.
      ['a space after a promise', flatScenario(), slaContent({ sales: { attempts: '6 ' } }), []],
    ])('%s', (_, scenario, content, changes) => {
      expect(snapshotChanges(then, now(scenario, content))).toEqual(changes);
    });
  });
});

describe('slaCommitments', () => {
  it('copies the measurable promises as text, first response from the grading table', () => {
    const commitments = slaCommitments(
      'd1',
      slaContent({ marketing: { mqlsPerMonth: 'about 100' } }),
    );
    expect(commitments.mqlsPerMonth).toBe('about 100');
    expect(commitments.responseHours).toEqual({ a: '1', b: '4', c: '24', d: '' });
  });
});

describe('slaChanges', () => {
  const then = slaCommitments('d1', slaContent());
  it('names each commitment that changed, with what it said then and says now', () => {
    const now = slaCommitments(
      'd2', // another draft saying the same is no change; these two promises are
      slaContent({ marketing: { mqlsPerMonth: '120' }, sales: { attempts: ' 6 ', recycling: '' } }),
    );
    expect(slaChanges(then, now)).toEqual([
      { field: 'mqlsPerMonth', then: '100', now: '120' },
      { field: 'recycling', then: 'Back to nurture after 90 days', now: '' },
    ]);
  });

  it('reads a grade’s first response from the grading table', () => {
    const content = slaContent();
    const now = slaCommitments('d1', {
      ...content,
      grading: { ...content.grading, d: { ...content.grading.d, responseHours: '48' } },
    });
    expect(slaChanges(then, now)).toEqual([{ field: 'responseHours.d', then: '', now: '48' }]);
  });

  it('says nothing changed when neither month had an SLA, or both say the same', () => {
    expect(slaChanges(undefined, undefined)).toEqual([]);
    expect(slaChanges(then, slaCommitments('d9', slaContent()))).toEqual([]);
  });

  it('counts every stated commitment as a change when the SLA came or went', () => {
    expect(slaChanges(undefined, then).map((c) => c.field)).toEqual([
      'mqlsPerMonth',
      'minMqlToSqlRate',
      'handoverHours',
      'responseHours.a',
      'responseHours.b',
      'responseHours.c',
      'attempts',
      'recycling',
    ]);
  });

  it('does not name a split a month reported under version 1 could not record, the figure unchanged', () => {
    const split = { ...then, mqlsPerMonth: '84', mqlsTotal: 1000, mqlMonths: 12 };
    const migrated = { ...then, mqlsPerMonth: '84', splitUnrecorded: true };
    expect(slaChanges(migrated, split)).toEqual([]);
    expect(slaChanges(migrated, { ...split, mqlsPerMonth: '90' })).toEqual([
      { field: 'mqlsPerMonth', then: '84', now: '90' },
      { field: 'mqlSplit', then: null, now: { total: 1000, months: 12 } },
    ]);
  });

  it('names a linked plan’s split that came in', () => {
    const split = { ...then, mqlsPerMonth: '84', mqlsTotal: 1000, mqlMonths: 12 };
    expect(slaChanges({ ...then, mqlsPerMonth: '84' }, split)).toEqual([
      { field: 'mqlSplit', then: null, now: { total: 1000, months: 12 } },
    ]);
  });
});
