import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { Ingest, parseBytes } from './ingest';
import { guessReadings, measure, type Readings } from './measure';
import { RecordStore } from './records';

/** A store from a header line and rows, as the worker builds it from a parsed file. */
function storeOf(table: string) {
  const [header = '', ...lines] = table.trim().split('\n');
  const headers = header.split('|').map((cell) => cell.trim());
  const store = new RecordStore(headers, guessMapping(headers));
  for (const line of lines) store.add(line.split('|').map((cell) => cell.trim()));
  return store;
}

const STAGES = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Won'];

// Nine deals, worked by hand below. Dates are day first (25/01 settles the created column).
const sample = `
Id | Stage       | Amount | Created    | Close date | Owner
1  | Closed Won  | 1000   | 01/01/2026 | 11/01/2026 | Ann
2  | Closed Won  | 3000   | 25/01/2026 | 04/02/2026 | Ann
3  | Closed Lost | 500    | 02/01/2026 | 22/01/2026 | Bo
4  | Closed Won  | n/a    | 03/02/2026 | 23/02/2026 | Bo
5  | Negotiation | 2000   | 10/02/2026 |            | Bo
6  |             | 9999   | 10/02/2026 | 10/02/2026 | Bo
1  | Closed Won  | 7777   | 01/01/2026 | 11/01/2026 | Ann
8  | Closed Lost | -40    | 05/02/2026 | 01/02/2026 | Ann
9  | Proposal    | 4000   | 28/02/2026 |            | Ann
`;

describe('measure', () => {
  const store = storeOf(sample);
  const readings = guessReadings(store, 'monthFirst');
  const summary = measure(store, readings, STAGES);

  it('reads the date columns day first from their values, though the locale prefers month first', () => {
    expect(readings.dateOrders).toEqual({ created: 'dayFirst', closed: 'dayFirst' });
    expect(readings.meanings).toEqual({ 'Closed Won': 'won', 'Closed Lost': 'lost', Negotiation: 'open', Proposal: 'open' });
  });

  it('counts the outcomes of the rows it keeps: row 7 has no stage, row 8 repeats id 1', () => {
    expect(summary.rows).toBe(9);
    expect(summary.counted).toBe(7);
    expect(summary.outcomes).toEqual({ won: 3, lost: 2, open: 2 });
    // 3 won ÷ (3 won + 2 lost)
    expect(summary.winRate).toBeCloseTo(0.6, 12);
  });

  it('adds up won revenue from the readable amounts: 1,000 + 3,000 (row 5 says n/a)', () => {
    expect(summary.wonRevenue).toBe(4000);
    expect(summary.wonDeal).toMatchObject({ count: 2, mean: 2000, median: 2000 });
  });

  it('measures the cycle in days from created to close', () => {
    // Won: 01/01 → 11/01 = 10 days; 25/01 → 04/02 = 10; 03/02 → 23/02 = 20. Median 10, mean 13⅓.
    expect(summary.cycleWon.count).toBe(3);
    expect(summary.cycleWon.median).toBe(10);
    expect(summary.cycleWon.mean).toBeCloseTo(40 / 3, 12);
    // Lost: 02/01 → 22/01 = 20 (row 9 closes before it was created).
    expect(summary.cycleLost).toMatchObject({ count: 1, median: 20 });
  });

  it('books won and lost deals by the month they closed', () => {
    expect(summary.bookings).toEqual([
      { month: '2026-01', won: 1, lost: 1, revenue: 1000 },
      { month: '2026-02', won: 2, lost: 1, revenue: 3000 },
    ]);
    // Monthly win rates ½ and ⅔; deal sizes 1,000 and 3,000 (the n/a deal has no amount).
    expect(summary.monthlyWinRate.median).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
    expect(summary.monthlyDealSize).toMatchObject({ count: 2, median: 2000 });
  });

  it('tables each owner, by revenue', () => {
    expect(summary.owners).toEqual([
      { name: 'Ann', deals: 4, won: 2, lost: 1, winRate: 2 / 3, revenue: 4000, averageDeal: 2000, medianCycleDays: 10 },
      { name: 'Bo', deals: 3, won: 1, lost: 1, winRate: 0.5, revenue: 0, averageDeal: null, medianCycleDays: 20 },
    ]);
  });

  it('sums the open pipeline and its age as of the latest date in the file (28/02/2026)', () => {
    // Open: 2,000 (created 10/02, 18 days) and 4,000 (created 28/02, 0 days).
    expect(summary.asOf).toBe('2026-02-28');
    expect(summary.open).toMatchObject({ count: 2, value: 6000 });
    expect(summary.open.ageDays).toMatchObject({ count: 2, median: 9, mean: 9 });
  });

  it('lists every row it set aside, with the reason and what it is left out of', () => {
    expect(summary.setAside).toEqual([
      { reason: 'noAmount', scope: 'money', rows: [5], count: 1 },
      { reason: 'noStage', scope: 'all', rows: [7], count: 1 },
      { reason: 'duplicateId', scope: 'all', rows: [8], count: 1 },
      { reason: 'closeBeforeCreated', scope: 'cycle', rows: [9], count: 1 },
    ]);
  });

  it('has no stage reach until open values are placed on the funnel', () => {
    expect(summary.stageReach).toEqual([]);
    const placed: Readings = { ...readings, meanings: { ...readings.meanings, Negotiation: { stage: 2 }, Proposal: { stage: 3 } } };
    // Won (3) reach all five stages; Negotiation reaches SQL (2), Proposal Opportunity (3). The
    // file does not say where the two lost deals stopped: they are left out of the steps, and said to be.
    const reached = measure(store, placed, STAGES);
    expect(reached.stageReach).toEqual([
      { stage: 'Lead', count: 5 },
      { stage: 'MQL', count: 5 },
      { stage: 'SQL', count: 5 },
      { stage: 'Opportunity', count: 4 },
      { stage: 'Won', count: 3 },
    ]);
    expect(reached.stageReachLeftOut).toEqual({ lost: 2, open: 0 });
  });

  it('re-reads ambiguous amounts with a comma decimal mark', () => {
    const store = storeOf(`
Stage | Amount
Won | 1,500
Won | 2,25`);
    expect(guessReadings(store, 'dayFirst').decimalMark).toBe('comma');
    expect(measure(store, guessReadings(store, 'dayFirst'), STAGES).wonRevenue).toBeCloseTo(1.5 + 2.25, 12);
    // Read with a dot, "1,500" is fifteen hundred; "2,25" can only be 2.25 either way.
    expect(measure(store, { ...guessReadings(store, 'dayFirst'), decimalMark: 'dot' }, STAGES).wonRevenue).toBeCloseTo(1502.25, 12);
  });
});

