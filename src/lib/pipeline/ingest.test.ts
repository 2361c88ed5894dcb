import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding';
import { chosenMapping, keepReadings, noChoices } from './choices';
import { findHeader, Ingest, parseBytes, type RowSink, type TextLayout } from './ingest';
import type { Readings } from './measure';

/** A stream that hands out `bytes` in pieces of the given sizes (the last piece takes the rest). */
function streamOf(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let at = 0;
  for (const size of sizes) {
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  pieces.push(bytes.subarray(at));
  return new ReadableStream({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
}

/** A sink that keeps everything it is given; `unclosed`: the rows (1: the first) given as quotes that never close. */
function collect(): RowSink & { layout: TextLayout | null; all: string[][]; calls: number; unclosed: number[] } {
  return {
    layout: null,
    all: [],
    calls: 0,
    unclosed: [],
    start(layout) {
      this.layout = layout;
    },
    rows(rows) {
      this.calls++;
      this.all.push(...rows.map((row) => [...row]));
    },
    unclosedQuote(fields) {
      this.unclosed.push(this.all.push([...fields]));
    },
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseBytes', () => {
  it('decodes a character whose bytes two reads split, in UTF-8', async () => {
    // "赢" is E8 B5 A2: the reads break after its first byte and after its second.
    const bytes = utf8('Stage,Amount\n赢单,1\n');
    const at = bytes.indexOf(0xe8);
    const sink = collect();
    await parseBytes(streamOf(bytes, [at + 1, 1]), 'utf-8', sink);
    // As Papa Parse reads a whole text: after the last line break, an empty row.
    expect(sink.all).toEqual([['Stage', 'Amount'], ['赢单', '1'], ['']]);
  });

  it('decodes a character whose bytes two reads split, in GB18030', async () => {
    // "赢单" in GB18030: D3 AE B5 A5; the read breaks inside "赢".
    const bytes = new Uint8Array([...utf8('Stage,Amount\n'), 0xd3, 0xae, 0xb5, 0xa5, ...utf8(',1\n')]);
    const sink = collect();
    await parseBytes(streamOf(bytes, [14]), 'gb18030', sink);
    // As Papa Parse reads a whole text: after the last line break, an empty row.
    expect(sink.all).toEqual([['Stage', 'Amount'], ['赢单', '1'], ['']]);
  });

  it('keeps a row whole when a parse stops inside it: in a quoted field, a line break inside quotes, between CR and LF', async () => {
    // Past the first 64 KiB (read whole, to guess the layout from), reads of 3, 5 and 7 bytes,
    // each parsed as it comes: every kind of break is met many times.
    const rows = 'Ann,"Lee, Ann","two\r\nlines"\r\nBo,plain,""""\r\n';
    const text = `Name,Full name,Note\r\n${rows.repeat(2000)}`;
    const sizes = [65_536, ...Array.from({ length: 8000 }, (_, i) => 3 + (i % 3) * 2)];
    const sink = collect();
    await parseBytes(streamOf(utf8(text), sizes), 'utf-8', sink, { chunkChars: 1 });
    // Each parse ends at a row's end; the text's last line break leaves one empty row.
    expect(sink.all.length).toBe(4002);
    expect(sink.all[0]).toEqual(['Name', 'Full name', 'Note']);
    expect(sink.all.at(-1)).toEqual(['']);
    const distinct = new Set(sink.all.slice(1, -1).map((row) => JSON.stringify(row)));
    expect(distinct).toEqual(new Set([JSON.stringify(['Ann', 'Lee, Ann', 'two\r\nlines']), JSON.stringify(['Bo', 'plain', '"'])]));
    expect(sink.calls).toBeGreaterThan(100);
  });

  it('parses a read larger than a chunk a chunk at a time, every row whole and in order, a row longer than a chunk too', async () => {
    // A whole file arriving in one read, as a File in memory does: 200 KB of rows, one of 5,000
    // characters past the first 64 KiB (parsed whole, to guess the layout from).
    const long = 'x'.repeat(5000);
    const lines = ['Name,Note', ...Array.from({ length: 12_000 }, (_, i) => (i === 8000 ? `R${i},"${long}\nend"` : `R${i},"note, ${i}"`))];
    const text = lines.join('\n');
    const sink = collect();
    await parseBytes(streamOf(utf8(text), []), 'utf-8', sink, { chunkChars: 1000 });
    expect(sink.all).toEqual(Papa.parse<string[]>(text).data);
    expect(sink.all[8001]).toEqual(['R8000', `${long}\nend`]);
    // Rows went out as each chunk was parsed, not all at the end.
    expect(sink.calls).toBeGreaterThan(100);
  });

  it('reads a last row without a line break', async () => {
    const sink = collect();
    await parseBytes(streamOf(utf8('a;b\n1;2'), [5]), 'utf-8', sink, { chunkChars: 2 });
    expect(sink.layout).toEqual({ delimiter: ';', sep: null });
    expect(sink.all).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads 30,000 rows of Chinese over many 64 KiB reads with no character lost', async () => {
    // The review's file: 赢单 and 输单 in turn, so 15,000 of each, over about 1.2 MB.
    const lines = ['阶段,金额,创建日期,结单日期,负责人'];
    for (let i = 0; i < 30_000; i++) lines.push(`${i % 2 === 0 ? '赢单' : '输单'},${1000 + (i % 7)},2026/01/01,2026/03/01,张三`);
    const bytes = utf8(lines.join('\r\n'));
    const counts = new Map<string, number>();
    let bad = 0;
    await parseBytes(new Blob([bytes]).stream(), 'utf-8', {
      start() {},
      rows(rows) {
        for (const row of rows) {
          counts.set(row[0]!, (counts.get(row[0]!) ?? 0) + 1);
          if (row.some((field) => field.includes('\uFFFD'))) bad++;
        }
      },
    });
    expect(Object.fromEntries(counts)).toEqual({ 阶段: 1, 赢单: 15_000, 输单: 15_000 });
    expect(bad).toBe(0);
  });

  it('honours an Excel "sep=" first line: its delimiter, and the line is not a row', async () => {
    const sink = collect();
    await parseBytes(streamOf(utf8('sep=;\r\nStage;Amount\r\nWon;1,5\r\n'), []), 'utf-8', sink);
    expect(sink.layout).toEqual({ delimiter: ';', sep: ';' });
    expect(sink.all).toEqual([['Stage', 'Amount'], ['Won', '1,5'], ['']]);
  });

  it('uses the named delimiter even where the rows would suggest another', async () => {
    const sink = collect();
    await parseBytes(streamOf(utf8('sep=,\nStage,Note\nWon,a;b;c\n'), []), 'utf-8', sink);
    expect(sink.layout?.delimiter).toBe(',');
    expect(sink.all[1]).toEqual(['Won', 'a;b;c']);
  });

  it.each([
    ['semicolons and decimal commas in two columns', 'Etap;Kwota\r\nWygrana;"1 234,50 zł"\r\nPrzegrana;"12 000,00 zł"\r\n', ';'],
    ['tabs in two columns', 'Stage\tAmount\r\nClosed Won\t1000\r\nClosed Lost\t500\r\nOpen\t20\r\n', '\t'],
    ['semicolons below a blank line', '\r\nStage;Amount\r\nWon;1,5\r\n', ';'],
  ])('guesses the delimiter of a short file with %s, its last line break and blank lines aside', async (_, text, delimiter) => {
    const sink = collect();
    await parseBytes(streamOf(utf8(text), []), 'utf-8', sink);
    expect(sink.layout?.delimiter).toBe(delimiter);
  });

  it('stops once its signal is aborted, giving no rows after that', async () => {
    const controller = new AbortController();
    let rows = 0;
    const bytes = utf8(`Stage\n${'Won\n'.repeat(20_000)}`);
    await parseBytes(streamOf(bytes, [65_536, ...Array(100).fill(40)]), 'utf-8', {
      start() {},
      rows(batch) {
        rows += batch.length;
        controller.abort();
      },
    }, { signal: controller.signal, chunkChars: 40 });
    // The first 64 KiB is parsed at once: "Stage\n" and 16,382 whole "Won\n" (65,534 bytes);
    // then the reading stops.
    expect(rows).toBe(1 + 16_382);
  });
});

describe('parseBytes: a quote that never closes', () => {
  /** Ten lines: the header, then deals; line 3 opens a quote that nothing closes. */
  const tenRows = [
    'Name,Stage,Amount',
    'A,Closed Won,100',
    '"Big deal,Closed Won,200',
    ...['C', 'D', 'E', 'F', 'G', 'H', 'I'].map((name, i) => `${name},${i % 2 ? 'Closed Lost' : 'Open'},${300 + 100 * i}`),
  ];

  it('reads the row as its first line alone, given as such, and every line after it as a row', async () => {
    const sink = collect();
    await parseBytes(streamOf(utf8(tenRows.join('\r\n')), []), 'utf-8', sink);
    expect(sink.all).toEqual([['Name', 'Stage', 'Amount'], ['A', 'Closed Won', '100'], ['Big deal,Closed Won,200'], ...tenRows.slice(3).map((line) => line.split(','))]);
    expect(sink.unclosed).toEqual([3]);
  });

  it('gives the row to a sink without unclosedQuote as the next row, numbered alike', async () => {
    const rows: string[][] = [];
    await parseBytes(streamOf(utf8(tenRows.join('\n')), []), 'utf-8', { start() {}, rows: (batch) => void rows.push(...batch.map((row) => [...row])) });
    expect(rows.length).toBe(10);
    expect(rows[2]).toEqual(['Big deal,Closed Won,200']);
  });

  it('cuts each of two quotes that never close, and one opened after fields on its line', async () => {
    const lines = ['Name,Stage,Amount', '"A,Closed Won,100', 'B,Open,200', 'C,"Closed Lost,300', 'D,Open,400'];
    const sink = collect();
    await parseBytes(streamOf(utf8(lines.join('\n')), [20, 7]), 'utf-8', sink);
    expect(sink.all).toEqual([['Name', 'Stage', 'Amount'], ['A,Closed Won,100'], ['B', 'Open', '200'], ['C', 'Closed Lost,300'], ['D', 'Open', '400']]);
    expect(sink.unclosed).toEqual([2, 4]);
  });

  it('still reads a note over several lines as one field, and a quote that closes lines later as today', async () => {
    const note = 'Name,Stage,Note\nA,Open,"call back\nafter the budget\n(ask Ann)"\nB,Open,x\n';
    const sink = collect();
    await parseBytes(streamOf(utf8(note), []), 'utf-8', sink);
    expect(sink.all.slice(0, 3)).toEqual([['Name', 'Stage', 'Note'], ['A', 'Open', 'call back\nafter the budget\n(ask Ann)'], ['B', 'Open', 'x']]);
    // The quote on line 3 is closed by the one after "Note, x" on line 5: the lines between are in that field.
    const closedLater = 'Name,Stage,Amount\nA,Won,100\n"Big deal,Won,200\nC,Lost,300\nD,"Note, x",400\nE,Open,500\n';
    const later = collect();
    await parseBytes(streamOf(utf8(closedLater), []), 'utf-8', later);
    expect(later.all.slice(2, 4)).toEqual([['Big deal,Won,200\nC,Lost,300\nD,"Note, x', '400'], ['E', 'Open', '500']]);
    expect([sink.unclosed, later.unclosed]).toEqual([[], []]);
  });

  // Past the first 64 KiB (held to guess the layout from), lines of 22 characters; two of them
  // open a quote that never closes. Parsed 100 characters at a time, a row cut after 500.
  const width = 22;
  const lines = ['Name00,Stage,Amount000', ...Array.from({ length: 6000 }, (_, i) => `R${String(i).padStart(5, '0')},Closed Won,100`)];
  for (const at of [4000, 4100]) lines[at] = `"${lines[at]!.slice(1)}`;
  const text = `${lines.join('\n')}\n`;
  const small = { chunkChars: 100, rowChars: 500 };

  it('cuts such a row mid-file once it runs past rowChars, and goes on with the rows after it, holding little text', async () => {
    // The text read but not given as rows yet, each time rows come, once the first read is parsed.
    let [given, held] = [0, 0];
    const hold = (bytesRead: number, rows: number) => {
      if (bytesRead > 65_536) held = Math.max(held, bytesRead - given * (width + 1));
      given += rows;
    };
    const sink = collect();
    await parseBytes(streamOf(utf8(text), [65_536, ...Array(2000).fill(50)]), 'utf-8', {
      ...sink,
      start: (layout) => sink.start(layout),
      rows(rows, bytesRead) {
        hold(bytesRead, rows.length);
        sink.rows(rows, bytesRead);
      },
      unclosedQuote(fields, bytesRead) {
        hold(bytesRead, 1);
        sink.unclosedQuote!(fields, bytesRead);
      },
    }, small);
    expect(sink.unclosed).toEqual([4001, 4101]);
    expect(sink.all.slice(3999, 4002)).toEqual([['R03998', 'Closed Won', '100'], ['03999,Closed Won,100'], ['R04000', 'Closed Won', '100']]);
    expect(sink.all.length).toBe(6002);
    // Never more than a row's limit and a chunk.
    expect(held).toBeLessThanOrEqual(small.rowChars + small.chunkChars);
  });

  it('cuts the same rows however the reads split the text, a quoted note just under the limit kept whole', async () => {
    const note = `A,Open,"${'n\n'.repeat(240)}"`;
    const withNote = text.replace('R02000,Closed Won,100', note);
    const split = collect();
    await parseBytes(streamOf(utf8(withNote), [65_536, ...Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7) % 31))]), 'utf-8', split, small);
    const whole = collect();
    await parseBytes(streamOf(utf8(withNote), []), 'utf-8', whole, small);
    expect(split.all).toEqual(whole.all);
    expect(split.unclosed).toEqual([4001, 4101]);
    expect(whole.unclosed).toEqual([4001, 4101]);
    expect(whole.all[2001]).toEqual(['A', 'Open', 'n\n'.repeat(240)]);
  });

  it('cuts a quoted line longer than rowChars with no line break in it, passing over the rest of that line', async () => {
    const long = `Name,Stage\n${'A,Open\n'.repeat(10)}"${'x'.repeat(3000)}\nB,Open\nC,Open`;
    const sink = collect();
    await parseBytes(streamOf(utf8(long), Array(200).fill(40)), 'utf-8', sink, small);
    expect(sink.unclosed).toEqual([12]);
    expect(sink.all[11]![0]!.length).toBe(500);
    expect(sink.all.slice(12)).toEqual([['B', 'Open'], ['C', 'Open']]);
  });
});

