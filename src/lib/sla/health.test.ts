import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { setAt } from './content-path';
import { slaContentSchema, slaSectionIds, type SlaContent } from './draft';
import { healthCheck, slaNumberProblem, type HealthCode, type HealthOptions } from './health';
import { linkPlan } from './link';

const TODAY = '2025-06-15';

/** A complete, balanced agreement: the health check finds nothing. */
const healthy: SlaContent = v.parse(slaContentSchema, {
  parties: { marketingTeam: 'Demand gen', marketingOwner: 'Mia', salesTeam: 'Inside sales', salesOwner: 'Sam' },
  term: { effectiveDate: '2025-04-01', reviewDate: '2025-07-01', reviewCadence: 'quarterly' },
  goal: { revenueTarget: '2,400,000', period: 'FY2025', statement: 'Grow new revenue together.' },
  icp: { description: 'Clinics with 5+ sites', personas: [{ name: 'Ops lead', description: 'Owns scheduling' }] },
  definitions: {
    lead: { definition: 'Anyone who gave contact details', criteria: ['Valid work e-mail'] },
    mql: { definition: 'Fits and engaged', criteria: ['Fits the ICP', 'Score 50+'] },
    sal: { definition: 'Accepted by sales', criteria: ['Reviewed within 1 day'] },
    sql: { definition: 'Qualified in a call', criteria: ['Budget, need and timing confirmed'] },
  },
  grading: {
    a: { meaning: 'Fit and intent', responseHours: '1' },
    b: { meaning: 'Fit, some intent', responseHours: '4' },
    c: { meaning: 'Partial fit', responseHours: '24' },
    d: { meaning: 'Poor fit', responseHours: '72' },
  },
  temperature: {
    cold: { actions: ['Newsletter'], owner: 'marketing' },
    warm: { actions: ['Webinar invite'], owner: 'shared' },
    hot: { actions: ['Proposal'], owner: 'sales' },
  },
  marketing: { mqlsPerMonth: '400', mqlsPerRep: '50', minMqlToSqlRate: '25%', dataCaptured: ['Company'], handoverHours: '2' },
  sales: { attempts: '6', attemptDays: '10', statusUpdateDays: '2', rejectionReasonHours: '48', recycling: 'Back to nurture' },
  reporting: { kpis: ['MQL→SQL rate'], dashboard: 'CRM funnel', frequency: 'Weekly', reviewers: 'Both heads' },
  escalation: { steps: ['Owners talk', 'Heads meet'], whenMarketingMisses: 'Budget moves to paid search', whenSalesMisses: 'Leads are reassigned' },
  changes: { process: 'Both heads agree in writing' },
  signOff: [
    { party: 'marketing', name: 'Mia', role: 'Head of marketing', date: '2025-04-01' },
    { party: 'sales', name: 'Sam', role: 'Head of sales', date: '2025-04-01' },
  ],
});

const check = (content: SlaContent, options: Partial<HealthOptions> = {}) => healthCheck(content, { today: TODAY, ...options });
const codes = (content: SlaContent, options: Partial<HealthOptions> = {}) => check(content, options).map((f) => f.code);
const edit = (...changes: [string, unknown][]) => changes.reduce((c, [path, value]) => setAt(c, path, value), healthy);
const plan = { capacityOk: true, mqlsPerMonth: 400, maxMqlsPerMonth: 500, changedSinceLink: false };

describe('the health check', () => {
  it('finds nothing wrong with a complete, balanced agreement', () => {
    expect(check(healthy, { plan })).toEqual([]);
  });

  it('reports every section of an empty draft as empty, and nothing finer', () => {
    const findings = check(v.parse(slaContentSchema, {}));
    expect(findings.map((f) => f.section)).toEqual([...slaSectionIds]);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['emptySection']));
    expect(findings.every((f) => f.severity === 'missing')).toBe(true);
  });

  it('names an empty required section, and leaves out that section’s finer findings', () => {
    const content = edit(['escalation', {}]);
    expect(check(content)).toEqual([{ code: 'emptySection', severity: 'missing', section: 'escalation', params: {} }]);
  });

  it('lists findings in section order', () => {
    const findings = check(edit(['signOff', []], ['term.reviewDate', ''], ['definitions.mql.criteria', []]));
    expect(findings.map((f) => f.section)).toEqual(['term', 'definitions', 'signOff']);
  });
});

