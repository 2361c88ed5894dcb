/**
 * A CRM export from its bytes to a RecordStore: decoded as one stream of text, parsed as CSV in
 * chunks, its header row found, and every row after it added in order. Rows are numbered as a
 * spreadsheet shows them (the file's first line is row 1; blank lines count), blank lines and
 * rows of delimiters only are skipped, and the first few values of each column are kept for the
 * mapping table. The worker feeds it a File's stream; tests feed it bytes or rows.
 */
import Papa from 'papaparse';
import { holdsHeaderLine } from './carry-over';
import { chosenMapping, type ColumnChoices } from './choices';
import type { ColumnMapping } from './columns';
import { datesByValues } from './date-columns';
import { stageByValues } from './stages';
import { detached, RecordStore } from './records';

/** How the start of a file's text says it is laid out. */
export interface TextLayout {
  delimiter: string;
  /** The delimiter Excel's first line "sep=;" names; that line is row 1 and not read as a row. */
  sep: string | null;
}

/** What takes a file's rows as they are parsed. */
export interface RowSink {
  start(layout: TextLayout): void;
  /** The next rows, and how many bytes of the file have been read so far. */
  rows(rows: readonly (readonly string[])[], bytesRead: number): void;
  /**
   * A row whose quote never closes ('"Big deal,Closed Won,200' with no closing quote before the
   * end of the file, or none within ParseOptions.rowChars): its first line alone, as its fields.
   * The lines after it come as rows of their own. A sink without this method takes it as the
   * next row like any other, so every sink numbers the rows alike.
   */
  unclosedQuote?(fields: readonly string[], bytesRead: number): void;
}

/** Decoded text parsed at a time: a progress step every few thousand rows, little memory held. */
const CHUNK_CHARS = 1024 * 1024;
/**
 * The longest a row may run before its quote is taken as one that never closes: no CRM value
 * is megabytes long, and the text held while a row is unfinished stays under this and a chunk.
 */
const ROW_CHARS = 16 * CHUNK_CHARS;
/** Text the delimiter and line breaks are guessed from (or the whole file, if shorter). */
const LAYOUT_CHARS = 65_536;
const SEP_LINE = /^\uFEFF?"?sep=([^\r\n"])"?(?:\r\n|\n|\r)/i;

/** The layout of a file from the start of its text: an Excel "sep=" line, or Papa Parse's guess. */
function layoutOf(head: string): TextLayout & { newline: '\r\n' | '\n' | '\r'; skip: number } {
  const sep = SEP_LINE.exec(head);
  const named = sep && !Papa.BAD_DELIMITERS.includes(sep[1]!) ? sep[1]! : null;
  const skip = named ? sep![0].length : 0;
  // Blank lines aside: Papa Parse counts one as a row of one field, and a short two-column file's
  // last line break (or a blank line above its header) made every delimiter average under two
  // fields a row, so none was chosen and ',' was taken ("Etap;Kwota" read as one column).
  const guess = Papa.parse<string[]>(head.slice(skip, skip + LAYOUT_CHARS), { preview: 10, skipEmptyLines: true, ...(named ? { delimiter: named } : {}) });
  const newline = guess.meta.linebreak === '\r\n' || guess.meta.linebreak === '\r' ? guess.meta.linebreak : '\n';
  return { delimiter: named ?? guess.meta.delimiter ?? ',', sep: named, newline, skip };
}

export interface ParseOptions {
  /** Stops the reading, with no more rows to the sink, once aborted. */
  signal?: AbortSignal;
  /** Text parsed at a time (tests make it small). */
  chunkChars?: number;
  /** The longest a row may run before its quote is taken as one that never closes (tests make it small). */
  rowChars?: number;
}

const missesQuote = (results: Papa.ParseResult<string[]>) => results.errors.some((error) => error.code === 'MissingQuotes');

/**
 * Reads a file's bytes through ONE decoder, so a character whose bytes two reads split is
 * decoded whole, and parses the text with Papa Parse about a megabyte at a time: each parse
 * stops before the last, unfinished row, which goes in front of the next text. Memory holds one
 * chunk of text at a time, and an unfinished row of at most `rowChars`.
 *
 * A quote that opens a field and never closes would read every line after it into that field,
 * as spreadsheet programs do. Here, a row still open at the end of the text, or still unfinished
 * after `rowChars`, is cut at the end of its first line: that line goes to the sink as a row of
 * its own (RowSink.unclosedQuote), and the lines after it are parsed as rows again. Where each
 * parse starts and ends depends on the text alone, not on how the reads cut it: every pass over
 * a file cuts the same rows.
 */