describe('Ingest: rows after a quote that never closes', () => {
  it('numbers them as a spreadsheet does, a note over two lines before it one row', async () => {
    const text = ['Name,Stage,Note', 'A,Open,"two', 'lines"', '"Big deal,Open,x', 'C,Open,y', '', 'D,Closed Won,z'].join('\r\n');
    const ingest = new Ingest();
    await parseBytes(streamOf(utf8(text), []), 'utf-8', ingest);
    const store = ingest.store!;
    expect(store.unclosedQuote.map((row) => store.sheetRow(row))).toEqual([3]);
    expect(Array.from({ length: store.rows }, (_, row) => store.sheetRow(row))).toEqual([2, 3, 4, 6]);
    // Its values may have shifted: in no column, no stage value, no first values.
    expect(stageCounts(ingest)).toEqual({ Open: 2, 'Closed Won': 1 });
    expect(ingest.samples[0]).toEqual(['A', 'C', 'D']);
  });
});

describe('findHeader', () => {
  it.each([
    ['the first row of a plain file', [['Stage', 'Amount', 'Owner'], ['Won', '1', 'Ann'], ['Lost', '2', 'Bo']], 0],
    ['past a title line of one field', [['Opportunities report'], ['Stage', 'Amount', 'Owner'], ['Won', '1', 'Ann'], ['Lost', '2', 'Bo']], 1],
    ['past a title Excel padded with commas, and a blank line', [['Report', '', ''], [''], ['Stage', 'Amount', 'Owner'], ['Won', '1', 'Ann']], 2],
    ['past two title lines', [['Deals'], ['Exported 2026-03-01', ''], ['Stage', 'Amount', 'Owner', 'Source'], ['Won', '1', 'Ann', 'Web'], ['Lost', '2', 'Bo', 'Ads']], 2],
    ['at a header one field short of rows that end in an empty field', [['Stage', 'Amount', 'Owner'], ['Won', '1', 'Ann', ''], ['Lost', '2', 'Bo', '']], 0],
    ['at a header whose rows each hold one value too many (they are set aside, not the header)', [['Stage', 'Amount', 'Owner', 'Source'], ['Won', '1', '000', 'Ann', 'Web'], ['Lost', '2', '500', 'Bo', 'Ads']], 0],
    ['at a one-column file’s first row', [['Stage'], ['Won'], ['Lost']], 0],
  ] as const)('finds the header %s', (_name, rows, expected) => {
    expect(findHeader(rows)).toBe(expected);
  });
});

