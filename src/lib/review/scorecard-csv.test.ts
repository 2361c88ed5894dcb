import { describe, expect, it } from 'vitest';
import { csvDialect } from '../csv';
import { scorecardCsv, type ScorecardCsvLabels } from './scorecard-csv';
import { scorecards } from './scorecard';
import { DEFAULT_THRESHOLDS } from './status';
import { slaCommitments } from './targets';
import { actualsOf, entry, slaContent } from './test-review';

const labels: ScorecardCsvLabels = {
  commitment: 'Commitment',
  owner: 'Owner',
  target: 'Target',
  actual: 'Actual',
  variance: 'Variance',
  variancePercent: 'Variance %',
  status: 'Status',
  rowName: (row) =>
    row.grade
      ? `First response, grade ${row.grade.toUpperCase()} (within ${row.promisedHours} h)`
      : row.key,
  ownerName: (owner) => (owner === 'marketing' ? 'Marketing' : 'Sales'),
  statusName: (status) => ({ onTrack: 'On track', atRisk: 'At risk', missed: 'Missed' })[status],
  problem: (problem) =>
    problem.code === 'notReported' ? 'Not reported' : `Not measurable: ${problem.field}`,
  notDue: 'Not yet due',
};

describe('scorecardCsv', () => {
  it('writes one line per row: target, actual, variance, variance in percent, status or the reason', () => {
    const content = slaContent({
      marketing: { handoverHours: 'same day', minMqlToSqlRate: '' },
      sales: { attempts: '', recycling: '' },
    });
    const [rows] = scorecards(
      actualsOf(
        ['2027-01'],
        [
          entry({
            sla: { mqlsDelivered: '87', firstResponse: { a: '92,5', b: '', c: '100', d: '' } },
          }),
        ],
      ).map((actuals) => ({ actuals, sla: slaCommitments('d1', content) })),
      DEFAULT_THRESHOLDS,
    );
    expect(scorecardCsv(rows!, labels).split('\r\n')).toEqual([
      'Commitment,Owner,Target,Actual,Variance,Variance %,Status',
      'mqlVolume,Marketing,100,87,-13,-13,At risk', // 87 of 100: −13, −13 %
      'mqlVolumeCumulative,Marketing,100,87,-13,-13,At risk',
      'handoverHours,Marketing,,,,,Not measurable: marketing.handoverHours', // "same day" is not a number of hours
      '"First response, grade A (within 1 h)",Sales,100,92.5,-7.5,-7.5,At risk', // a comma in the name: quoted
      '"First response, grade B (within 4 h)",Sales,100,,,,Not reported',
      '"First response, grade C (within 24 h)",Sales,100,100,0,0,On track',
      '',
    ]);
  });

  it('writes decimal commas and semicolons for a language whose spreadsheets expect them (Polish)', () => {
    const content = slaContent({ marketing: { handoverHours: '', minMqlToSqlRate: '' }, sales: { attempts: '', recycling: '' } });
    const [rows] = scorecards(
      actualsOf(['2027-01'], [entry({ sla: { mqlsDelivered: '87', firstResponse: { a: '92,5', b: '', c: '', d: '' } } })]).map(
        (actuals) => ({ actuals, sla: slaCommitments('d1', content) }),
      ),
      DEFAULT_THRESHOLDS,
    );
    const polish = { ...labels, rowName: (row: Parameters<ScorecardCsvLabels['rowName']>[0]) => (row.grade ? `Leady klasy ${row.grade.toUpperCase()}; w ciągu ${row.promisedHours} godz.` : row.key), statusName: () => 'Zagrożone' };
    expect(scorecardCsv(rows!, polish, csvDialect('pl')).split('\r\n').slice(0, 5)).toEqual([
      'Commitment;Owner;Target;Actual;Variance;Variance %;Status',
      'mqlVolume;Marketing;100;87;-13;-13;Zagrożone',
      'mqlVolumeCumulative;Marketing;100;87;-13;-13;Zagrożone',
      '"Leady klasy A; w ciągu 1 godz.";Sales;100;92,5;-7,5;-7,5;Zagrożone', // a semicolon in the name: quoted
      '"Leady klasy B; w ciągu 4 godz.";Sales;100;;;;Not reported',
    ]);
  });

  it('says a month not begun yet is not yet due, as the page does, never "not reported"', () => {
    const content = slaContent({
      marketing: { handoverHours: 'same day', minMqlToSqlRate: '' },
      sales: { attempts: '', recycling: '' },
    });
    // May, reviewed in April: nothing entered, nothing due. A figure that cannot be measured still says why.
    const [rows] = scorecards(
      actualsOf(['2027-05'], [entry()]).map((actuals) => ({
        actuals,
        sla: slaCommitments('d1', content),
        due: false,
      })),
      DEFAULT_THRESHOLDS,
    );
    const lines = scorecardCsv(rows!, labels, undefined, false).split('\r\n');
    expect(lines[1]).toBe('mqlVolume,Marketing,100,,,,Not yet due');
    expect(lines[3]).toBe('handoverHours,Marketing,,,,,Not measurable: marketing.handoverHours');
    expect(lines[4]).toBe('"First response, grade A (within 1 h)",Sales,100,,,,Not yet due');
    expect(lines.join('\n')).not.toContain('Not reported');
    // The same rows of a due month are not reported.
    expect(scorecardCsv(rows!, labels).split('\r\n')[1]).toBe('mqlVolume,Marketing,100,,,,Not reported');
  });

  it('disarms a row name that would run as a formula', () => {
    const csv = scorecardCsv(
      [
        {
          key: 'mqlVolume',
          owner: 'marketing',
          direction: 'higher',
          unit: 'count',
          escalates: false,
          score: {
            kind: 'notMeasurable',
            problem: { code: 'notMeasurable', field: 'marketing.mqlsPerMonth' },
          },
        },
      ],
      { ...labels, rowName: () => '=HYPERLINK("x")' },
    );
    expect(csv.split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""x"")",Marketing,,,,,Not measurable: marketing.mqlsPerMonth`,
    );
  });
});