describe('reading a file as one export writes it', () => {
  // The reviewer's file: created dates all have days up to 12; the close dates prove day first.
  const mixed = storeOf(`
Stage       | Created    | Close date
Closed Won  | 05/03/2026 | 20/03/2026
Closed Won  | 02/03/2026 | 13/03/2026
Closed Lost | 01/02/2026 | 28/02/2026
Closed Won  | 10/01/2026 | 15/01/2026`);

  it('reads a column whose values allow both orders in the order the other date columns prove', () => {
    const readings = guessReadings(mixed, 'monthFirst');
    expect(readings.dateOrders).toEqual({ created: 'dayFirst', closed: 'dayFirst' });
    expect(readings.orderBasis).toEqual({ created: 'otherColumns', closed: 'values' });
    const summary = measure(mixed, readings, STAGES);
    // 5 Mar → 20 Mar = 15 days; 2 Mar → 13 Mar = 11; 10 Jan → 15 Jan = 5: median 11. No row closes early.
    expect(summary.cycleWon).toMatchObject({ count: 3, median: 11 });
    expect(summary.setAside).toEqual([]);
    expect(summary.asOf).toBe('2026-03-20');
  });

  it('reads dotted dates day first where no value proves an order', () => {
    const dotted = storeOf(`
Stage      | Created    | Close date
Closed Won | 04.03.2026 | 09.03.2026
Closed Won | 01.02.2026 | 05.02.2026`);
    const readings = guessReadings(dotted, 'monthFirst');
    expect(readings.dateOrders).toEqual({ created: 'dayFirst', closed: 'dayFirst' });
    expect(readings.orderBasis).toEqual({ created: 'dotted', closed: 'dotted' });
  });

  it('where no value proves an order, reads every column the way fewer deals close before they were created', () => {
    // Day first: 3 Jan → 4 Feb, and 1 Feb → 5 Jan, which closes before it was created.
    // Month first: 1 Mar → 2 Apr, and 2 Jan → 1 May: no deal closes early.
    const store = storeOf(`
Stage      | Created    | Close date
Closed Won | 03/01/2026 | 04/02/2026
Closed Won | 01/02/2026 | 05/01/2026`);
    const readings = guessReadings(store, 'dayFirst');
    expect(readings.dateOrders).toEqual({ created: 'monthFirst', closed: 'monthFirst' });
    expect(readings.orderBasis).toEqual({ created: 'closeOrder', closed: 'closeOrder' });
    // Nothing tells: the page language's habit.
    const plain = storeOf(`
Stage      | Created    | Close date
Closed Won | 01/02/2026 | 03/04/2026`);
    expect(guessReadings(plain, 'dayFirst')).toMatchObject({ dateOrders: { created: 'dayFirst', closed: 'dayFirst' }, orderBasis: { created: 'language', closed: 'language' } });
    expect(guessReadings(plain, 'monthFirst').dateOrders).toEqual({ created: 'monthFirst', closed: 'monthFirst' });
  });

  describe('a two-digit year first or last (26-03-05)', () => {
    it('reads YY-MM-DD year first where that keeps the dates together: read day first they would span 2005 to 2030', () => {
      const store = storeOf(`
Stage      | Created  | Close date
Closed Won | 25-11-03 | 26-01-15
Closed Won | 26-01-10 | 26-03-05
Closed Lost| 25-12-30 | 26-02-28`);
      const readings = guessReadings(store, 'dayFirst');
      expect(readings.dateOrders).toEqual({ created: 'yearFirst', closed: 'yearFirst' });
      expect(readings.orderBasis).toEqual({ created: 'spread', closed: 'spread' });
      const summary = measure(store, readings, STAGES, { today: Date.UTC(2026, 5, 1) / 86_400_000 });
      // 2025-11-03 → 2026-01-15 = 73 days; 2026-01-10 → 2026-03-05 = 54; lost: 2025-12-30 → 2026-02-28 = 60.
      expect(summary.cycleWon).toMatchObject({ count: 2, median: 63.5 });
      expect(summary.cycleLost).toMatchObject({ count: 1, median: 60 });
      expect(summary.asOf).toBe('2026-03-05');
      expect(summary.setAside).toEqual([]);
    });

    it('keeps DD-MM-YY day first, and says why: read year first the dates would span 2003 to 2028', () => {
      const store = storeOf(`
Stage      | Created  | Close date
Closed Won | 03-11-25 | 15-01-26
Closed Won | 10-01-26 | 05-03-26
Closed Lost| 30-12-25 | 28-02-26`);
      const readings = guessReadings(store, 'monthFirst');
      expect(readings.dateOrders).toEqual({ created: 'dayFirst', closed: 'dayFirst' });
      expect(readings.orderBasis).toEqual({ created: 'spread', closed: 'spread' });
      expect(measure(store, readings, STAGES).asOf).toBe('2026-03-05');
    });

    it('reads year first where a first part can be no day (98-05-14), and the file’s other two-digit column with it', () => {
      const store = storeOf(`
Stage      | Created  | Close date
Closed Won | 98-05-14 | 03-02-01
Closed Won | 02-11-20 | 03-01-02`);
      const readings = guessReadings(store, 'dayFirst');
      expect(readings.dateOrders).toEqual({ created: 'yearFirst', closed: 'yearFirst' });
      expect(readings.orderBasis).toEqual({ created: 'values', closed: 'otherColumns' });
      // 1998-05-14 → 2003-02-01 = 1724 days, 2002-11-20 → 2003-01-02 = 43: median 883.5.
      expect(measure(store, readings, STAGES)).toMatchObject({ cycleWon: { count: 2, median: 883.5 }, asOf: '2003-02-01' });
    });

    it('never reads year first in a column that writes a year last, nor reads its rows two ways', () => {
      const store = storeOf(`
Stage      | Created    | Close date
Closed Won | 26-03-05   | 26-03-20
Closed Won | 14/03/2026 | 26-03-28`);
      const readings = guessReadings(store, 'dayFirst');
      // The created column writes 2026 last: every value of it is read day first, 26-03-05 as 26 March 2005.
      expect(readings.dateOrders.created).toBe('dayFirst');
      expect(store.dates.created!.tally).toMatchObject({ yearLast: true, yearFirstValid: 0 });
      // The close dates follow it: one export writes every date one way.
      expect(readings).toMatchObject({ dateOrders: { closed: 'dayFirst' }, orderBasis: { closed: 'otherColumns' } });
      const summary = measure(store, readings, STAGES, { today: Date.UTC(2026, 5, 1) / 86_400_000 });
      // 2005-03-26 → 2020-03-26, and 2026-03-14 → 2028-03-26 (after the day of reading: set aside).
      expect(summary.setAside).toEqual([{ reason: 'unlikelyCloseDate', scope: 'closing', rows: [3], count: 1 }]);
    });
  });

  it('reads whole amounts grouped with dots as thousands: 12.000 is twelve thousand', () => {
    const store = storeOf(`
Stage      | Amount
Closed Won | 12.000
Closed Won | 8.500
Closed Won | 1.200
Open       | 25.000`);
    const readings = guessReadings(store, 'dayFirst');
    expect(readings.decimalMark).toBe('comma');
    const summary = measure(store, readings, STAGES);
    expect(summary.wonRevenue).toBe(21_700);
    expect(summary.open.value).toBe(25_000);
  });
});

