/**
 * The rows a measure set aside, as the CSV the user downloads: each row as the file wrote it,
 * after its row number (as the page's row lists number it: the file's first line is row 1, no
 * thousands separators) and the reasons it was set aside; the header row first. Fed the file's
 * rows again by parseBytes, as the import was.
 */
import Papa from 'papaparse';
import type { RowSink, TextLayout } from './ingest';
import type { SetAsideGroup, SetAsideReason } from './summary';

/** The words of the CSV: its two first columns' headings, each reason, and what joins a row's several reasons ('; ', '；'). */
export interface SetAsideWords {
  rowHeading: string;
  reasonHeading: string;
  reasons: Record<SetAsideReason, string>;
  reasonJoin: string;
}

export class SetAsideRows implements RowSink {
  private readonly out: string[][] = [];
  /** Row number → the reasons it was set aside, in the page's words. */
  private readonly wanted = new Map<number, string>();
  private sheetRow = 0;

  constructor(
    groups: readonly SetAsideGroup[],
    private readonly headerRow: number,
    private readonly words: SetAsideWords,
  ) {
    for (const group of groups) {
      const reason = words.reasons[group.reason];
      for (const row of group.rows) this.wanted.set(row, this.wanted.has(row) ? `${this.wanted.get(row)}${words.reasonJoin}${reason}` : reason);
    }
  }

  // Rows numbered as the import numbered them: a "sep=" line is row 1 and not parsed.
  start(layout: TextLayout): void {
    this.sheetRow = layout.sep ? 1 : 0;
  }

  rows(rows: readonly (readonly string[])[]): void {
    for (const fields of rows) {
      const row = ++this.sheetRow;
      if (row === this.headerRow) this.out.push([this.words.rowHeading, this.words.reasonHeading, ...fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name))]);
      else if (this.wanted.has(row)) this.out.push([String(row), this.wanted.get(row)!, ...fields]);
    }
  }

  /** The CSV, with a byte-order mark so spreadsheet programs open it as UTF-8. */
  csv(): string {
    return `\uFEFF${Papa.unparse(this.out)}`;
  }
}