describe('Ingest', () => {
  it('skips a title line and numbers rows as the file does', () => {
    const ingest = new Ingest();
    ingest.pushAll([['Pipeline export'], ['Stage', 'Amount'], ['Won', '10'], [''], ['Lost', '5']]);
    expect(ingest.headers).toEqual(['Stage', 'Amount']);
    expect(ingest.headerRow).toBe(2);
    const store = ingest.store!;
    expect(store.rows).toBe(2);
    expect([store.sheetRow(0), store.sheetRow(1)]).toEqual([3, 5]);
  });

  it('counts the "sep=" line as row 1', () => {
    const ingest = new Ingest();
    ingest.start({ delimiter: ';', sep: ';' });
    ingest.pushAll([['Stage', 'Amount'], ['Won', '10']]);
    expect(ingest.headerRow).toBe(2);
    expect(ingest.store!.sheetRow(0)).toBe(3);
  });

  it('reads the header from the row the user chose, and lists the first rows to choose from', () => {
    const ingest = new Ingest({ headerRow: 2 });
    ingest.pushAll([['Stage', 'Amount'], ['Won', '10'], ['Lost', '5']]);
    expect(ingest.headers).toEqual(['Won', '10']);
    expect(ingest.store!.rows).toBe(1);
    expect(ingest.leading).toEqual([
      { row: 1, fields: ['Stage', 'Amount'] },
      { row: 2, fields: ['Won', '10'] },
      { row: 3, fields: ['Lost', '5'] },
    ]);
  });

  it('reads rows that each end in an empty field, under a header without it', () => {
    const ingest = new Ingest();
    ingest.pushAll([['Stage', 'Amount'], ['Won', '10', ''], ['Lost', '5', ''], ['Open', '1', 'x']]);
    expect(ingest.headerRow).toBe(1);
    expect(ingest.store!.rows).toBe(3);
    expect(ingest.store!.wrongFieldCount).toEqual([2]);
  });
});