export async function parseBytes(bytes: ReadableStream<Uint8Array>, encoding: string, sink: RowSink, options: ParseOptions = {}): Promise<void> {
  const { signal, chunkChars = CHUNK_CHARS, rowChars = ROW_CHARS } = options;
  const reader = bytes.getReader();
  const decoder = new TextDecoder(encoding);
  let parser: Papa.Parser | null = null;
  let newline = '\n';
  let pending = '';
  let read = 0;
  // Text parsed at once: a row unfinished after all of it is longer than rowChars.
  const most = rowChars + 1;
  // The first parse takes the text the layout was guessed from; a row longer than a chunk
  // waits until the text has doubled, not for each read.
  let enough = Math.min(Math.max(chunkChars, LAYOUT_CHARS), most);
  // After a line longer than rowChars is cut, the rest of it is passed over up to its line break.
  let skipping = false;

  const begin = () => {
    const layout = layoutOf(pending);
    sink.start({ delimiter: layout.delimiter, sep: layout.sep });
    parser = new Papa.Parser({ delimiter: layout.delimiter, newline: layout.newline });
    newline = layout.newline;
    pending = pending.slice(layout.skip);
  };
  const emit = (rows: string[][]) => {
    if (rows.length > 0) sink.rows(rows, read);
  };
  /** Hands the sink the first line of an unfinished row as a row of its own; the text after that line. */
  const cut = (row: string): string => {
    const end = row.indexOf(newline);
    const fields = parser!.parse(end < 0 ? row : row.slice(0, end), 0, false).data[0] ?? [''];
    if (sink.unclosedQuote) sink.unclosedQuote(fields, read);
    else sink.rows([fields], read);
    enough = Math.min(chunkChars, most);
    skipping = end < 0;
    return end < 0 ? '' : row.slice(end + newline.length);
  };
  /** Passes over the rest of a line that was cut; false while its line break is still to come. */
  const skip = (): boolean => {
    const end = pending.indexOf(newline);
    // A "\r\n" that two reads split: its "\r" stays to be found with the "\n".
    pending = end < 0 ? pending.slice(Math.max(0, pending.length - newline.length + 1)) : pending.slice(end + newline.length);
    skipping = end < 0;
    return !skipping;
  };
  /** Parses the pending text a chunk at a time while there is enough of it; once the file has ended, all of it. */
  const drain = async (ended: boolean): Promise<void> => {
    for (let parsed = 0; ; parsed++) {
      if (skipping && !skip() && !ended) return;
      const full = pending.length >= enough;
      if (!full && (!ended || pending === '' || skipping)) return;
      // Between the chunks of one large read, a turn of the event loop: a Cancel is heard.
      if (parsed > 0) await new Promise((resolve) => setTimeout(resolve));
      if (signal?.aborted) return;
      if (full) {
        const results = parser!.parse(pending.slice(0, enough), 0, true) as Papa.ParseResult<string[]>;
        emit(results.data);
        const rest = pending.slice(results.meta.cursor, enough);
        const after = pending.slice(enough);
        if (rest.length > rowChars) pending = cut(rest) + after;
        else {
          pending = rest + after;
          enough = Math.min(Math.max(chunkChars, rest.length * 2), most);
        }
        continue;
      }
      const results = parser!.parse(pending, 0, false) as Papa.ParseResult<string[]>;
      if (!missesQuote(results)) {
        emit(results.data);
        pending = '';
        return;
      }
      // The last row opens a quote that the end of the file never closes.
      const before = parser!.parse(pending, 0, true) as Papa.ParseResult<string[]>;
      emit(before.data);
      pending = cut(pending.slice(before.meta.cursor));
    }
  };
  try {
    for (;;) {
      if (signal?.aborted) return void (await reader.cancel());
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      pending += decoder.decode(value, { stream: true });
      if (!parser) {
        if (pending.length < LAYOUT_CHARS) continue;
        begin();
      }
      // A read larger than a chunk (a whole file in memory arrives in one) is parsed a chunk at
      // a time too: rows go to the sink as they are ready, in batches the collector keeps young.
      await drain(false);
      if (signal?.aborted) return void (await reader.cancel());
    }
    if (signal?.aborted) return;
    pending += decoder.decode();
    if (!parser) {
      if (pending === '') return sink.start({ delimiter: ',', sep: null });
      begin();
    }
    await drain(true);
  } finally {
    reader.releaseLock();
  }
}

/** Leading rows that may be passed over looking for the header, and rows read to decide. */
const MAX_LEADING = 10;
const LOOKAHEAD = 50;

