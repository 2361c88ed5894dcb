/**
 * The rows of a CRM export, kept compactly as they stream in: for each mapped column only what
 * the figures need, in typed arrays (stage and names as indexes into their distinct values,
 * amounts as numbers, dates as day numbers read both ways). The raw rows are never kept, so a
 * million-row file fits in memory, and changing a stage's meaning, a date order or the decimal
 * mark re-measures without reading the file again. Changing which column plays a role does.
 */
import { emptyAmountTally, plainAmount, readAmount, tallyAmount, type AmountReading, type AmountTally } from './amounts';
import type { ColumnMapping } from './columns';
import { BAD_DATE, emptyTally, NO_DATE, readDate, readPlainDate, tallyReadings, type DateOrder, type DateReadings, type DateTally, type DayNumber } from './dates';
import { RecordIds } from './record-ids';
import type { StageValue } from './stages';
import { isTotalLabel } from './total-row';

/** An Int32Array that grows as rows arrive. */
class Column32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** A Float64Array that grows as rows arrive. */
class Column64 {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** A Uint8Array that grows as rows arrive. */
class Column8 {
  data = new Uint8Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/** How many raw texts of a column are compared one by one before its map is asked. */
const FEW = 8;

/** What Interned.lookup answers for a value the column leaves out (see its constructor). */
export const LEFT_OUT = -2;

/** Distinct values of a column and, per row, which one it holds (-1: empty). */
export class Interned {
  readonly names: string[] = [];
  readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  /** Each raw text seen → its value's index (-1: blank), so a text is trimmed and looked up by value once. */
  private readonly byRaw = new Map<string, number>();
  /** The last raw text and its index: exports often repeat a value on the next row. */
  private lastRaw = '';
  private lastIndex = -1;
  readonly rows = new Column32();

  /** The first few raw texts and their indexes, compared one by one before the map: most such columns have few values. */
  private readonly fewRaw: string[] = [];
  private readonly fewIndex: number[] = [];

  /** `leftOut`: values that are no value of the column (the stage column's "Total"): never named, looked up as LEFT_OUT. */
  constructor(private readonly leftOut?: (value: string) => boolean) {}

  add(raw: string): void {
    this.push(this.lookup(raw));
  }

  /** Counts a row that holds the value at `i` (-1: none), as lookup found it. */
  push(i: number): void {
    if (i >= 0) this.counts[i]!++;
    this.rows.push(i);
  }

  /** The index of a raw text's value (-1: blank; LEFT_OUT), named when first seen: each raw text is trimmed and looked up by value once. */
  lookup(raw: string): number {
    let i = this.lastIndex;
    if (raw !== this.lastRaw) {
      const few = this.fewRaw;
      let k = 0;
      while (k < few.length && few[k] !== raw) k++;
      if (k < few.length) i = this.fewIndex[k]!;
      else {
        const known = this.byRaw.get(raw);
        if (known !== undefined) i = known;
        else {
          this.byRaw.set(detached(raw), (i = this.indexOf(trimmed(raw))));
          if (few.length < FEW) {
            few.push(detached(raw));
            this.fewIndex.push(i);
          }
        }
      }
      this.lastRaw = raw;
      this.lastIndex = i;
    }
    return i;
  }

  private indexOf(value: string): number {
    if (value === '') return -1;
    if (this.leftOut?.(value)) return LEFT_OUT;
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.names.length;
      const name = detached(value);
      this.index.set(name, i);
      this.names.push(name);
      this.counts.push(0);
    }
    return i;
  }
}

/** Distinct date texts remembered per column, for those not in a plain form (times, 年月日…): exports repeat the same few hundred days. */
const DATE_CACHE = 20_000;

/** A date column: each row's day read day first and month first, and year first where the column may be (see dates.ts). */
export class DateColumn {
  readonly dayFirst = new Column32();
  readonly monthFirst = new Column32();
  /**
   * Each row's day read with a two-digit year first, from the first value that may be ("26-03-05")
   * until one puts its year last ("05/03/2026"); null before and after (most files: no bytes a row).
   */
  yearFirst: Column32 | null = null;
  readonly tally: DateTally = emptyTally();
  /** The first few filled values, to show the user how the column was read. */
  readonly samples: string[] = [];
  private readonly read = new Map<string, DateReadings>();

  /** The last other text and its readings: exports sorted by date repeat a day on the next row. */
  private lastRaw = '';
  private lastReadings: DateReadings = readDate('');

  /** Where readPlainDate writes a value's readings and where it puts its year. */
  private readonly plain = new Int32Array(4);