describe('Ingest: rows with nothing in them', () => {
  it('skips a row of delimiters only (Excel’s trailing rows) as it skips a blank line, its number still counted', () => {
    const ingest = new Ingest();
    ingest.pushAll([['Stage', 'Amount', 'Owner'], ['Won', '10', 'Ann'], ['', '', ''], ['', ' ', ''], ['Lost', '5', 'Bo'], ['', '', ''], ['', '', ''], ['']]);
    const store = ingest.store!;
    expect(store.rows).toBe(2);
    expect(store.wrongFieldCount).toEqual([]);
    expect([store.sheetRow(0), store.sheetRow(1)]).toEqual([2, 5]);
    expect(ingest.leading.map(({ row }) => row)).toEqual([1, 2, 5]);
  });

  it('reads a header followed only by a row of delimiters as a file with no rows', () => {
    const ingest = new Ingest();
    ingest.pushAll([['Opportunity ID', 'Stage', 'Amount'], ['', '', ''], ['']]);
    expect(ingest.headers).toEqual(['Opportunity ID', 'Stage', 'Amount']);
    expect(ingest.store!.rows).toBe(0);
  });
});

describe('Ingest: a file with nothing in it', () => {
  it('holds no header where every line is blank or whitespace: an empty file, not a header-only one', async () => {
    const sink = new Ingest();
    await parseBytes(streamOf(utf8('   \n\t\t\n\n  \t \r\n\n'), []), 'utf-8', sink);
    expect([sink.headers, sink.store, sink.failure]).toEqual([null, null, 'empty']);
    const ingest = new Ingest();
    ingest.pushAll([['   '], ['\t'], [''], [' ', '  '], ['\u3000']]);
    expect([ingest.headers, ingest.failure, ingest.leading]).toEqual([null, 'empty', []]);
  });

  it('tells a header with no rows from an empty file, and from one with rows', () => {
    const headerOnly = new Ingest();
    headerOnly.pushAll([[' '], ['Stage', 'Amount'], ['', ''], ['  ']]);
    expect([headerOnly.headers, headerOnly.failure]).toEqual([['Stage', 'Amount'], 'headerOnly']);
    const read = new Ingest();
    read.pushAll([['Stage', 'Amount'], ['Won', '1']]);
    expect(read.failure).toBeNull();
  });

  it('finds the header below more blank lines than it looks through', () => {
    const ingest = new Ingest();
    ingest.pushAll([...Array.from({ length: 12 }, () => ['  ']), ['Stage', 'Amount'], ['Won', '1']]);
    expect([ingest.headerRow, ingest.headers, ingest.store!.rows, ingest.store!.sheetRow(0)]).toEqual([13, ['Stage', 'Amount'], 1, 14]);
  });
});