const filled = (fields: readonly string[]) => fields.reduce((n, field) => (field.trim() === '' ? n : n + 1), 0);

/**
 * Whether a row holds nothing: a blank line, or only delimiters (",,,,", as Excel writes the
 * rows below a table). Most rows start with a value: one look at their first character.
 */
function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

/** Whether every value of `row` sits under a named column of `header` (values that cannot shift). */
const fitsUnder = (header: readonly string[], row: readonly string[]) =>
  row.every((field, i) => field.trim() === '' || (i < header.length && header[i]!.trim() !== ''));

/**
 * Which of the first rows is the header (an index into `rows`): the first that is neither blank
 * nor a title line. A title line ("Opportunities report", or Excel's "Report,,,,") fills at most
 * half as many fields as the rows usually have, and the rows after it hold values where it has
 * no name: read as a header it would leave them unnamed. A header with a trailing empty field
 * less than its rows is still the header: their extra fields are empty.
 */
export function findHeader(rows: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) if (filled(row) > 0) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  // The usual width: the most common number of fields (the wider on a tie).
  let usual = 0;
  for (const [width, n] of counts) if (n > (counts.get(usual) ?? 0) || (n === counts.get(usual) && width > usual)) usual = width;
  let first = -1;
  for (let i = 0; i < Math.min(rows.length, MAX_LEADING); i++) {
    const row = rows[i]!;
    const named = filled(row);
    if (named === 0) continue;
    if (first < 0) first = i;
    const after = rows.slice(i + 1, i + 21).filter((next) => filled(next) > 0);
    const title = named <= usual / 2 && after.filter((next) => fitsUnder(row, next)).length < after.length / 2;
    if (!title) return i;
  }
  return Math.max(first, 0);
}

export interface IngestOptions {
  /** The row the user says holds the header (1: the file's first line); absent: found by findHeader. */
  headerRow?: number;
  /**
   * The header line of the last file, where the user chose its header row: the first row that
   * holds it is the header (next month's export, with more or fewer title lines above it, and
   * maybe a column more).
   */
  headerLine?: readonly string[];
  /** The user's column choices, kept where their columns are still there; or made from the header once it is found. */
  columns?: ColumnChoices | ((headers: readonly string[]) => ColumnChoices);
}

/** A row's fields as header names: without the byte-order mark a file may start with. */
const headerNames = (fields: readonly string[]) => fields.map((name, i) => detached(i === 0 ? name.replace(/^\uFEFF/, '') : name));

/** A row among the first of the file, for the user to choose the header from. */
export interface LeadingRow {
  row: number;
  /** Its first few fields, shortened. */
  fields: string[];
}

export class Ingest implements RowSink {
  private found: { headers: string[]; store: RecordStore; headerRow: number; guessedHeaderRow: number; guessedMapping: ColumnMapping } | null = null;
  /** Up to three values of each column, for the mapping table. */
  readonly samples: string[][] = [];
  /** The delimiter the file's "sep=" line named, if it had one. */
  sep: string | null = null;
  /** The file's first rows that hold something, for the user to choose the header from. */
  readonly leading: LeadingRow[] = [];
  /** The number of the last row pushed. */
  private sheetRow = 0;
  /** Rows held, with their numbers, until the header is found. */
  private held: { row: number; fields: readonly string[]; unclosed: boolean }[] = [];
  /** Columns still short of three sample values, by index. */
  private sampling: number[] = [];

  constructor(private readonly options: IngestOptions = {}) {}

  /** The header's names; asked before the end, it settles the header from the rows so far. */
  get headers(): string[] | null {
    return this.settle()?.headers ?? null;
  }

  /** The rows read; asked before the end, it settles the header from the rows so far. */
  get store(): RecordStore | null {
    return this.settle()?.store ?? null;
  }

  /**
   * What is wrong with the file as read so far, if it holds no row to measure: 'empty' where no
   * line holds anything (spaces, tabs and blank lines only), 'headerOnly' where a header has no
   * rows under it; null where it has rows.
   */
  get failure(): 'empty' | 'headerOnly' | null {
    const found = this.settle();
    if (!found) return 'empty';
    return found.store.rows === 0 ? 'headerOnly' : null;
  }

  /** The row the header was read from (1: the file's first line); rows above it are skipped. */
  get headerRow(): number {
    return this.settle()?.headerRow ?? 1;
  }

  /** The row findHeader takes for the header, whatever the user chose. */
  get guessedHeaderRow(): number {
    return this.settle()?.guessedHeaderRow ?? 1;
  }

  /** The columns as guessed from the header and the first rows, without the user's choices. */
  get guessedMapping(): ColumnMapping {
    return this.settle()?.guessedMapping ?? {};
  }

