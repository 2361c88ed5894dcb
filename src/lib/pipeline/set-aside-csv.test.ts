import { describe, expect, it } from 'vitest';
import { Ingest, parseBytes } from './ingest';
import { guessReadings, measure } from './measure';
import { SetAsideRows, type SetAsideWords } from './set-aside-csv';
import { setAsideReasons } from './summary';

const bytesOf = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

const words: SetAsideWords = {
  rowHeading: 'Row',
  reasonHeading: 'Why it was set aside',
  reasons: Object.fromEntries(setAsideReasons.map((reason) => [reason, reason])) as SetAsideWords['reasons'],
  reasonJoin: '; ',
};

/** Reads `text` as the worker does, measures it, and writes its set-aside rows as the download does. */
async function download(text: string): Promise<string[]> {
  const ingest = new Ingest();
  await parseBytes(bytesOf(text), 'utf-8', ingest);
  const store = ingest.store!;
  const today = Date.UTC(2026, 2, 10) / 86_400_000;
  const { setAside } = measure(store, guessReadings(store, 'dayFirst'), ['Lead', 'Won'], { today, listed: Infinity });
  const rows = new SetAsideRows(setAside, ingest.headerRow, words);
  await parseBytes(bytesOf(text), 'utf-8', rows);
  return rows.csv().replace(/^\uFEFF/, '').split(/\r?\n/);
}

describe('the set-aside rows as CSV', () => {
  it('starts each row with its row number as the page lists it, under a heading of its own', async () => {
    const lines = await download('Stage,Amount,Created Date\nClosed Won,1000,2026-01-05\n,500,2026-01-06\n\nClosed Won,,2206-01-05\n');
    expect(lines).toEqual([
      'Row,Why it was set aside,Stage,Amount,Created Date',
      '3,noStage,,500,2026-01-06',
      // Row 4 is blank and still counted: the next row is 5, as in a spreadsheet.
      '5,noAmount; unlikelyCreatedDate,Closed Won,,2206-01-05',
    ]);
  });

  it('lists a row whose quote never closes with its reason, as its line was read, and numbers the rows after it as the page does', async () => {
    const lines = await download('Stage,Amount,Created Date\nClosed Won,1000,2026-01-05\n"Closed Won,2000,2026-01-06\nClosed Won,3000,2026-01-07\n,500,2026-01-08\n');
    expect(lines).toEqual([
      'Row,Why it was set aside,Stage,Amount,Created Date',
      '3,unclosedQuote,"Closed Won,2000,2026-01-06"',
      '5,noStage,,500,2026-01-08',
    ]);
  });

  it('numbers rows past an Excel "sep=" line and a title line as the file does, with no thousands separator', async () => {
    const body = Array.from({ length: 1200 }, (_, i) => (i === 1199 ? ',7,2026-01-01' : 'Closed Won,1,2026-01-01'));
    const lines = await download(['sep=,', 'Opportunities report', 'Stage,Amount,Created Date', ...body].join('\r\n'));
    // sep= is row 1, the title row 2, the header row 3: the 1,200th data row is row 1203.
    expect(lines).toEqual(['Row,Why it was set aside,Stage,Amount,Created Date', '1203,noStage,,7,2026-01-01']);
  });
});