describe('Ingest: the header line again in the middle of the file', () => {
  it('keeps it out of the stage values and the first values, and numbers it as its row', () => {
    const header = ['Opportunity ID', 'Stage', 'Amount'];
    const ingest = new Ingest();
    ingest.pushAll([header, ['1', 'Closed Won', '1000'], ['2', 'Closed Lost', '2000'], [...header], ['3', 'Closed Won', '3000'], ['4', 'Proposal', '3000']]);
    const store = ingest.store!;
    expect(store.rows).toBe(5);
    expect(store.repeatedHeader.map((row) => store.sheetRow(row))).toEqual([4]);
    expect(stageCounts(ingest)).toEqual({ 'Closed Won': 2, 'Closed Lost': 1, Proposal: 1 });
    expect(ingest.samples).toEqual([['1', '2', '3'], ['Closed Won', 'Closed Lost', 'Proposal'], ['1000', '2000', '3000']]);
  });
});

describe('Ingest: which column holds the stage', () => {
  const headers = 'Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Deal created,Deal - Won time,Deal - Lost time,Deal - Owner'.split(',');
  const rows = [
    ['1', 'A', '1000', 'USD', 'Negotiations Started', 'won', '2026-01-05 10:00:00', '2026-02-04 10:00:00', '', 'Ann'],
    ['2', 'B', '2000', 'USD', 'Proposal Made', 'lost', '2026-01-10 10:00:00', '', '2026-03-01 10:00:00', 'Ann'],
    ['3', 'C', '3000', 'USD', 'Qualified', 'open', '2026-01-15 10:00:00', '', '', 'Ann'],
  ];

  it('in a Pipedrive export with both Stage and Status, is Status: its values say won and lost', () => {
    const ingest = new Ingest();
    ingest.pushAll([headers, ...rows]);
    expect(ingest.store!.mapping.stage).toBe(5);
    expect(stageCounts(ingest)).toEqual({ won: 1, lost: 1, open: 1 });
  });

  it('is the one the user chose, whatever its values', () => {
    const ingest = new Ingest({ columns: { stage: { index: 4, name: 'Deal - Stage' } } });
    ingest.pushAll([headers, ...rows]);
    expect(ingest.store!.mapping.stage).toBe(4);
  });
});