  start(layout: TextLayout): void {
    this.sep = layout.sep;
    // The "sep=" line is row 1; the first row parsed is row 2.
    if (layout.sep) this.sheetRow = 1;
  }

  rows(rows: readonly (readonly string[])[]): void {
    this.pushAll(rows);
  }

  /** The first line of a row whose quote never closes (see parseBytes): set aside by the store, its values in no column. */
  unclosedQuote(fields: readonly string[]): void {
    this.push(fields, true);
  }

  /** Every row of a parsed chunk, in order (an indexed loop: no iterator object per row). */
  pushAll(rows: readonly (readonly string[])[]): void {
    for (let i = 0; i < rows.length; i++) this.push(rows[i]!);
  }

  push(fields: readonly string[], unclosed = false): void {
    const row = ++this.sheetRow;
    const named = this.found ? 0 : filled(fields);
    if (this.leading.length < MAX_LEADING && (this.found ? filled(fields) : named) > 0) this.leading.push({ row, fields: fields.slice(0, 6).map((field) => detached(field.trim().slice(0, 40))) });
    if (this.found) return this.add(fields, row, unclosed);
    // Blank lines above the first that holds something are no header: a file of spaces, tabs and
    // blank lines is empty, not a header without rows; and a header below them is still found.
    if (named === 0 && this.held.length === 0) return;
    this.held.push({ row, fields, unclosed });
    if (this.held.length >= LOOKAHEAD) this.settle();
  }

  /** Decides the header from the rows held, then adds the rows after it. */
  private settle(): { headers: string[]; store: RecordStore; headerRow: number; guessedHeaderRow: number; guessedMapping: ColumnMapping } | null {
    if (this.found || this.held.length === 0) return this.found;
    const held = this.held;
    this.held = [];
    const { headerRow: wanted, headerLine } = this.options;
    const guessedAt = findHeader(held.map(({ fields }) => fields));
    let at = wanted === undefined ? -1 : held.findIndex(({ row }) => row === wanted);
    if (at < 0 && headerLine) at = held.findIndex(({ fields }) => holdsHeaderLine(headerNames(fields), headerLine));
    if (at < 0) at = guessedAt;
    const headers = headerNames(held[at]!.fields);
    const chosen = typeof this.options.columns === 'function' ? this.options.columns(headers) : this.options.columns;
    // The columns the user chose hold; guessed ones are checked against the first rows' values:
    // the stage, and the dates.
    const first = held.slice(at + 1).map(({ fields }) => fields);
    const byValues = (mapping: ColumnMapping, columns?: ColumnChoices) =>
      datesByValues(columns?.stage === undefined ? stageByValues(mapping, headers, first) : mapping, first, columns);
    const mapping = byValues(chosenMapping(headers, chosen), chosen);
    const guessedMapping = chosen && Object.keys(chosen).length > 0 ? byValues(chosenMapping(headers)) : mapping;
    this.found = { headers, store: new RecordStore(headers, mapping), headerRow: held[at]!.row, guessedHeaderRow: held[guessedAt]!.row, guessedMapping };
    for (let i = 0; i < headers.length; i++) {
      this.samples.push([]);
      this.sampling.push(i);
    }
    for (let i = at + 1; i < held.length; i++) this.add(held[i]!.fields, held[i]!.row, held[i]!.unclosed);
    return this.found;
  }

  private add(fields: readonly string[], row: number, unclosed: boolean): void {
    // A quote that never closes is set aside even where the line holds nothing else (',,"').
    if (!unclosed && isBlank(fields)) return;
    // A repeated header row is set aside by the store; its names are no column's first values.
    if (this.found!.store.add(fields, row, unclosed) && this.sampling.length > 0) this.sample(fields);
  }

  /** Takes new values of the columns still short of three; a value seen already costs one comparison or two. */
  private sample(fields: readonly string[]): void {
    let full = false;
    for (let at = 0; at < this.sampling.length; at++) {
      const i = this.sampling[at]!;
      if (i >= fields.length) break;
      const raw = fields[i]!;
      const column = this.samples[i]!;
      if (raw === '' || column.includes(raw)) continue;
      const value = raw.trim();
      if (value !== '' && !column.includes(value) && column.push(detached(value)) === 3) full = true;
    }
    if (full) this.dropFullColumns();
  }

  /** Apart from sample: a closure there would allocate its context on every call, that is every row. */
  private dropFullColumns(): void {
    this.sampling = this.sampling.filter((i) => this.samples[i]!.length < 3);
  }
}
