import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbookAreas } from '../persist/areas';
import { trackingArea } from '../persist/areas/tracking';
import { readArea } from '../persist/read';
import { buildWorkbookFile, parseWorkbookFile } from '../persist/workbook-file';
import { entry } from './test-review';
import { defaultTracking, TRACKING_VERSION, type TrackingState } from './tracking';

const stored = (data: unknown, v = 1) => JSON.stringify({ v, data });

describe('the tracking area', () => {
  it('starts empty, with the default thresholds', () => {
    expect(defaultTracking()).toEqual({
      scenarioId: '',
      draftId: '',
      thresholds: { atRisk: '95', missed: '80' },
      months: {},
      actions: [],
      oddsSource: 'plan',
    });
    expect(readArea(trackingArea, null)).toEqual({ status: 'empty', data: defaultTracking() });
  });

  it('keeps the rates the odds are simulated with; a review stored before the choice was kept reads the planned ranges', () => {
    expect(readArea(trackingArea, stored({ oddsSource: 'measured' }, TRACKING_VERSION)).data.oddsSource).toBe('measured');
    const before = readArea(trackingArea, stored({ months: { '2027-01': { revenue: '96000' } } }, TRACKING_VERSION));
    expect(before.status).toBe('ok');
    expect(before.data.oddsSource).toBe('plan');
    expect(before.data.months['2027-01']?.revenue).toBe('96000');
  });

  it('fills every default into a partial month, and keeps text as typed', () => {
    const read = readArea(
      trackingArea,
      stored({ months: { '2027-01': { stages: ['1 200', '300'], note: '一月' } } }),
    );
    expect(read.status).toBe('ok');
    expect(read.data.months['2027-01']).toEqual({
      stages: ['1 200', '300'],
      revenue: '',
      spend: '',
      sla: {
        mqlsDelivered: '',
        firstResponse: { a: '', b: '', c: '', d: '' },
        attempts: '',
        sqlAcceptance: '',
        recycledHandled: '',
        handoverHours: '',
      },
      note: '一月',
    });
  });

  it('keeps a note of any length: over-length is a problem shown, not a reason to drop the month', () => {
    const note = 'x'.repeat(10_000);
    expect(
      readArea(trackingArea, stored({ months: { '2027-01': { note } } })).data.months['2027-01']
        ?.note,
    ).toBe(note);
  });

  it.each([
    ['a month key that is not a month', { months: { '2027-13': {} } }],
    ['an array for the months', { months: [] }],
    [
      'a snapshot with a non-number figure',
      {
        months: {
          '2027-01': {
            plan: {
              stages: [],
              counts: ['1'],
              revenue: 0,
              spend: 0,
              costPerLead: 0,
              costPerDeal: 0,
              rates: [],
              dealSize: 0,
            },
          },
        },
      },
    ],
    ['more than 8 stages', { months: { '2027-01': { stages: Array(9).fill('1') } } }],
    ['an action without an id', { actions: [{ text: 'Call' }] }],
    ['odds simulated with rates it does not know', { oddsSource: 'guessed' }],
  ])('refuses %s (defaults, raw kept)', (_, data) => {
    expect(readArea(trackingArea, stored(data))).toMatchObject({
      status: 'corrupt',
      reason: 'invalid',
      data: defaultTracking(),
    });
  });

  it('never reads a value from a newer version', () => {
    expect(readArea(trackingArea, stored({}, TRACKING_VERSION + 1))).toMatchObject({ status: 'newer', version: TRACKING_VERSION + 1 });
  });

  it('reads a version 1 review as it was stored, its months marked as keeping no MQL split', () => {
    const text = readFileSync(new URL('../../../test/fixtures/files/tracking.v1.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text).data;
    const read = readArea(trackingArea, text);
    expect(read.status).toBe('ok');
    const month = read.data.months['2027-01']!;
    expect(month.sla.mqlsDelivered).toBe('90');
    expect(month.note).toBe('January: the form broke for a week.');
    expect(month.plan?.sla).toEqual({ ...v1.months['2027-01'].plan.sla, splitUnrecorded: true });
    expect(month.plan?.counts).toEqual(v1.months['2027-01'].plan.counts);
  });
});

describe('tracking in the workbook file', () => {
  const file = (name: string) =>
    readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url), 'utf8');
  const parse = (text: string) => parseWorkbookFile(workbookAreas, text, text.length);

  it('imports an old file without tracking unchanged', () => {
    const result = parse(file('workbook.v1.json'));
    expect(result.ok && Object.keys(result.areas)).toEqual(['settings', 'calculators', 'learning']);
  });

  it('round-trips the tracking area', () => {
    const tracking: TrackingState = {
      ...defaultTracking(),
      scenarioId: 's1',
      months: {
        '2027-01': entry({ stages: ['120', '30'], revenue: '12 000,5', sla: { attempts: '5,5' } }),
      },
      actions: [
        {
          id: 'a1',
          text: 'Fix the form',
          owner: 'Mia',
          month: '2027-01',
          dueMonth: '2027-02',
          done: false,
          doneMonth: '',
        },
      ],
    };
    const text = buildWorkbookFile(workbookAreas, { tracking }, new Date('2027-02-01T00:00:00Z'));
    expect(parse(text)).toMatchObject({ ok: true, areas: { tracking } });
  });
});