  add(raw: string): void {
    let dayFirst: DayNumber;
    let monthFirst: DayNumber;
    let yearFirst: DayNumber;
    let year: number;
    if (readPlainDate(raw, this.plain)) {
      dayFirst = this.plain[0]!;
      monthFirst = this.plain[1]!;
      yearFirst = this.plain[2]!;
      year = this.plain[3]!;
    } else {
      let readings = this.lastReadings;
      if (raw !== this.lastRaw) {
        const known = this.read.get(raw);
        if (known) readings = known;
        else {
          readings = readDate(raw);
          if (this.read.size < DATE_CACHE) this.read.set(detached(raw), readings);
        }
        this.lastRaw = raw;
        this.lastReadings = readings;
      }
      dayFirst = readings.dayFirst;
      monthFirst = readings.monthFirst;
      yearFirst = readings.yearFirst;
      year = readings.year;
    }
    this.dayFirst.push(dayFirst);
    this.monthFirst.push(monthFirst);
    if (tallyReadings(this.tally, dayFirst, monthFirst, yearFirst, year)) {
      if (!this.yearFirst) {
        // The rows before read alike every way: their days as read day first.
        this.yearFirst = new Column32();
        for (let row = 0; row < this.dayFirst.length - 1; row++) this.yearFirst.push(this.dayFirst.data[row]!);
      }
      this.yearFirst.push(yearFirst);
    } else this.yearFirst = null;
    if (dayFirst !== NO_DATE && this.samples.length < 3 && !this.samples.includes(raw.trim())) this.samples.push(detached(raw.trim()));
  }

  /** Each row's day in `order`; a column that cannot be read year first (a year written last) never is, and reads day first. */
  days(order: DateOrder): Int32Array {
    return (order === 'monthFirst' ? this.monthFirst : order === 'yearFirst' ? (this.yearFirst ?? this.dayFirst) : this.dayFirst).data;
  }
}

export const AMOUNT_EMPTY = 0;
export const AMOUNT_NUMBER = 1;
export const AMOUNT_BAD = 2;

/** Distinct amount texts remembered per column, for the ones that are not plain numbers ("$1,234.50"). */
const AMOUNT_CACHE = 20_000;

/** An amount column: each row's value with a dot decimal mark, and where a comma reads it otherwise. */
export class AmountColumn {
  private readonly kindColumn = new Column8();
  readonly values = new Column64();
  /** Row → value under a comma decimal mark, for the few values a mark changes ("1,234"). */
  readonly commaValues = new Map<number, number>();
  readonly tally: AmountTally = emptyAmountTally();
  /** The currencies the column's amounts name ("€", "PLN"), in the order first seen. */
  readonly currencies: string[] = [];
  /**
   * Row → 1 + the index in `currencies` of the one its amount names, 0 for none; null while no
   * amount has named one (most files: no byte a row).
   */
  currencyRows: Column8 | null = null;
  /**
   * A few values whose reading the decimal mark decides ("1,234", "12.000"), to show the user
   * how they were read; where none does, the first few values with a mark at all.
   */
  readonly samples: string[] = [];
  private readonly otherSamples: string[] = [];
  private readonly read = new Map<string, AmountReading>();

  /** The values to show beside the decimal mark: those it decides first. */
  get shown(): string[] {
    return [...this.samples, ...this.otherSamples].slice(0, 3);
  }

  /** Each row's AMOUNT_EMPTY, AMOUNT_NUMBER or AMOUNT_BAD. */
  get kinds(): Uint8Array {
    return this.kindColumn.data;
  }

  add(raw: string): void {
    // Most exports' amounts are plain numbers ("12500.00"): read at once, with no reading object.
    const plain = plainAmount(raw);
    if (plain === plain) {
      this.kindColumn.push(AMOUNT_NUMBER);
      this.values.push(plain);
      if (raw.includes('.')) this.tally.dot++;
      this.currencyRows?.push(0);
      return;
    }
    let reading = this.read.get(raw);
    if (!reading) {
      reading = readAmount(raw);
      if (this.read.size < AMOUNT_CACHE) this.read.set(detached(raw), reading);
    }
    const row = this.values.length;
    if (reading.kind === 'number') {
      this.kindColumn.push(AMOUNT_NUMBER);
      this.values.push(reading.value);
      if (reading.comma !== undefined) this.commaValues.set(row, reading.comma);
      tallyAmount(this.tally, reading);
      const samples = reading.comma !== undefined ? this.samples : this.otherSamples;
      if (samples.length < 3 && !samples.includes(raw)) samples.push(detached(raw));
    } else {
      this.kindColumn.push(reading.kind === 'empty' ? AMOUNT_EMPTY : AMOUNT_BAD);
      this.values.push(Number.NaN);
    }
    this.noteCurrency(row, reading.kind === 'number' ? reading.currency : undefined);
  }