describe.each<[HealthCode, [string, unknown][], Partial<HealthOptions>?]>([
  ['salesCommitsNothingMeasurable', [
    ['sales', { recycling: 'We do our best' }],
    ['grading', { a: { meaning: 'Best leads', responseHours: 'asap' } }],
  ]],
  ['marketingCommitsNothingMeasurable', [['marketing', { notes: 'Lots of good leads', mqlsPerMonth: 'many' }]]],
  ['noMeasurableCommitments', [
    ['marketing', { notes: 'Lots of leads' }],
    ['sales', { recycling: 'We call back' }],
    ['grading', { a: { meaning: 'Best' }, b: { meaning: 'Good' } }],
  ]],
  ['escalationNoSteps', [['escalation.steps', ['  ']]]],
  ['escalationNoConsequenceForMarketing', [['escalation.whenMarketingMisses', '']]],
  ['escalationNoConsequenceForSales', [['escalation.whenSalesMisses', ' ']]],
  ['responseTimesMissing', [['grading.b.responseHours', ''], ['grading.d.responseHours', 'one week']]],
  ['responseTimesNotTiered', [['grading', {
    a: { meaning: 'x', responseHours: '24' }, b: { meaning: 'x', responseHours: '24' },
    c: { meaning: 'x', responseHours: '24' }, d: { meaning: 'x', responseHours: '24.0' },
  }]]],
  ['responseTimesInverted', [['grading.c.responseHours', '2']]],
  ['volumeOverCapacity', [['marketing.mqlsPerMonth', '600']], { plan }],
  ['volumeOverCapacity', [], { plan: { ...plan, capacityOk: false } }],
  ['reviewDateMissing', [['term.reviewDate', '']]],
  ['reviewDateInvalid', [['term.reviewDate', '2025-02-30']]],
  ['reviewDatePassed', [['term.reviewDate', '2025-06-14']]],
  ['mqlNoCriteria', [['definitions.mql.criteria', ['', ' ']]]],
  ['sqlNoCriteria', [['definitions.sql.criteria', []]]],
  ['signOffNoMarketing', [['signOff.0.party', 'other']]],
  ['signOffNoSales', [['signOff.1', { party: 'marketing', name: 'Max', role: 'CMO', date: '2025-04-01' }]]],
  ['signOffIncomplete', [['signOff.1.date', ''], ['signOff.2', { party: 'other', name: 'Ann' }]]],
  ['linkedPlanChanged', [], { plan: { ...plan, changedSinceLink: true } }],
])('the rule %s', (code, changes, options = {}) => {
  it('passes a healthy agreement', () => {
    expect(codes(linkPlan(healthy, { ...plan, scenarioId: 's', scenarioName: 'S', sqlsPerMonth: 100, mqlsPerRep: 50, sqlsPerRep: 12, reps: 8 }, 'x'), { plan })).not.toContain(code);
  });

  it('fails the broken one', () => {
    const content = code === 'linkedPlanChanged'
      ? linkPlan(healthy, { ...plan, scenarioId: 's', scenarioName: 'S', sqlsPerMonth: 100, mqlsPerRep: 50, sqlsPerRep: 12, reps: 8 }, '2025-05-01T08:00:00.000Z')
      : edit(...changes);
    expect(codes(content, options)).toContain(code);
  });
});

