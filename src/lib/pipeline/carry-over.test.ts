import { describe, expect, it } from 'vitest';
import { carriedColumns, carryOver, holdsHeaderLine, lastChoices, type LastChoices, type NewFile } from './carry-over';
import { keepReadings, savedChoices } from './choices';
import { guessMapping } from './columns';
import { emptyTally } from './dates';
import { Ingest } from './ingest';
import { guessReadings, type Readings } from './measure';
import type { SavedChoices } from './state';

// Last month's export: the guess took "Status" (won / lost / open) for the stage, and the user
// chose "Pipeline Stage" instead; they said what its values mean, and that dates are day first.
const lastHeaders = ['ID', 'Status', 'Pipeline Stage', 'Amount', 'Created', 'Closed', 'Owner'];
const saved: SavedChoices = {
  columns: { stage: 'Pipeline Stage' },
  meanings: { Signed: 'won', 'Dropped out': 'lost', Demo: { stage: 1 }, Proposal: { stage: 2 } },
  dateOrders: [{ column: 'Created', order: 'dayFirst' }],
  decimalMark: { column: 'Amount', mark: 'comma' },
  headerRow: null,
};
const last: LastChoices = { headers: lastHeaders, choices: saved };

const tally = (dayFirstValid: number, monthFirstValid: number, ambiguous: number) => ({ ...emptyTally(), filled: Math.max(dayFirstValid, monthFirstValid), dayFirstValid, monthFirstValid, ambiguous });

/** A new file as the worker reads it, with what the guess alone would say of it. */
function newFile(overrides: Partial<NewFile> = {}): NewFile {
  const headers = overrides.headers ?? lastHeaders;
  const guessed: Readings = {
    // "Signed" and "Dropped out" read as won and lost by their words already; "Demo", "Proposal"
    // and this month's new "Negotiation" as open.
    meanings: { Signed: 'won', 'Dropped out': 'open', Demo: 'open', Proposal: 'open', Negotiation: 'open' },
    dateOrders: { created: 'monthFirst', closed: 'monthFirst' },
    orderBasis: { created: 'language', closed: 'language' },
    decimalMark: 'dot',
  };
  return {
    headers,
    mapping: { id: 0, stage: 2, amount: 3, created: 4, closed: 5, owner: 6 },
    guessedMapping: { id: 0, stage: 1, amount: 3, created: 4, closed: 5, owner: 6 },
    headerRow: 1,
    guessedHeaderRow: 1,
    guessed,
    dates: { created: tally(40, 40, 12), closed: tally(30, 30, 9) },
    amounts: { dot: 0, comma: 0, groupedDot: 0, groupedComma: 3 },
    stageCount: 5,
    ...overrides,
  };
}

describe('carryOver: next month’s export with the same columns', () => {
  const carried = carryOver(last, newFile());

  it('keeps the stage column, every meaning whose value is there again, the date order and the decimal mark', () => {
    expect(carried.choices.columns).toEqual({ stage: { index: 2, name: 'Pipeline Stage' } });
    expect(carried.choices.meanings).toEqual({ Signed: 'won', 'Dropped out': 'lost', Demo: { stage: 1 }, Proposal: { stage: 2 } });
    expect(carried.choices.dateOrders).toEqual([{ index: 4, name: 'Created', order: 'dayFirst' }]);
    expect(carried.choices.decimalMark).toEqual({ index: 3, name: 'Amount', mark: 'comma' });
    expect(carried.headerRow).toBeNull();
  });

  it('says what reads the file otherwise than the guess: not "Signed", which the guess reads as won anyway', () => {
    expect(carried.kept).toEqual({ columns: ['stage'], meanings: 3, dateOrders: ['dayFirst'], decimalMark: 'comma', headerRow: null, refused: [] });
  });

  it('gives the new stage value the usual guess, and the readings the kept choices', () => {
    const readings = keepReadings(newFile().guessed, lastHeaders, newFile().mapping, carried.choices);
    expect(readings.meanings).toEqual({ Signed: 'won', 'Dropped out': 'lost', Demo: { stage: 1 }, Proposal: { stage: 2 }, Negotiation: 'open' });
    // The created column as the user chose; the close date as guessed (the user set no order for it).
    expect(readings.dateOrders).toEqual({ created: 'dayFirst', closed: 'monthFirst' });
    expect(readings.decimalMark).toBe('comma');
  });
});