describe('Ingest: which columns hold dates', () => {
  // A Salesforce report with its Closed and Won checkboxes (1 or 0), and a Created By column.
  const headers = ['Opportunity Name', 'Stage', 'Amount', 'Created By', 'Close Date', 'Closed', 'Won'];
  const rows = [
    ['A', 'Closed Won', '1000', 'Ann Lee', '2/10/2026', '1', '1'],
    ['B', 'Closed Lost', '500', 'Bo Chen', '2/11/2026', '1', '0'],
    ['C', 'Prospecting', '300', 'Ann Lee', '4/1/2026', '0', '0'],
  ];

  it('leaves out a column named like a date whose first values are none: a Won checkbox is no won date, Created By no created date', () => {
    const ingest = new Ingest();
    ingest.pushAll([headers, ...rows]);
    const mapping = ingest.store!.mapping;
    expect(mapping.closed).toBe(4);
    expect(mapping.wonAt).toBeUndefined();
    expect(mapping.created).toBeUndefined();
  });

  it('keeps a date column whose first values are empty, and one the user chose, whatever its values', () => {
    const empty = new Ingest();
    empty.pushAll([['Stage', 'Won Date'], ['Open', ''], ['Open', ' ']]);
    expect(empty.store!.mapping.wonAt).toBe(1);
    const chosen = new Ingest({ columns: { wonAt: { index: 6, name: 'Won' } } });
    chosen.pushAll([headers, ...rows]);
    expect(chosen.store!.mapping.wonAt).toBe(6);
  });
});

