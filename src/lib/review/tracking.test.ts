import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbookAreas } from '../persist/areas';
import { trackingArea } from '../persist/areas/tracking';
import { readArea } from '../persist/read';
import { buildWorkbookFile, parseWorkbookFile } from '../persist/workbook-file';
import { entry } from './test-review';
import { defaultTracking, type TrackingState } from './tracking';

const stored = (data: unknown, v = 1) => JSON.stringify({ v, data });

describe('the tracking area', () => {
  it('starts empty, with the default thresholds', () => {
    expect(defaultTracking()).toEqual({
      scenarioId: '',
      draftId: '',
      thresholds: { atRisk: '95', missed: '80' },
      months: {},
      actions: [],
    });
    expect(readArea(trackingArea, null)).toEqual({ status: 'empty', data: defaultTracking() });
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
  ])('refuses %s (defaults, raw kept)', (_, data) => {
    expect(readArea(trackingArea, stored(data))).toMatchObject({
      status: 'corrupt',
      reason: 'invalid',
      data: defaultTracking(),
    });
  });

  it('never reads a value from a newer version', () => {
    expect(readArea(trackingArea, stored({}, 2))).toMatchObject({ status: 'newer', version: 2 });
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
        },
      ],
    };
    const text = buildWorkbookFile(workbookAreas, { tracking }, new Date('2027-02-01T00:00:00Z'));
    expect(parse(text)).toMatchObject({ ok: true, areas: { tracking } });
  });
});