describe('carryOver: a column renamed', () => {
  // "Pipeline Stage" is now "Deal Stage" and "Created" is "Created On": no column has the names the
  // user's choices name, so they are not forced onto others; the guess reads those columns.
  const headers = ['ID', 'Status', 'Deal Stage', 'Amount', 'Created On', 'Closed', 'Owner'];
  const mapping = { id: 0, stage: 1, amount: 3, created: 4, closed: 5, owner: 6 };
  const carried = carryOver(last, newFile({ headers, mapping, guessedMapping: mapping }));

  it('keeps no choice of a column that is not there', () => {
    expect(carriedColumns(last, headers)).toEqual({});
    expect(carried.choices.columns).toEqual({});
    expect(carried.choices.dateOrders).toEqual([]);
    expect(carried.kept.columns).toEqual([]);
    expect(carried.kept.dateOrders).toEqual([]);
  });

  it('still keeps what does not depend on that column: the stage meanings, the decimal mark of the amounts', () => {
    expect(carried.kept.meanings).toBe(3);
    expect(carried.kept.decimalMark).toBe('comma');
  });

  it('finds a column by its name wherever it moved', () => {
    const moved = ['Pipeline Stage', 'ID', 'Status', 'Amount'];
    expect(carriedColumns(last, moved)).toEqual({ stage: { index: 0, name: 'Pipeline Stage' } });
  });
});

describe('carryOver: what the new file’s values rule out', () => {
  it('refuses a date order the new file’s dates contradict ("25/01" reads only day first), and says so', () => {
    const carried = carryOver(
      { headers: lastHeaders, choices: { ...saved, dateOrders: [{ column: 'Created', order: 'monthFirst' }] } },
      newFile({ dates: { created: tally(40, 28, 10), closed: tally(30, 30, 9) } }),
    );
    expect(carried.choices.dateOrders).toEqual([]);
    expect(carried.kept.dateOrders).toEqual([]);
    expect(carried.kept.refused).toEqual([{ kind: 'dateOrder', column: 'Created', chosen: 'monthFirst', read: 'dayFirst' }]);
  });

  it('refuses a decimal mark the new file’s amounts contradict ("1,234.50" shows a decimal point)', () => {
    const carried = carryOver(last, newFile({ amounts: { dot: 12, comma: 0, groupedDot: 0, groupedComma: 0 } }));
    expect(carried.choices.decimalMark).toBeNull();
    expect(carried.kept.decimalMark).toBeNull();
    expect(carried.kept.refused).toEqual([{ kind: 'decimalMark', column: 'Amount', chosen: 'comma', read: 'dot' }]);
  });

  it('keeps an order the dates do not decide, but does not claim it where no date reads both ways', () => {
    const carried = carryOver(last, newFile({ dates: { created: tally(40, 40, 0), closed: tally(30, 30, 0) } }));
    expect(carried.choices.dateOrders).toEqual([{ index: 4, name: 'Created', order: 'dayFirst' }]);
    expect(carried.kept.dateOrders).toEqual([]);
    expect(carried.kept.refused).toEqual([]);
  });

  it('keeps year first where the new file’s dates may have their year first (26-03-05), and refuses it where they write it last', () => {
    const lastYearFirst = { headers: lastHeaders, choices: { ...saved, dateOrders: [{ column: 'Created', order: 'yearFirst' as const }] } };
    const twoDigit = { ...emptyTally(), filled: 40, dayFirstValid: 40, yearEither: true, yearFirstValid: 40, yearAmbiguous: 40 };
    const kept = carryOver(lastYearFirst, newFile({ dates: { created: twoDigit, closed: tally(30, 30, 9) } }));
    expect(kept.choices.dateOrders).toEqual([{ index: 4, name: 'Created', order: 'yearFirst' }]);
    expect(kept.kept.dateOrders).toEqual(['yearFirst']);
    const refused = carryOver(lastYearFirst, newFile({ dates: { created: { ...tally(40, 40, 10), yearLast: true }, closed: tally(30, 30, 9) } }));
    expect(refused.choices.dateOrders).toEqual([]);
    expect(refused.kept.refused).toEqual([{ kind: 'dateOrder', column: 'Created', chosen: 'yearFirst', read: 'monthFirst' }]);
  });

  it('drops a stage placement on a funnel stage the funnel no longer has', () => {
    // A funnel of 3 stages: values may be placed on stages 0 and 1 (the last is won).
    const carried = carryOver(last, newFile({ stageCount: 3 }));
    expect(carried.choices.meanings).toEqual({ Signed: 'won', 'Dropped out': 'lost', Demo: { stage: 1 } });
  });
});

