import { describe, expect, it } from 'vitest';
import { Ingest } from './ingest';
import { BAD_DATE, NO_DATE } from './dates';
import { AmountColumn, DateColumn, detached, emptyTail, RecordStore } from './records';

describe('RecordStore.sheetRow', () => {
  it('numbers rows as a spreadsheet does: the header is row 1 and blank lines count', () => {
    const ingest = new Ingest();
    const lines = [['Stage', 'Amount'], ['Won', '1'], [''], [''], ['Lost', '2'], ['Open', '3'], [''], ['Won', '4']];
    for (const fields of lines) ingest.push(fields);
    const store = ingest.store!;
    expect(store.rows).toBe(4);
    expect([0, 1, 2, 3].map((row) => store.sheetRow(row))).toEqual([2, 5, 6, 8]);
  });

  it('counts on from row 2 when rows are added without their numbers', () => {
    const store = new RecordStore(['Stage'], { stage: 0 });
    for (let i = 0; i < 5; i++) store.add(['Won']);
    expect([0, 4].map((row) => store.sheetRow(row))).toEqual([2, 6]);
  });
});

describe('detached', () => {
  it('gives back the same text, short or long', () => {
    const chunk = `Proposal/Price Quote,${'x'.repeat(1000)}`;
    const field = chunk.slice(0, 20);
    expect(detached(field)).toBe('Proposal/Price Quote');
    expect(detached('Won')).toBe('Won');
    expect(detached('')).toBe('');
  });
});

describe('Ingest.pushAll', () => {
  it('takes a chunk of rows as pushing each would', () => {
    const rows = [['Stage', 'Amount', 'Owner'], ['Won', '10', 'Ann'], [''], ['Lost', '', 'Bo'], ['Open', '5']];
    const [one, all] = [new Ingest(), new Ingest()];
    for (const fields of rows) one.push(fields);
    all.pushAll(rows);
    expect(all.samples).toEqual(one.samples);
    expect(all.store!.rows).toBe(3);
    expect(all.store!.stage.names).toEqual(one.store!.stage.names);
    expect(all.store!.wrongFieldCount).toEqual([2]);
    expect(all.store!.sheetRow(2)).toBe(one.store!.sheetRow(2));
  });
});

describe('RecordStore: rows that differ from the header in number of fields', () => {
  it('reads rows whose extra fields are empty (a delimiter after the last value), and sets aside one whose extra field holds a value', () => {
    const store = new RecordStore(['Stage', 'Amount', 'Created', 'Closed'], { stage: 0, amount: 1 });
    store.add(['Closed Won', '1000', '2026-01-05', '2026-02-10', '']);
    store.add(['Negotiation', '2000', '2026-02-01', '', ' ', '']);
    store.add(['Closed Lost', '500', '2026', '01-10', '2026-02-20']);
    expect(store.wrongFieldCount).toEqual([2]);
    expect(store.stage.names).toEqual(['Closed Won', 'Negotiation', 'Closed Lost']);
  });

  it('reads a row short only of unnamed last columns, and sets aside one short of a named column', () => {
    const store = new RecordStore(['Stage', 'Amount', '', ''], { stage: 0, amount: 1 });
    store.add(['Won', '10']);
    store.add(['Won']);
    expect(store.wrongFieldCount).toEqual([1]);
  });

  it.each([
    [['a', 'b', ''], ['A', 'B'], true],
    [['a', 'b', 'c'], ['A', 'B'], false],
    [['a'], ['A', 'B'], false],
    [['a'], ['A', ' '], true],
  ])('emptyTail(%j, %j) is %s', (fields, headers, expected) => {
    expect(emptyTail(fields, headers)).toBe(expected);
  });
});

describe('RecordStore: the header line again among the rows', () => {
  it('reads it as no deal: its names are no stage value, no record ID, and it is listed with its row', () => {
    const headers = ['Opportunity ID', 'Stage', 'Amount'];
    const store = new RecordStore(headers, { id: 0, stage: 1, amount: 2 });
    store.add(['1', 'Closed Won', '1000']);
    store.add(['Opportunity ID', 'Stage', 'Amount']);
    store.add([' Opportunity ID ', 'Stage', 'Amount', '']);
    store.add(['\uFEFFOpportunity ID', 'Stage', 'Amount']);
    store.add(['2', 'Closed Lost', '500']);
    expect(store.rows).toBe(5);
    expect(store.repeatedHeader).toEqual([1, 2, 3]);
    expect(store.wrongFieldCount).toEqual([]);
    expect(store.stage.names).toEqual(['Closed Won', 'Closed Lost']);
    expect(store.duplicateOf().size).toBe(0);
    expect([...store.amount!.kinds.subarray(0, 5)]).toEqual([1, 0, 0, 0, 1]);
  });

  it('reads a row that holds only some of the names, or other text, as a row', () => {
    const store = new RecordStore(['Stage', 'Amount'], { stage: 0, amount: 1 });
    store.add(['Stage', '100']);
    store.add(['Stage', '']);
    store.add(['Stage']);
    expect(store.repeatedHeader).toEqual([]);
    expect(store.stage.names).toEqual(['Stage']);
  });
});