describe('dates no deal can have', () => {
  // Read on 2026-03-10 (day 20522). Row 3 closed in 2206 (a slip for 2026); row 4 was created in 1900.
  const today = Date.UTC(2026, 2, 10) / 86_400_000;
  const store = storeOf(`
Stage       | Created    | Close date
Closed Won  | 2026-01-01 | 2026-01-11
Closed Lost | 2026-01-05 | 2206-02-20
Closed Won  | 1900-01-01 | 2026-02-01
Open        | 2026-02-10 |
Closed Won  | 2026-02-01 | 2026-03-11`);
  const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES, { today });

  it('sets aside a date before 1980 or after the day of reading, with its rows, and keeps it out of "as of"', () => {
    expect(summary.setAside).toEqual([
      { reason: 'unlikelyCloseDate', scope: 'closing', rows: [3], count: 1 },
      { reason: 'unlikelyCreatedDate', scope: 'cycle', rows: [4], count: 1 },
    ]);
    // 2026-03-11 is a day after the reading: within the day of grace for time zones.
    expect(summary.asOf).toBe('2026-03-11');
    // Won cycles: 1 Jan → 11 Jan = 10, 1 Feb → 11 Mar = 38; row 4's has no start. Lost: none left.
    expect(summary.cycleWon).toMatchObject({ count: 2, median: 24 });
    expect(summary.cycleLost.count).toBe(0);
    // The slipped close is in no month; every row still counts toward the win rate.
    expect(summary.bookings.map((b) => b.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(summary.outcomes).toEqual({ won: 3, lost: 1, open: 1 });
    // Open since 10 Feb, as of 11 Mar: 29 days (not 65,000).
    expect(summary.open.ageDays.median).toBe(29);
  });

  it('says a decided deal without a close date is left out of both the months and the cycle', () => {
    const noClose = storeOf(`
Stage      | Created    | Close date
Closed Won | 2026-01-01 |
Closed Won | 2026-01-01 | 2026-01-05`);
    const result = measure(noClose, guessReadings(noClose, 'dayFirst'), STAGES, { today });
    expect(result.setAside).toEqual([{ reason: 'noCloseDate', scope: 'closing', rows: [2], count: 1 }]);
    expect(result.cycleWon.count).toBe(1);
  });
});

describe('the rows set aside', () => {
  it('lists 200 rows a reason on the page, and every row for a download', () => {
    const store = storeOf(['Stage | Amount', ...Array.from({ length: 300 }, (_, i) => (i % 2 ? 'Won | 10' : ' | 10'))].join('\n'));
    const shown = measure(store, guessReadings(store, 'dayFirst'), STAGES).setAside;
    expect(shown).toEqual([{ reason: 'noStage', scope: 'all', rows: Array.from({ length: 150 }, (_, i) => 2 + 2 * i), count: 150 }]);
    const many = storeOf(['Stage | Amount', ...Array.from({ length: 300 }, () => ' | 10')].join('\n'));
    expect(measure(many, guessReadings(many, 'dayFirst'), STAGES).setAside[0]).toMatchObject({ count: 300, rows: Array.from({ length: 200 }, (_, i) => i + 2) });
    expect(measure(many, guessReadings(many, 'dayFirst'), STAGES, { listed: Infinity }).setAside[0]!.rows).toEqual(Array.from({ length: 300 }, (_, i) => i + 2));
  });

  it('sets aside the header line repeated mid-file as a repeated header row, with its row, and as nothing else', () => {
    const store = storeOf(`
Id | Stage       | Amount | Created
1  | Closed Won  | 1000   | 2026-01-05
2  | Closed Lost | 2000   | 2026-01-10
Id | Stage       | Amount | Created
3  | Closed Won  | 3000   | 2026-01-15`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.setAside).toEqual([{ reason: 'repeatedHeader', scope: 'all', rows: [4], count: 1 }]);
    expect([summary.rows, summary.counted]).toEqual([4, 3]);
    expect(summary.outcomes).toEqual({ won: 2, lost: 1, open: 0 });
  });
  it('sets aside a row whose open quote swallowed the lines after it for that alone, with its row', () => {
    const store = new RecordStore(['Name', 'Stage', 'Amount'], { name: 0, stage: 1, amount: 2 });
    store.add(['A', 'Closed Won', '100']);
    store.add(['Big deal,Closed Won,200\nC,Closed Lost,300\n']);
    store.add(['E', 'Open', '500']);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.setAside).toEqual([{ reason: 'openQuote', scope: 'all', rows: [3], count: 1 }]);
    expect([summary.rows, summary.counted]).toEqual([3, 2]);
  });

  it('sets aside a row whose quote never closes for that alone, with its row, and counts every row after it', async () => {
    // Ten lines: the header, nine deals; row 3 opens a quote that nothing closes, row 7 has no stage.
    const lines = ['Name,Stage,Amount', 'A,Closed Won,100', '"Big deal,Closed Won,200', 'C,Closed Lost,300', 'D,Open,400', 'E,Closed Won,500', ',,600', 'G,Closed Won,700', 'H,Open,800', 'I,Closed Lost,900'];
    const ingest = new Ingest();
    await parseBytes(new Blob([lines.join('\r\n')]).stream(), 'utf-8', ingest);
    const store = ingest.store!;
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.setAside).toEqual([
      { reason: 'unclosedQuote', scope: 'all', rows: [3], count: 1 },
      { reason: 'noStage', scope: 'all', rows: [7], count: 1 },
    ]);
    // Rows 2 and 4 to 10 read, all but row 7 counted.
    expect([summary.rows, summary.counted]).toEqual([9, 7]);
    expect(summary.outcomes).toEqual({ won: 3, lost: 2, open: 2 });
    expect(summary.wonRevenue).toBe(1300);
  });

  it('sets aside a totals row as a totals row, with its row: its amount is no open deal', () => {
    const store = storeOf(`
Stage       | Amount | Created
Closed Won  | 1000   | 2026-01-05
Negotiation | 2000   | 2026-01-10
Closed Lost | 500    | 2026-01-11
Total       | 3500   |`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.setAside).toEqual([{ reason: 'totalRow', scope: 'all', rows: [5], count: 1 }]);
    expect([summary.rows, summary.counted]).toEqual([4, 3]);
    expect(summary.outcomes).toEqual({ won: 1, lost: 1, open: 1 });
    expect(summary.open.value).toBe(2000);
  });
});