describe('what the findings say', () => {
  it('names the grades without a response time', () => {
    const finding = check(edit(['grading.b.responseHours', ''], ['grading.d.responseHours', 'one week'])).find((f) => f.code === 'responseTimesMissing');
    expect(finding).toEqual({ code: 'responseTimesMissing', severity: 'missing', section: 'grading', params: { grades: ['B', 'D'] } });
  });

  it('names the grades answered in the wrong order', () => {
    expect(check(edit(['grading.c.responseHours', '2'])).find((f) => f.code === 'responseTimesInverted')?.params).toEqual({ faster: 'C', slower: 'B' });
  });

  it('gives the committed volume and the capacity it exceeds', () => {
    const finding = check(edit(['marketing.mqlsPerMonth', '1,200']), { plan }).find((f) => f.code === 'volumeOverCapacity');
    expect(finding).toEqual({ code: 'volumeOverCapacity', severity: 'weak', section: 'marketing', params: { mqlsPerMonth: 1200, maxMqlsPerMonth: 500 } });
  });

  it('uses the linked plan’s snapshot for capacity when no current plan is given', () => {
    const linked = linkPlan(healthy, { ...plan, capacityOk: false, scenarioId: 's', scenarioName: 'S', sqlsPerMonth: 1, mqlsPerRep: 1, sqlsPerRep: 1, reps: 1 }, 'x');
    expect(codes(linked)).toContain('volumeOverCapacity');
    expect(codes(linked)).not.toContain('linkedPlanChanged');
  });

  it('counts a review due today as not yet passed', () => {
    expect(codes(edit(['term.reviewDate', TODAY]))).not.toContain('reviewDatePassed');
  });

  it('names the incomplete sign-off rows by number', () => {
    const finding = check(edit(['signOff.1.date', ''], ['signOff.2', { party: 'other', name: 'Ann' }])).find((f) => f.code === 'signOffIncomplete');
    expect(finding?.params).toEqual({ rows: [2, 3] });
  });
});

describe('commitments held against a measured CRM export', () => {
  const base = v.parse(slaContentSchema, {});
  const with_ = (marketing: Record<string, string>, sales: Record<string, string>) =>
    v.parse(slaContentSchema, { ...base, marketing: { ...base.marketing, ...marketing }, sales: { ...base.sales, ...sales } });
  const measured: NonNullable<HealthOptions['measured']> = { file: 'deals.csv', lostDays: 9, lostDeals: 40, mqlToSql: 0.18, mqlRecords: 500 };
  const codes = (content: ReturnType<typeof with_>, options = measured) =>
    healthCheck(content, { today: '2026-12-06', measured: options }).filter((f) => ['followUpNeverMet', 'sqlAcceptanceAboveMeasured'].includes(f.code));

  it('says when lost deals are given up before the promised follow-up ends (a median of 9 days against 14)', () => {
    expect(codes(with_({}, { attemptDays: '14' }))).toEqual([
      { code: 'followUpNeverMet', severity: 'weak', section: 'sales', params: { attemptDays: 14, lostDays: 9, deals: 40, file: 'deals.csv' } },
    ]);
    expect(codes(with_({}, { attemptDays: '7' }))).toEqual([]);
  });

  it('says when the agreed SQL acceptance is above what the CRM shows (25 % against 18 % of 500 MQLs)', () => {
    expect(codes(with_({ minMqlToSqlRate: '25%' }, {}))).toEqual([
      { code: 'sqlAcceptanceAboveMeasured', severity: 'weak', section: 'marketing', params: { committed: 25, measured: 18, records: 500, file: 'deals.csv' } },
    ]);
    expect(codes(with_({ minMqlToSqlRate: '15' }, {}))).toEqual([]);
  });

  it('says nothing the export cannot tell', () => {
    expect(codes(with_({ minMqlToSqlRate: '25' }, { attemptDays: '14' }), { ...measured, lostDays: null, mqlToSql: null })).toEqual([]);
  });
});

describe('why a number of the agreement cannot be read', () => {
  it.each<[string, 'count' | 'percent' | 'hours' | 'days', string | null]>([
    ['320', 'count', null],
    ['0,5', 'hours', null],
    ['25%', 'percent', null],
    ['', 'count', null],
    ['about 300', 'count', 'notANumber'],
    ['-5', 'count', 'negative'],
    ['-1', 'days', 'negative'],
    ['250', 'percent', 'outOfRange'],
    ['-10', 'percent', 'negative'],
    ['1e20', 'hours', 'tooLarge'],
  ])('%j as %s: %s', (raw, input, problem) => {
    expect(slaNumberProblem(raw, input)).toBe(problem);
  });

  it('is exactly what the health check cannot count as a commitment', () => {
    // A negative rate per rep reads as no commitment at all: marketing then commits to nothing.
    const negative = { ...healthy, marketing: { ...healthy.marketing, mqlsPerMonth: '-5', mqlsPerRep: '-5', minMqlToSqlRate: '250', handoverHours: '' } };
    expect(codes(negative)).toContain('marketingCommitsNothingMeasurable');
  });
});