describe('chosenMapping', () => {
  const headers = ['Stage', 'Amount', 'Deal value', 'Owner'];

  it('lays the user’s choices over the guess; the column leaves the role the guess gave it', () => {
    expect(chosenMapping(headers)).toEqual({ stage: 0, amount: 1, owner: 3 });
    expect(chosenMapping(headers, { amount: { index: 2, name: 'Deal value' }, owner: null })).toEqual({ stage: 0, amount: 2 });
    expect(chosenMapping(headers, { source: { index: 3, name: 'Owner' } })).toEqual({ stage: 0, amount: 1, source: 3 });
  });

  it('gives way to the guess where the chosen column is no longer there', () => {
    // The user chose column 2 while it read "ÖÏ" (a wrong encoding); now it reads otherwise.
    expect(chosenMapping(headers, { amount: { index: 2, name: 'ÖÏ' } })).toEqual({ stage: 0, amount: 1, owner: 3 });
  });
});

describe('keepReadings', () => {
  const headers = ['Stage', 'Amount', 'Created', 'Closed'];
  const mapping = { stage: 0, amount: 1, created: 2, closed: 3 };
  const guessed: Readings = {
    meanings: { Gewonnen: 'open', Verloren: 'open' },
    dateOrders: { created: 'monthFirst', closed: 'monthFirst' },
    orderBasis: { created: 'language', closed: 'values' },
    decimalMark: 'dot',
  };

  it('keeps the user’s meanings, date orders and decimal mark where the value or column is still there', () => {
    const choices = {
      ...noChoices(),
      meanings: { Gewonnen: 'won' as const, Offen: 'lost' as const },
      dateOrders: [{ index: 2, name: 'Created', order: 'dayFirst' as const }],
      decimalMark: { index: 1, name: 'Amount', mark: 'comma' as const },
    };
    expect(keepReadings(guessed, headers, mapping, choices)).toEqual({
      meanings: { Gewonnen: 'won', Verloren: 'open' },
      dateOrders: { created: 'dayFirst', closed: 'monthFirst' },
      orderBasis: { created: 'chosen', closed: 'values' },
      decimalMark: 'comma',
    });
  });

  it('lets a choice go where its column now plays no part or is another column', () => {
    const choices = {
      ...noChoices(),
      dateOrders: [{ index: 2, name: 'Erstellt', order: 'dayFirst' as const }],
      decimalMark: { index: 1, name: 'Amount', mark: 'comma' as const },
    };
    expect(keepReadings(guessed, headers, { stage: 0, created: 2, closed: 3 }, choices)).toEqual(guessed);
  });

  it('keeps a stage value named like an object property as plain data', () => {
    const odd: Readings = { ...guessed, meanings: JSON.parse('{"constructor":"open","__proto__":"open"}') };
    const kept = keepReadings(odd, headers, mapping, { ...noChoices(), meanings: JSON.parse('{"__proto__":"won"}') });
    expect(Object.entries(kept.meanings)).toEqual([['constructor', 'open'], ['__proto__', 'won']]);
  });
});