  private noteCurrency(row: number, currency: string | undefined): void {
    if (currency === undefined) {
      this.currencyRows?.push(0);
      return;
    }
    if (!this.currencyRows) {
      this.currencyRows = new Column8();
      for (let i = 0; i < row; i++) this.currencyRows.push(0);
    }
    let index = this.currencies.indexOf(currency);
    if (index < 0) index = this.currencies.push(currency) - 1;
    this.currencyRows.push(index + 1);
  }
}

const dateRoles = ['created', 'closed', 'wonAt', 'lostAt'] as const;
export type DateRole = (typeof dateRoles)[number];
/** Columns of names: who, from where, what; the currency of each row's amount; the stage a lost deal stopped at. */
const nameRoles = ['owner', 'source', 'product', 'currency', 'lostStage'] as const;
export type NameRole = (typeof nameRoles)[number];

/** The rows of one file, as read for one column mapping. */
export class RecordStore {
  rows = 0;
  /** The stage column; a stage that labels a totals row ("Total", 合计) is no stage value (see add). */
  readonly stage = new Interned(isTotalLabel);
  readonly amount: AmountColumn | null;
  readonly dates: Partial<Record<DateRole, DateColumn>> = {};
  readonly names: Partial<Record<NameRole, Interned>> = {};
  /**
   * Rows whose field count differs from the header's (their values may have shifted); not rows
   * that differ only by empty fields at the end (see emptyTail).
   */
  readonly wrongFieldCount: number[] = [];
  /**
   * Those of them short of fields, with a line break inside one: a quote that opens a field and
   * closes only some lines later ('"Big deal,Closed Won,200', closed by a quote further down)
   * reads every line up to there into that field. Those lines are no rows of their own; the page
   * says why.
   */
  readonly openQuote: number[] = [];
  /**
   * Rows whose quote never closes, read as their first line alone (see parseBytes): the lines
   * after it are rows of their own, but its values may have shifted. Set aside, its fields kept
   * out of every column.
   */
  readonly unclosedQuote: number[] = [];
  /**
   * Rows that repeat the header's names (files joined one after another, an export written in
   * pages): read as no deal, their fields kept out of every column, and set aside.
   */
  readonly repeatedHeader: number[] = [];
  /**
   * Rows that total the others ("Total", "Grand Totals (120 records)", 合计, "Razem" under the
   * deals): no deal, their fields kept out of every column (a total read as an open deal would
   * add the whole column again), and set aside.
   */
  readonly totalRows: number[] = [];
  /** The header's names, trimmed, to know a repeated header row by. */
  private readonly headerNames: string[];
  /**
   * Where a row's spreadsheet number (the header is row 1; blank lines count) stops being its
   * index + 2 + the blank lines before: the first row of each run after a gap, and the gap so
   * far. Blank lines are rare, so this holds a few numbers instead of one per row.
   */
  private readonly gapRows: number[] = [];
  private readonly gaps: number[] = [];
  private gap = 0;
  private readonly ids = new RecordIds();
  /** Each mapped column's field index, resolved once (-1: no column). */
  private readonly at: { stage: number; amount: number; id: number };
  private readonly dateAt: number[] = [];
  private readonly dateColumns: DateColumn[] = [];
  private readonly nameAt: number[] = [];
  private readonly nameColumns: Interned[] = [];

  constructor(
    readonly headers: readonly string[],
    readonly mapping: ColumnMapping,
  ) {
    this.amount = mapping.amount === undefined ? null : new AmountColumn();
    for (const role of dateRoles) {
      const index = mapping[role];
      if (index === undefined) continue;
      this.dateAt.push(index);
      this.dateColumns.push((this.dates[role] = new DateColumn()));
    }
    for (const role of nameRoles) {
      const index = mapping[role];
      if (index === undefined) continue;
      this.nameAt.push(index);
      this.nameColumns.push((this.names[role] = new Interned()));
    }
    this.at = { stage: mapping.stage ?? -1, amount: mapping.amount ?? -1, id: mapping.id ?? -1 };
    this.headerNames = headers.map((name) => name.trim());
  }