describe('carryOver: no column for a role, and the header row', () => {
  it('keeps "none" where the guess would give the role a column the last file had, not a new one', () => {
    const none: LastChoices = { headers: lastHeaders, choices: { ...saved, columns: { owner: null } } };
    expect(carriedColumns(none, lastHeaders)).toEqual({ owner: null });
    // This month's export has an "Account Owner" column the user has not seen: the guess reads it.
    expect(carriedColumns(none, ['ID', 'Status', 'Amount', 'Account Owner'])).toEqual({});
    const mapping = { id: 0, stage: 2, amount: 3, created: 4, closed: 5 };
    expect(carryOver(none, newFile({ mapping, guessedMapping: { ...mapping, owner: 6 } })).kept.columns).toEqual(['owner']);
  });

  it('keeps two columns of the same name apart', () => {
    const twice: LastChoices = { headers: ['Stage', 'Date', 'Date'], choices: { ...saved, columns: { created: 'Date', closed: 'Date' } } };
    expect(carriedColumns(twice, ['Stage', 'Date', 'Date'])).toEqual({ created: { index: 1, name: 'Date' }, closed: { index: 2, name: 'Date' } });
  });

  it('keeps the header row where the same header line is found, and says so where the guess would take another', () => {
    const chosen: LastChoices = { headers: lastHeaders, choices: { ...saved, headerRow: 3 } };
    expect(carryOver(chosen, newFile({ headerRow: 3, guessedHeaderRow: 2 }))).toMatchObject({ headerRow: 3, kept: { headerRow: 3 } });
    expect(carryOver(chosen, newFile({ headerRow: 1, guessedHeaderRow: 1 }))).toMatchObject({ headerRow: 1, kept: { headerRow: null } });
    expect(carryOver(chosen, newFile({ headers: ['ID', 'Stage'] })).headerRow).toBeNull();
  });
});

describe('carryOver: the file read again (another encoding, another header row), with the user’s own choices', () => {
  it('lays the user’s own choices over the last file’s, and does not say kept what they changed', () => {
    const own = {
      columns: { stage: { index: 1, name: 'Status' } },
      meanings: { 'Dropped out': 'open' as const },
      dateOrders: [{ index: 4, name: 'Created', order: 'monthFirst' as const }],
      decimalMark: { index: 3, name: 'Amount', mark: 'dot' as const },
    };
    const mapping = { id: 0, stage: 1, amount: 3, created: 4, closed: 5, owner: 6 };
    const carried = carryOver(last, newFile({ mapping }), own);
    expect(carried.choices).toEqual({
      columns: { stage: { index: 1, name: 'Status' } },
      meanings: { Signed: 'won', 'Dropped out': 'open', Demo: { stage: 1 }, Proposal: { stage: 2 } },
      dateOrders: [{ index: 4, name: 'Created', order: 'monthFirst' }],
      decimalMark: { index: 3, name: 'Amount', mark: 'dot' },
    });
    expect(carried.kept).toEqual({ columns: [], meanings: 2, dateOrders: [], decimalMark: null, headerRow: null, refused: [] });
  });

  it('still says kept what the choices it was read with repeat, and drops those whose column is no longer there', () => {
    const first = carryOver(last, newFile());
    const again = carryOver(last, newFile(), first.choices);
    expect(again).toEqual(first);
    // Read in another encoding, the first column's name changed ("ID" was read wrongly).
    const headers = ['Nr', ...lastHeaders.slice(1)];
    const stale = { ...first.choices, columns: { ...first.choices.columns, id: { index: 0, name: 'ID' } } };
    expect(carryOver(last, newFile({ headers }), stale).choices.columns).toEqual({ stage: { index: 2, name: 'Pipeline Stage' } });
  });

  it('takes no header row from the last file where the user chose this one', () => {
    const chosen: LastChoices = { headers: lastHeaders, choices: { ...saved, headerRow: 3 } };
    expect(carryOver(chosen, newFile({ headerRow: 3, guessedHeaderRow: 2, headerRowChosen: true })).headerRow).toBeNull();
  });
});

