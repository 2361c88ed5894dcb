/**
 * The rows of a CRM export, kept compactly as they stream in: for each mapped column only what
 * the figures need, in typed arrays (stage and names as indexes into their distinct values,
 * amounts as numbers, dates as day numbers read both ways). The raw rows are never kept, so a
 * million-row file fits in memory, and changing a stage's meaning, a date order or the decimal
 * mark re-measures without reading the file again. Changing which column plays a role does.
 */
import { readAmount, type AmountTally } from './amounts';
import type { ColumnMapping, ColumnRole } from './columns';
import { BAD_DATE, emptyTally, NO_DATE, readDate, tallyDate, type DateTally } from './dates';

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
  get(index: number): number {
    return this.data[index]!;
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
  get(index: number): number {
    return this.data[index]!;
  }
}

/** Distinct values of a column and, per row, which one it holds (-1: empty). */
export class Interned {
  readonly names: string[] = [];
  readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  readonly rows = new Column32();

  add(raw: string): void {
    const value = raw.trim();
    if (value === '') {
      this.rows.push(-1);
      return;
    }
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.names.length;
      this.index.set(value, i);
      this.names.push(value);
      this.counts.push(0);
    }
    this.counts[i]!++;
    this.rows.push(i);
  }
}

/** Distinct date texts remembered per column: exports repeat the same few hundred days. */
const DATE_CACHE = 20_000;

/** A date column: each row's day read day first and month first (see dates.ts). */
export class DateColumn {
  readonly dayFirst = new Column32();
  readonly monthFirst = new Column32();
  readonly tally: DateTally = emptyTally();
  /** The first few filled values, to show the user how the column was read. */
  readonly samples: string[] = [];
  private readonly read = new Map<string, ReturnType<typeof readDate>>();

  add(raw: string): void {
    let readings = this.read.get(raw);
    if (!readings) {
      readings = readDate(raw);
      if (this.read.size < DATE_CACHE) this.read.set(raw, readings);
    }
    this.dayFirst.push(readings.dayFirst);
    this.monthFirst.push(readings.monthFirst);
    tallyDate(this.tally, readings);
    if (readings.dayFirst !== NO_DATE && this.samples.length < 3 && !this.samples.includes(raw.trim())) this.samples.push(raw.trim());
  }
}

export const AMOUNT_EMPTY = 0;
export const AMOUNT_NUMBER = 1;
export const AMOUNT_BAD = 2;

/** An amount column: each row's value with a dot decimal mark, and where a comma reads it otherwise. */
export class AmountColumn {
  readonly kinds: number[] = [];
  readonly values = new Column64();
  /** Row → value under a comma decimal mark, for the few values a mark changes ("1,234"). */
  readonly commaValues = new Map<number, number>();
  readonly tally: AmountTally = { dot: 0, comma: 0 };

  add(raw: string): void {
    const reading = readAmount(raw);
    const row = this.values.length;
    if (reading.kind === 'number') {
      this.kinds.push(AMOUNT_NUMBER);
      this.values.push(reading.value);
      if (reading.comma !== undefined) this.commaValues.set(row, reading.comma);
      if (reading.evidence) this.tally[reading.evidence]++;
    } else {
      this.kinds.push(reading.kind === 'empty' ? AMOUNT_EMPTY : AMOUNT_BAD);
      this.values.push(Number.NaN);
    }
  }
}

const dateRoles = ['created', 'closed', 'wonAt', 'lostAt'] as const;
export type DateRole = (typeof dateRoles)[number];
const nameRoles = ['owner', 'source', 'product'] as const;
export type NameRole = (typeof nameRoles)[number];

/** The rows of one file, as read for one column mapping. */
export class RecordStore {
  rows = 0;
  readonly stage = new Interned();
  readonly amount: AmountColumn | null;
  readonly dates: Partial<Record<DateRole, DateColumn>> = {};
  readonly names: Partial<Record<NameRole, Interned>> = {};
  /** Rows whose field count differs from the header's (their values may have shifted). */
  readonly wrongFieldCount: number[] = [];
  /**
   * Record ids as two independent 32-bit hashes: a row's id is known by the first row with the
   * same pair. A map of hashes takes a fraction of what a map of id strings would; two ids
   * sharing both hashes by chance is about one in 10¹¹ for a million rows.
   */
  private readonly firstByHash = new Map<number, number>();
  private readonly firstByPair = new Map<string, number>();
  private readonly idHashB = new Column32();
  private readonly duplicates = new Map<number, number>();

  constructor(
    readonly headers: readonly string[],
    readonly mapping: ColumnMapping,
  ) {
    this.amount = mapping.amount === undefined ? null : new AmountColumn();
    for (const role of dateRoles) if (mapping[role] !== undefined) this.dates[role] = new DateColumn();
    for (const role of nameRoles) if (mapping[role] !== undefined) this.names[role] = new Interned();
  }

  private field(fields: readonly string[], role: ColumnRole): string {
    const index = this.mapping[role];
    return index === undefined ? '' : (fields[index] ?? '');
  }

  /** Each row's number as a spreadsheet shows it (the header is row 1; blank lines count). */
  readonly sheetRows = new Column32();

  /** Adds one data row, as its fields, and its spreadsheet row number (by default the next one). */
  add(fields: readonly string[], sheetRow = this.rows + 2): void {
    const row = this.rows++;
    this.sheetRows.push(sheetRow);
    if (fields.length !== this.headers.length) this.wrongFieldCount.push(row);
    this.stage.add(this.field(fields, 'stage'));
    this.amount?.add(this.field(fields, 'amount'));
    for (const role of dateRoles) this.dates[role]?.add(this.field(fields, role));
    for (const role of nameRoles) this.names[role]?.add(this.field(fields, role));
    if (this.mapping.id !== undefined) this.addId(this.field(fields, 'id').trim(), row);
  }

  private addId(id: string, row: number): void {
    const b = id === '' ? 0 : hash(id, 0x9747b28c, 0x5bd1e995);
    this.idHashB.push(b);
    if (id === '') return;
    const a = hash(id, 0x811c9dc5, 0x01000193);
    const first = this.firstByHash.get(a);
    if (first === undefined) {
      this.firstByHash.set(a, row);
    } else if (this.idHashB.get(first) === b) {
      this.duplicates.set(row, first);
    } else {
      // Two ids share the first hash: rare enough to key the pair as text.
      const pair = `${a}:${b}`;
      const earlier = this.firstByPair.get(pair);
      if (earlier === undefined) this.firstByPair.set(pair, row);
      else this.duplicates.set(row, earlier);
    }
  }

  /** Row index → the first row with the same record id, for every later row that repeats one. */
  duplicateOf(): ReadonlyMap<number, number> {
    return this.duplicates;
  }
}

/** An FNV-1a-style hash of the UTF-16 code units of `text`; two seeds and multipliers give two independent hashes. */
function hash(text: string, seed: number, multiplier: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, multiplier);
  }
  return h ^ (h >>> 15);
}

export { BAD_DATE, NO_DATE };