/** A fixture read as the worker reads a File: sniffed, then its bytes streamed through parseBytes. */
async function readFixture(name: string, options: ConstructorParameters<typeof Ingest>[0] = {}) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../test/fixtures/crm/${name}`, import.meta.url)));
  const sniffed = sniffEncoding(bytes.subarray(0, 65_536));
  if (!sniffed.ok) throw new Error(`${name}: ${sniffed.reason}`);
  const ingest = new Ingest(options);
  await parseBytes(new Blob([bytes]).stream(), sniffed.encoding, ingest);
  return { ingest, encoding: sniffed.encoding };
}

const stageCounts = (ingest: Ingest) => Object.fromEntries(ingest.store!.stage.names.map((name, i) => [name, ingest.store!.stage.counts[i]]));

describe('the quirk fixtures, read as the worker reads them', () => {
  it('excel-sep-line.csv: the "sep=;" line names the delimiter, the header is row 2', async () => {
    const { ingest } = await readFixture('excel-sep-line.csv');
    expect([ingest.sep, ingest.headerRow, ingest.headers]).toEqual([';', 2, ['Stage', 'Amount', 'Created Date', 'Close Date']]);
    expect(stageCounts(ingest)).toEqual({ 'Closed Won': 1, 'Closed Lost': 1, Negotiation: 1 });
    expect([0, 1, 2].map((row) => ingest.store!.sheetRow(row))).toEqual([3, 4, 5]);
  });

  it('title-lines.csv: the header is row 4, past a title, an export date and a blank line', async () => {
    const { ingest } = await readFixture('title-lines.csv');
    expect([ingest.headerRow, ingest.store!.rows, ingest.store!.wrongFieldCount]).toEqual([4, 4, []]);
    expect(ingest.leading.map(({ row }) => row)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(ingest.store!.sheetRow(3)).toBe(8);
    expect(ingest.store!.mapping).toMatchObject({ stage: 0, amount: 1, created: 2, closed: 3 });
  });

  it('title-lines.csv: a header row the user chooses holds across the read', async () => {
    const { ingest } = await readFixture('title-lines.csv', { headerRow: 1 });
    expect([ingest.headerRow, ingest.headers, ingest.store!.rows]).toEqual([1, ['Opportunities report', '', '', ''], 6]);
  });

  it('trailing-comma.csv: every row read, none set aside for its empty last field', async () => {
    const { ingest } = await readFixture('trailing-comma.csv');
    expect([ingest.store!.rows, ingest.store!.wrongFieldCount]).toEqual([3, []]);
  });

  it('big5.csv: read as Big5 on an English page, its columns found', async () => {
    const { ingest, encoding } = await readFixture('big5.csv');
    expect(encoding).toBe('big5');
    expect(ingest.headers).toEqual(['銷售階段', '金額', '建立日期', '結單日期', '負責人']);
    expect(ingest.store!.mapping).toMatchObject({ stage: 0, amount: 1, created: 2, closed: 3, owner: 4 });
    expect(stageCounts(ingest)).toEqual({ 贏單: 2, 輸單: 1, 洽談中: 1 });
  });

  it('utf16le-no-bom.csv: read as UTF-16LE, tab-separated', async () => {
    const { ingest, encoding } = await readFixture('utf16le-no-bom.csv');
    expect(encoding).toBe('utf-16le');
    expect(ingest.headers).toEqual(['销售阶段', '金额', '创建日期', '结单日期', '负责人']);
    expect(stageCounts(ingest)).toEqual({ 赢单: 2, 输单: 1, 跟进中: 1 });
  });
});

describe.each(['salesforce', 'hubspot', 'pipedrive', 'chinese-crm', 'semicolon-decimal-comma', 'dd-mm-yy', 'utf16', 'large', 'ragged'])(
  'the %s fixture',
  (name) => {
    it('reads the same streamed as Papa Parse reads its whole text', async () => {
      const { ingest: streamed, encoding } = await readFixture(`${name}.csv`);
      const whole = new Ingest();
      const text = new TextDecoder(encoding).decode(readFileSync(new URL(`../../../test/fixtures/crm/${name}.csv`, import.meta.url)));
      whole.pushAll(Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
      const shape = (ingest: Ingest) => ({
        headerRow: ingest.headerRow,
        headers: ingest.headers,
        rows: ingest.store!.rows,
        wrong: ingest.store!.wrongFieldCount,
        stages: stageCounts(ingest),
        lastRow: ingest.store!.sheetRow(ingest.store!.rows - 1),
        samples: ingest.samples,
      });
      expect(shape(streamed)).toEqual(shape(whole));
      expect(streamed.headerRow).toBe(1);
    });
  },
);