describe('holdsHeaderLine', () => {
  it('is the same names in order, with or without a column added since', () => {
    expect(holdsHeaderLine(['Stage', 'Amount', 'Created'], ['Stage', 'Amount', 'Created'])).toBe(true);
    expect(holdsHeaderLine(['Stage', 'Region', 'Amount', 'Created'], ['Stage', 'Amount', 'Created'])).toBe(true);
    expect(holdsHeaderLine(['Stage', 'Created'], ['Stage', 'Amount', 'Created'])).toBe(false);
    expect(holdsHeaderLine(['Amount', 'Stage', 'Created'], ['Stage', 'Amount', 'Created'])).toBe(false);
    expect(holdsHeaderLine(['Won', '100', '2026-01-05'], ['Stage', 'Amount', 'Created'])).toBe(false);
    expect(holdsHeaderLine(['', ''], ['', ''])).toBe(false);
  });
});

describe('carryOver through the import: two months of one CRM', () => {
  // Each month's export starts with a report title, and a second line the header guess takes
  // for the header ("Exported by", three fields like the rows'), so the user chose row 3.
  const month = (rows: string[][]) => [['Opportunities'], ['Exported by', 'Ann', '2026-05-01'], ['Stage', 'Amount', 'Created'], ...rows];
  const may = month([['Signed', '1.200', '03/04/2026'], ['Demo', '800', '05/04/2026']]);
  const june = month([['Signed', '2.400', '04/05/2026'], ['Demo', '900', '06/05/2026'], ['Negotiation', '1.500', '07/05/2026']]);

  function read(rows: string[][], options: ConstructorParameters<typeof Ingest>[0], lastFile?: LastChoices) {
    const ingest = new Ingest(options);
    ingest.pushAll(rows);
    const store = ingest.store!;
    const guessed = guessReadings(store, 'monthFirst');
    const file: NewFile = {
      headers: ingest.headers!,
      mapping: store.mapping,
      guessedMapping: ingest.guessedMapping,
      headerRow: ingest.headerRow,
      guessedHeaderRow: ingest.guessedHeaderRow,
      guessed,
      dates: Object.fromEntries(Object.entries(store.dates).map(([role, column]) => [role, column.tally])),
      amounts: store.amount?.tally ?? null,
      stageCount: 5,
    };
    return { ingest, file, carried: lastFile ? carryOver(lastFile, file) : null };
  }

  it('reads June with May’s header row, meaning, date order and decimal mark, and guesses its new stage value', () => {
    const first = read(may, { headerRow: 3 });
    expect(first.ingest.guessedHeaderRow).not.toBe(3);
    const choices = {
      columns: {},
      meanings: { Demo: { stage: 1 } },
      dateOrders: [{ index: 2, name: 'Created', order: 'dayFirst' as const }],
      decimalMark: { index: 1, name: 'Amount', mark: 'comma' as const },
    };
    const stored = savedChoices(choices, { headers: first.file.headers, mapping: first.file.mapping }, ['Signed', 'Demo'], 3);
    const lastFile = { headers: first.file.headers, choices: stored };

    const { ingest, file, carried } = read(june, { headerLine: lastFile.headers, columns: (headers) => carriedColumns(lastFile, headers) }, lastFile);
    expect(ingest.headerRow).toBe(3);
    // The decimal comma is kept, but goes unsaid: June's "1.200" reads so by the guess too.
    expect(carried!.kept).toEqual({ columns: [], meanings: 1, dateOrders: ['dayFirst'], decimalMark: null, headerRow: 3, refused: [] });
    const readings = keepReadings(file.guessed, file.headers, file.mapping, carried!.choices);
    expect(readings.meanings).toEqual({ Signed: 'won', Demo: { stage: 1 }, Negotiation: 'open' });
    expect(readings.dateOrders.created).toBe('dayFirst');
    expect(readings.decimalMark).toBe('comma');
  });
});

