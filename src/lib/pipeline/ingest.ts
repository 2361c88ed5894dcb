/**
 * The rows of a parsed file, in order, into a RecordStore: the first row is the header (a
 * byte-order mark left on its first name goes), blank lines keep their row number but hold no
 * record, and the first few values of each column are kept for the mapping table. The worker
 * feeds it from Papa Parse's chunks; tests feed it the same way.
 */
import { guessMapping, type ColumnMapping } from './columns';
import { detached, RecordStore } from './records';

export class Ingest {
  headers: string[] | null = null;
  store: RecordStore | null = null;
  /** Up to three values of each column, for the mapping table. */
  readonly samples: string[][] = [];
  private sheetRow = 1;
  /** Columns still short of three sample values, by index. */
  private sampling: number[] = [];

  constructor(private readonly mapping?: ColumnMapping) {}

  /** Every row of a parsed chunk, in order (an indexed loop: no iterator object per row). */
  pushAll(rows: readonly (readonly string[])[]): void {
    for (let i = 0; i < rows.length; i++) this.push(rows[i]!);
  }

  push(fields: readonly string[]): void {
    if (!this.headers) {
      this.headers = fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name));
      this.store = new RecordStore(this.headers, this.mapping ?? guessMapping(this.headers));
      for (let i = 0; i < this.headers.length; i++) {
        this.samples.push([]);
        this.sampling.push(i);
      }
      return;
    }
    this.sheetRow++;
    if (fields.length === 1 && fields[0]!.trim() === '') return;
    this.store!.add(fields, this.sheetRow);
    if (this.sampling.length > 0) this.sample(fields);
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
    if (full) this.sampling = this.sampling.filter((i) => this.samples[i]!.length < 3);
  }
}