describe('amounts in more than one currency', () => {
  it('counts the file’s own currency and sets aside the others, never adding them up', () => {
    // Three in dollars (the file's own), one in euros, one in złoty, one with no sign.
    const store = storeOf(`
Stage      | Amount
Closed Won | $1,000.00
Closed Won | $2,000.00
Closed Won | US$ 500
Closed Won | €2.000,00
Closed Won | 12 000 zł
Closed Won | 700`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.currency).toBe('USD');
    // 1,000 + 2,000 + 500 + 700 (no sign: taken as the file's own).
    expect(summary.wonRevenue).toBe(4200);
    expect(summary.wonDeal.count).toBe(4);
    expect(summary.setAside).toEqual([{ reason: 'otherCurrency', scope: 'money', rows: [5, 6], count: 2 }]);
    // Every deal still counts toward the win rate.
    expect(summary.outcomes.won).toBe(6);
  });

  it('sets aside amounts in a currency the workbook does not list (SEK, CZK), never adding them to the file’s own', () => {
    const store = storeOf(`
Stage      | Amount | Currency
Closed Won | 1000   | USD
Closed Won | 2000   | USD
Closed Won | 50000  | SEK
Closed Won | 9000   | CZK`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.currency).toBe('USD');
    expect(summary.wonRevenue).toBe(3000);
    expect(summary.setAside).toEqual([{ reason: 'otherCurrency', scope: 'money', rows: [4, 5], count: 2 }]);
  });

  it('reads a currency column before the amount’s own sign', () => {
    const store = storeOf(`
Stage      | Value | Deal - Currency
Closed Won | 1000  | EUR
Closed Won | 3000  | EUR
Closed Lost| 500   | EUR
Open       | 8000  | GBP`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.currency).toBe('EUR');
    expect(summary.wonRevenue).toBe(4000);
    expect(summary.open.value).toBe(0);
    expect(summary.setAside).toEqual([{ reason: 'otherCurrency', scope: 'money', rows: [5], count: 1 }]);
  });

  it('chooses the file’s currency from the amounts it sums (won and open deals), never from lost deals’ amounts', () => {
    // Won in euros; three lost and one open in pounds. Summed: EUR twice, GBP once (row 7).
    const store = storeOf(`
Stage       | Amount | Currency
Closed Won  | 1000   | EUR
Closed Won  | 2000   | EUR
Closed Lost | 500    | GBP
Closed Lost | 600    | GBP
Closed Lost | 700    | GBP
Open        | 800    | GBP
            | 900    | GBP
Closed Won  | -5     | GBP`);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect(summary.currency).toBe('EUR');
    expect(summary.wonRevenue).toBe(3000);
    expect(summary.open.value).toBe(0);
    // The counted amounts by currency: row 8 (no stage) and row 9 (negative) are summed nowhere.
    expect(summary.amountCurrencies).toEqual([
      { mark: 'EUR', count: 2 },
      { mark: 'GBP', count: 1 },
    ]);
    // Only the open deal's pounds are set aside: lost deals' amounts are never summed, whatever their currency.
    expect(summary.setAside).toEqual([
      { reason: 'otherCurrency', scope: 'money', rows: [7], count: 1 },
      { reason: 'noStage', scope: 'all', rows: [8], count: 1 },
      { reason: 'negativeAmount', scope: 'money', rows: [9], count: 1 },
    ]);
  });

  it('reads the amounts’ own signs where the user chooses no currency column', () => {
    const store = new RecordStore(['Stage', 'Amount', 'Currency'], { stage: 0, amount: 1 });
    for (const row of [['Closed Won', '€100', 'GBP'], ['Closed Won', '€200', 'GBP'], ['Open', '£50', 'GBP']]) store.add(row);
    const summary = measure(store, guessReadings(store, 'dayFirst'), STAGES);
    expect([summary.currency, summary.wonRevenue, summary.open.value]).toEqual(['EUR', 300, 0]);
    expect(summary.amountCurrencies).toEqual([
      { mark: 'EUR', count: 2 },
      { mark: 'GBP', count: 1 },
    ]);
  });

  it('names no currency where no amount names one, and sets nothing aside for one shared sign', () => {
    const plain = storeOf(`
Stage      | Amount
Closed Won | 1000`);
    expect(measure(plain, guessReadings(plain, 'dayFirst'), STAGES).currency).toBeNull();
    const yen = storeOf(`
Stage      | Amount
Closed Won | ¥12,800
Closed Won | 12,800元`);
    const summary = measure(yen, guessReadings(yen, 'dayFirst'), STAGES);
    // "¥" may be yuan: named by 元, the file is in CNY, and both amounts count.
    expect(summary.currency).toBe('CNY');
    expect(summary.wonRevenue).toBe(25_600);
    expect(summary.setAside).toEqual([]);
  });

  it('reads "kr" as a sign several currencies share: the file’s own where no code says which, counted toward the code that does', () => {
    const kronor = storeOf(`
Stage      | Amount
Closed Won | 1 000 kr
Closed Won | 2 500 kr
Closed Won | €100`);
    const alone = measure(kronor, guessReadings(kronor, 'dayFirst'), STAGES);
    expect([alone.currency, alone.wonRevenue]).toEqual(['kr', 3500]);
    expect(alone.setAside).toEqual([{ reason: 'otherCurrency', scope: 'money', rows: [4], count: 1 }]);
    // "kr" beside "SEK": one currency, named by its code.
    const sek = storeOf(`
Stage      | Amount
Closed Won | 2 000 SEK
Closed Won | 1 000 kr`);
    const named = measure(sek, guessReadings(sek, 'dayFirst'), STAGES);
    expect([named.currency, named.wonRevenue, named.setAside]).toEqual(['SEK', 3000, []]);
  });
});