  /**
   * Adds one data row, as its fields, and its spreadsheet row number (by default the next one).
   * False where the row repeats the header, totals the others or is the first line of a quote
   * that never closes (`unclosed`): it is counted and listed, but holds no values.
   */
  add(fields: readonly string[], sheetRow = this.rows + 2, unclosed = false): boolean {
    const row = this.rows++;
    if (sheetRow !== row + 2 + this.gap) {
      this.gap = sheetRow - row - 2;
      this.gapRows.push(row);
      this.gaps.push(this.gap);
    }
    const header = !unclosed && this.repeatsHeader(fields);
    // The stage is looked up once: it says whether the row totals the others, and is counted.
    const stage = header || unclosed ? -1 : this.stage.lookup(field(fields, this.at.stage));
    const total = !header && !unclosed && this.totals(stage, fields);
    if (unclosed) {
      this.unclosedQuote.push(row);
      fields = NO_FIELDS;
    } else if (header) {
      this.repeatedHeader.push(row);
      fields = NO_FIELDS;
    } else if (total) {
      this.totalRows.push(row);
      fields = NO_FIELDS;
    } else if (fields.length !== this.headers.length && !emptyTail(fields, this.headers)) {
      this.wrongFieldCount.push(row);
      if (fields.length < this.headers.length && fields.some((value) => value.includes('\n') || value.includes('\r'))) this.openQuote.push(row);
    }
    this.stage.push(header || total ? -1 : stage);
    if (this.amount) this.amount.add(field(fields, this.at.amount));
    // Indexed loops: no iterator object per row.
    for (let i = 0; i < this.dateAt.length; i++) this.dateColumns[i]!.add(field(fields, this.dateAt[i]!));
    for (let i = 0; i < this.nameAt.length; i++) this.nameColumns[i]!.add(field(fields, this.nameAt[i]!));
    if (this.at.id >= 0) {
      const id = trimmed(field(fields, this.at.id));
      if (id !== '') this.ids.note(id, row);
    }
    return !header && !total && !unclosed;
  }

  /**
   * Whether a row totals the others: its stage says so ("Total" where the stage is the first
   * column), or its stage is empty and its first value says so ("Grand Totals (120 records)" in
   * the name column). A deal of an account named "Total" has a stage: it stays a deal. `stage`:
   * the row's stage as the stage column looked it up.
   */
  private totals(stage: number, fields: readonly string[]): boolean {
    if (stage === LEFT_OUT) return true;
    if (stage !== -1) return false;
    for (const value of fields) if (value.trim() !== '') return isTotalLabel(value.trim());
    return false;
  }

  /**
   * Whether a row holds the header's names, each in its place (a byte-order mark, spaces and
   * empty fields at the end aside). Most rows differ in their first field: one comparison.
   */
  private repeatsHeader(fields: readonly string[]): boolean {
    const names = this.headerNames;
    if (fields.length === 0 || trimmed(fields[0]!) !== names[0]) return false;
    const length = Math.max(fields.length, names.length);
    for (let i = 1; i < length; i++) if ((i < fields.length ? trimmed(fields[i]!) : '') !== (names[i] ?? '')) return false;
    return true;
  }

  /** The row's number as a spreadsheet shows it (the header is row 1; blank lines count). */
  sheetRow(row: number): number {
    // The last gap that starts at or before the row, found by halving.
    let [low, high] = [0, this.gapRows.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.gapRows[middle]! <= row) low = middle + 1;
      else high = middle;
    }
    return row + 2 + (low === 0 ? 0 : this.gaps[low - 1]!);
  }

  /**
   * Every stage value with its count, in the order the file first shows them; then the values of
   * the stage-when-lost column that the stage column never holds (count 0), to be placed too.
   */
  stageValues(): StageValue[] {
    const values = this.stage.names.map((value, i) => ({ value, count: this.stage.counts[i]! }));
    const seen = new Set(this.stage.names);
    for (const value of this.names.lostStage?.names ?? []) if (!seen.has(value)) values.push({ value, count: 0 });
    return values;
  }

  /** Row index → the first row with the same record id, for every later row that repeats one. */
  duplicateOf(): ReadonlyMap<number, number> {
    return this.ids.duplicates();
  }
}

/** The fields of a repeated header row, as the columns read it: none. */
const NO_FIELDS: readonly string[] = [];

/**
 * A copy of `text` that holds only its own characters. A field Papa Parse cuts from a chunk of
 * the file may be a slice that keeps the whole chunk (a megabyte) alive; a text kept for good
 * (a distinct value, a cache key, a sample) is copied, so a file with values spread over every
 * chunk does not keep every chunk. Short texts are copies already.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Whether a row's fields differ in number from the header's only by empty fields at the end:
 * extra fields with nothing in them (a delimiter after the last value on every line) or fields
 * missing under unnamed last columns. Neither can shift a value to another column.
 */
export function emptyTail(fields: readonly string[], headers: readonly string[]): boolean {
  const [longer, from] = fields.length > headers.length ? [fields, headers.length] : [headers, fields.length];
  for (let i = from; i < longer.length; i++) if (longer[i]!.trim() !== '') return false;
  return true;
}

/** text.trim(), without its cost where the text starts and ends with a printable ASCII character (most do). */
function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** The field at `index`, or '' where the row is short of it or the role has no column (-1). */
const field = (fields: readonly string[], index: number): string => (index >= 0 && index < fields.length ? fields[index]! : '');

export { BAD_DATE, NO_DATE };