describe('Ingest: the last file’s header line', () => {
  it('is the header wherever it is found, a column added or not; else the guess', () => {
    const line = ['Stage', 'Amount', 'Created'];
    const rows = [['Opportunities'], ['Exported by', 'Ann', '2026-05-01'], ['Stage', 'Region', 'Amount', 'Created'], ['Won', 'EU', '100', '2026-05-02']];
    const found = new Ingest({ headerLine: line });
    found.pushAll(rows);
    expect([found.headerRow, found.guessedHeaderRow]).toEqual([3, 2]);
    const renamed = new Ingest({ headerLine: ['Phase', 'Amount', 'Created'] });
    renamed.pushAll(rows);
    expect(renamed.headerRow).toBe(2);
  });
});

describe('lastChoices: an import saved before the corrections were kept apart', () => {
  const readings: Readings = {
    meanings: { 'Closed Won': 'won', 'Closed Lost': 'lost', Signed: 'lost', Demo: { stage: 1 }, Open: 'open' },
    dateOrders: { created: 'dayFirst', closed: 'monthFirst' },
    orderBasis: { created: 'chosen', closed: 'language' },
    decimalMark: 'comma',
  };

  it('takes what its reading shows the user chose: meanings the words do not give, orders marked chosen, columns the guess does not give', () => {
    const headers = ['Stage', 'Deal Value', 'Total', 'Created', 'Closed', 'Owner'];
    expect(guessMapping(headers).amount).toBe(1);
    const { choices } = lastChoices({ headers, mapping: { stage: 'Stage', amount: 'Total', created: 'Created', closed: 'Closed' }, readings });
    expect(choices).toEqual({
      columns: { amount: 'Total', owner: null },
      meanings: { Signed: 'lost', Demo: { stage: 1 } },
      dateOrders: [{ column: 'Created', order: 'dayFirst' }],
      decimalMark: null,
      headerRow: null,
    });
  });

  it('does not take for a choice what the file’s values may have done: another stage-like column, a date column left out', () => {
    const headers = ['Deal - Stage', 'Deal - Status', 'Created'];
    const { choices } = lastChoices({ headers, mapping: { stage: 'Deal - Status' }, readings: { ...readings, orderBasis: {} } });
    expect(choices.columns).toEqual({});
    expect(choices.dateOrders).toEqual([]);
  });

  it('uses the corrections saved with it where it has them', () => {
    expect(lastChoices({ headers: lastHeaders, mapping: {}, readings, choices: saved })).toEqual(last);
  });
});

describe('savedChoices', () => {
  const shape = { headers: ['Stage', 'Amount', 'Created', 'Closed'], mapping: { stage: 0, amount: 1, created: 2 } };

  it('keeps by header name the choices that hold on the file read, and only listed stage values', () => {
    const choices = {
      columns: { stage: { index: 0, name: 'Stage' }, owner: null, product: { index: 7, name: 'Gone' } },
      meanings: { Won: 'won' as const, Elsewhere: 'lost' as const },
      dateOrders: [
        { index: 2, name: 'Created', order: 'dayFirst' as const },
        // The close date is no longer mapped: its order is no choice of this file's reading.
        { index: 3, name: 'Closed', order: 'dayFirst' as const },
      ],
      decimalMark: { index: 1, name: 'Amount', mark: 'comma' as const },
    };
    expect(savedChoices(choices, shape, ['Won', 'Lost'], null)).toEqual({
      columns: { stage: 'Stage', owner: null },
      meanings: { Won: 'won' },
      dateOrders: [{ column: 'Created', order: 'dayFirst' }],
      decimalMark: { column: 'Amount', mark: 'comma' },
      headerRow: null,
    });
  });
});