describe('stage-to-stage conversion', () => {
  // Funnel Lead, MQL, SQL, Opportunity, Won. Proposal is placed at Opportunity (3), Qualified at
  // SQL (2); "Last stage" says where each lost deal stopped. Rows 2–11, worked by hand below.
  const store = storeOf(`
Stage       | Last stage  | Amount
Closed Won  |             | 100
Closed Won  | Proposal    | 100
Closed Lost | Proposal    |
Closed Lost | Qualified   |
Closed Lost | Qualified   |
Closed Lost |             |
Closed Lost | Negotiation |
Proposal    |             |
Qualified   |             |
Open        |             |`);
  const guessed = guessReadings(store, 'dayFirst');
  const readings: Readings = { ...guessed, meanings: { ...guessed.meanings, Proposal: { stage: 3 }, Qualified: { stage: 2 } } };
  const summary = measure(store, readings, STAGES);

  it('lists the last-stage column’s values among the stage values, to be placed, with no rows of their own', () => {
    expect(store.stageValues()).toEqual([
      { value: 'Closed Won', count: 2 },
      { value: 'Closed Lost', count: 5 },
      { value: 'Proposal', count: 1 },
      { value: 'Qualified', count: 1 },
      { value: 'Open', count: 1 },
      { value: 'Negotiation', count: 0 },
    ]);
    expect(guessed.meanings).toMatchObject({ Negotiation: 'open', Proposal: 'open' });
  });

  it('counts a lost deal at the stage it was lost at, and leaves out those whose stage the file does not say', () => {
    // Known: won ×2 (to Won), lost at Proposal (to Opportunity), lost at Qualified ×2 (to SQL),
    // open at Proposal (Opportunity) and at Qualified (SQL): 7 deals. Left out: the lost deal
    // with no last stage and the one lost at Negotiation (not placed), and the plain open deal.
    expect(summary.stageReach).toEqual([
      { stage: 'Lead', count: 7 },
      { stage: 'MQL', count: 7 },
      { stage: 'SQL', count: 7 },
      { stage: 'Opportunity', count: 4 },
      { stage: 'Won', count: 2 },
    ]);
    expect(summary.stageReachLeftOut).toEqual({ lost: 2, open: 1 });
    // Opportunity → Won is 2 ÷ 4 = 50 %; the win rate, over every decided deal, 2 ÷ 7.
    expect(summary.winRate).toBeCloseTo(2 / 7, 12);
  });

  it('counts a lost deal once its last stage is placed; a won deal’s last stage changes nothing', () => {
    const more = measure(store, { ...readings, meanings: { ...readings.meanings, Negotiation: { stage: 3 } } }, STAGES);
    expect(more.stageReach.map(({ count }) => count)).toEqual([8, 8, 8, 5, 2]);
    expect(more.stageReachLeftOut).toEqual({ lost: 1, open: 1 });
  });

  it('leaves every lost deal out where the file has no last-stage column, never at the first stage', () => {
    const plain = storeOf(`
Stage       | Amount
Closed Won  | 100
Closed Lost | 100
Closed Lost | 100
Closed Lost | 100
Proposal    | 100`);
    const placed = { ...guessReadings(plain, 'dayFirst'), meanings: { 'Closed Won': 'won', 'Closed Lost': 'lost', Proposal: { stage: 3 } } } satisfies Readings;
    const result = measure(plain, placed, STAGES);
    expect(result.stageReach.map(({ count }) => count)).toEqual([2, 2, 2, 2, 1]);
    expect(result.stageReachLeftOut).toEqual({ lost: 3, open: 0 });
  });
});
