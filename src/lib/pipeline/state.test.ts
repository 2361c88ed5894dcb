import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { guessReadings, measure } from './measure';
import { RecordStore } from './records';
import { measuredSchema, pipelineStateSchema, readingsSchema, summarySchema } from './state';

const headers = ['Stage', 'Amount', 'Created', 'Closed', 'Owner'];
const store = new RecordStore(headers, guessMapping(headers));
for (const row of [
  ['Won', '100', '2026-01-01', '2026-01-05', 'Ann'],
  ['Lost', '50', '2026-01-02', '2026-01-09', 'Bo'],
  ['Open', 'n/a', '2026-01-03', '', 'Bo'],
  ['', '', '', '', ''],
]) store.add(row);
const readings = guessReadings(store, 'dayFirst');
const summary = measure(store, readings, ['Lead', 'Won']);

describe('the stored pipeline', () => {
  it('keeps a measured summary and its readings exactly', () => {
    expect(v.parse(summarySchema, summary)).toEqual(summary);
    expect(v.parse(readingsSchema, readings)).toEqual(readings);
  });

  it('keeps a file with its mapping by header name', () => {
    const measured = {
      file: { name: 'deals.csv', size: 120, encoding: 'utf-8', measuredAt: '2026-12-06T10:00:00.000Z' },
      headers,
      mapping: { stage: 'Stage', amount: 'Amount' },
      readings,
      summary,
    };
    expect(v.parse(measuredSchema, measured)).toEqual(measured);
  });

  it('keeps a file read in an encoding this version may not list (windows-1250, or one a later version adds)', () => {
    for (const encoding of ['windows-1250', 'shift_jis']) {
      const measured = { file: { name: 'szanse.csv', size: 342, encoding, measuredAt: '2026-12-06T10:00:00.000Z' }, headers, mapping: { stage: 'Stage' }, readings, summary };
      expect(v.parse(measuredSchema, measured)).toEqual(measured);
    }
  });

  it('keeps a row whose quote never closes among the rows set aside, and refuses a reason it does not know', () => {
    const unclosed = { ...summary, setAside: [{ reason: 'unclosedQuote', scope: 'all', rows: [3], count: 1 }] };
    expect(v.parse(summarySchema, unclosed)).toEqual(unclosed);
    expect(v.safeParse(summarySchema, { ...summary, setAside: [{ reason: 'badQuote', scope: 'all', rows: [3], count: 1 }] }).success).toBe(false);
  });

  it('refuses figures that are not numbers, and unknown meanings', () => {
    expect(v.safeParse(summarySchema, { ...summary, wonRevenue: Number.NaN }).success).toBe(false);
    expect(v.safeParse(summarySchema, { ...summary, winRate: '60%' }).success).toBe(false);
    expect(v.safeParse(readingsSchema, { ...readings, meanings: { Won: 'maybe' } }).success).toBe(false);
  });

  it('keeps the user’s corrections by header name, and still reads a file saved before they were kept', () => {
    const earlier = { file: { name: 'deals.csv', size: 120, encoding: 'utf-8', measuredAt: '2026-11-06T10:00:00.000Z' }, headers, mapping: { stage: 'Stage' }, readings, summary };
    expect(v.parse(measuredSchema, earlier)).toEqual(earlier);
    const choices = {
      columns: { stage: 'Stage', owner: null },
      meanings: { Open: { stage: 1 } },
      dateOrders: [{ column: 'Created', order: 'dayFirst' }],
      decimalMark: { column: 'Amount', mark: 'comma' },
      headerRow: 3,
    };
    expect(v.parse(measuredSchema, { ...earlier, choices })).toEqual({ ...earlier, choices });
    // Year first is an order (a two-digit year first: 26-03-05); no other is.
    expect(v.safeParse(measuredSchema, { ...earlier, choices: { ...choices, dateOrders: [{ column: 'Created', order: 'yearFirst' }] } }).success).toBe(true);
    expect(v.safeParse(measuredSchema, { ...earlier, choices: { ...choices, dateOrders: [{ column: 'Created', order: 'weekFirst' }] } }).success).toBe(false);
    expect(v.safeParse(measuredSchema, { ...earlier, choices: { ...choices, columns: { stage: 3 } } }).success).toBe(false);
    expect(v.safeParse(measuredSchema, { ...earlier, choices: { ...choices, headerRow: 0.5 } }).success).toBe(false);
  });

  it('starts empty', () => {
    expect(v.parse(pipelineStateSchema, {})).toEqual({ measured: null });
  });
});