describe('DateColumn: a two-digit year first', () => {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

  it('keeps each row read year first from the first value that may be, the rows before as they read every way', () => {
    const column = new DateColumn();
    for (const raw of ['2026-01-02', '', '26-03-05', '26-02-30', '25-12-31 10:00']) column.add(raw);
    expect([...column.yearFirst!.data.subarray(0, 5)]).toEqual([day('2026-01-02'), NO_DATE, day('2026-03-05'), BAD_DATE, day('2025-12-31')]);
    expect([...column.days('yearFirst').subarray(0, 5)]).toEqual([...column.yearFirst!.data.subarray(0, 5)]);
    expect(column.tally).toMatchObject({ yearFirstValid: 3, yearAmbiguous: 2, yearLast: false });
  });

  it('keeps none once a value writes its year last: the column is never read year first', () => {
    const column = new DateColumn();
    for (const raw of ['26-03-05', '14/03/2026', '26-03-07']) column.add(raw);
    expect(column.yearFirst).toBeNull();
    expect(column.tally).toMatchObject({ yearLast: true, yearFirstValid: 0 });
    const plain = new DateColumn();
    for (const raw of ['03/14/2026', '2026-03-15']) plain.add(raw);
    expect(plain.yearFirst).toBeNull();
  });
});

describe('AmountColumn samples', () => {
  it('shows first the values the decimal mark decides, then others with a mark', () => {
    const column = new AmountColumn();
    for (const raw of ['12500.00', '$1,200.50', '12.000', '12.000', '€8.500', '1,234', '700', '2.500']) column.add(raw);
    // "12.000", "€8.500" and "1,234" read two ways; "$1,200.50" shows its mark; plain numbers are not shown.
    expect(column.shown).toEqual(['12.000', '€8.500', '1,234']);
    const plain = new AmountColumn();
    for (const raw of ['$1,200.50', '900', '€3.000,00']) plain.add(raw);
    expect(plain.shown).toEqual(['$1,200.50', '€3.000,00']);
  });
});

describe('RecordStore: a totals row under the deals', () => {
  it('reads a row whose stage says Total, or whose stage is empty and whose first value says so, as no deal, listed with its row', () => {
    const store = new RecordStore(['Name', 'Stage', 'Amount'], { name: 0, stage: 1, amount: 2 });
    store.add(['A', 'Closed Won', '1000']);
    store.add(['B', 'Negotiation', '2000']);
    store.add(['', 'Total', '3000']);
    store.add(['Grand Totals (2 records)', '', '3000']);
    store.add(['Total Energies', 'Closed Lost', '500']);
    expect(store.rows).toBe(5);
    expect(store.totalRows).toEqual([2, 3]);
    expect(store.stage.names).toEqual(['Closed Won', 'Negotiation', 'Closed Lost']);
    // Its amount is no deal's amount: not read, nor shown among the amounts.
    expect([...store.amount!.kinds.subarray(0, 5)]).toEqual([1, 1, 0, 0, 1]);
  });
});

describe('RecordStore: a totals row in a German or French export', () => {
  it('reads Gesamtergebnis, Summe and Total général under the deals as totals rows, and a deal of an account named Gesamt as a deal', () => {
    const store = new RecordStore(['Name', 'Phase', 'Betrag'], { name: 0, stage: 1, amount: 2 });
    store.add(['A', 'Gewonnen', '1000']);
    store.add(['Gesamt Holding', 'Verloren', '700']);
    store.add(['', 'Summe', '1700']);
    store.add(['Gesamtergebnis', '', '1700']);
    store.add(['Total général (2 enregistrements)', '', '1700']);
    expect(store.totalRows).toEqual([2, 3, 4]);
    expect(store.stage.names).toEqual(['Gewonnen', 'Verloren']);
  });
});

describe('RecordStore: a quote that never closes', () => {
  it('knows a row whose field swallowed the lines after it, from a line break inside a row of the wrong number of fields', () => {
    const store = new RecordStore(['Name', 'Stage', 'Amount'], { name: 0, stage: 1, amount: 2 });
    store.add(['A', 'Closed Won', '100']);
    // As Papa Parse reads 'Big deal,Closed Won,200' after an opening quote: the rest of the file in one field.
    store.add(['Big deal,Closed Won,200\nC,Closed Lost,300\nD,Closed Won,400\n']);
    // A note over two lines in a row of the right shape is a row like any other.
    store.add(['E', 'Open', '500', '']);
    store.add(['F\nsecond line', 'Open', '600']);
    expect(store.openQuote).toEqual([1]);
    expect(store.wrongFieldCount).toEqual([1]);
  });

  it('keeps the first line of a row whose quote never closes out of every column, whatever its fields', () => {
    const store = new RecordStore(['Name', 'Stage', 'Amount'], { name: 0, stage: 1, amount: 2 });
    store.add(['A', 'Closed Won', '100']);
    // 'B,"Closed Won,200': a stage value and an amount that may belong elsewhere.
    expect(store.add(['B', 'Closed Won,200'], 3, true)).toBe(false);
    store.add(['C', 'Open', '300']);
    expect([store.unclosedQuote, store.wrongFieldCount, store.openQuote]).toEqual([[1], [], []]);
    expect(store.stage.names).toEqual(['Closed Won', 'Open']);
    expect(store.stage.counts).toEqual([1, 1]);
    expect(Array.from(store.amount!.values.data.subarray(0, 3))).toEqual([100, Number.NaN, 300]);
  });
});
