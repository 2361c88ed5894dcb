import { parseNumber } from '../number';
import { actualText, type ActualField } from './entry';
import type { MonthEntry } from './tracking';
import type { ReviewOutcome, ReviewProblem } from './problems';
import { showsReading } from './reading';

/**
 * A block of cells pasted from a spreadsheet: tab-separated cells, one row a line (\n, \r\n or
 * \r). A cell the spreadsheet quoted (because it holds a tab, a newline or a quote) is unquoted,
 * "" standing for ". Cells come back as text, trimmed, exactly as they will be stored: the number
 * parser reads decimal commas and grouped digits ("1 234,5", "1.234,5") when they are used.
 */

/** Splits the text into rows of cells. Trailing empty lines (a copied block ends with one) are dropped. */
export function splitCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the quote that is not doubled.
      const close = closingQuote(text, i + 1);
      if (close !== -1) {
        cell += text.slice(i + 1, close).replaceAll('""', '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += ch;
      atCellStart = false;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return rows.map((r) => r.map((c) => c.trim()));
}

/** The index of the quote closing a quoted cell opened before `from`, or -1 when there is none (then the quote is text). */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : -1;
  }
  return -1;
}

export interface PasteShape {
  /** Most cells a row may have: the table's columns from the one pasted into to its end. */
  columns: number;
  /** Rows the table has left from the one pasted into; unlimited when absent. */
  rows?: number;
}

/**
 * The pasted block as rows of cell text, or the first row that does not fit: a row with more
 * cells than the table has columns left ('pasteColumns': `row` 1-based, `column` the cells found,
 * `max` the columns left), a row with another number of cells than the first ('pasteRagged':
 * `row`, `column` the cells found, `max` the first row's), or more rows than the table has months
 * left ('pasteRows'); or the columns' names copied as its first row ('pasteHeader'). A narrower
 * block fills from the cell pasted into (Lead, MQL, SQL alone fill those three columns and leave
 * the rest as they are). Nothing is cut to fit: a block too big is refused whole, so no cell
 * lands in the wrong column.
 */
export function parsePaste(text: string, shape: PasteShape): ReviewOutcome<string[][]> {
  const rows = splitCells(text);
  if (rows.length === 0) return { ok: false, problem: { code: 'empty', field: 'paste' } };
  if (namesRow(rows)) return { ok: false, problem: { code: 'pasteHeader', field: 'paste', row: 1 } };
  if (shape.rows !== undefined && rows.length > shape.rows) {
    return {
      ok: false,
      problem: { code: 'pasteRows', field: 'paste', row: shape.rows + 1, max: shape.rows },
    };
  }
  const width = rows[0]!.length;
  for (let r = 0; r < rows.length; r++) {
    const found = rows[r]!.length;
    // Rows of one block have one width (a spreadsheet copies blank cells as tabs): a row that
    // differs is a stray line, and pasting it would blank cells the block never meant to touch.
    if (found !== width && found <= shape.columns) {
      return {
        ok: false,
        problem: { code: 'pasteRagged', field: 'paste', row: r + 1, column: found, max: width },
      };
    }
    if (found > shape.columns) {
      const problem: ReviewProblem = {
        code: 'pasteColumns',
        field: 'paste',
        row: r + 1,
        column: found,
        max: shape.columns,
      };
      return { ok: false, problem };
    }
  }
  return { ok: true, value: rows };
}

const holdsDigit = (cell: string) => /\p{Nd}/u.test(cell);

/**
 * Whether the block's first row is the columns' names, copied with the figures: words and no
 * digit, over rows that have figures. Pasted, it would put the names over the first month's
 * figures and each month's figures a row too low, so the block is refused and said.
 */
function namesRow(rows: readonly (readonly string[])[]): boolean {
  const [first, ...rest] = rows;
  return (
    first !== undefined &&
    first.some((cell) => /\p{L}/u.test(cell)) &&
    !first.some(holdsDigit) &&
    rest.some((row) => row.some(holdsDigit))
  );
}

/** A pasted cell whose comma was read as a decimal mark, and the number it was read as. */
export interface CommaReading {
  text: string;
  value: number;
}

/**
 * The cells of a block whose comma the number parser reads as a decimal mark ("12,5" → 12.5,
 * "1.234,5" → 1234.5), so the page can show how it read them: a spreadsheet from a decimal-comma
 * locale pastes as such, and a reader should see at once that 12,5 was not taken for 125.
 * A comma between groups of three ("1,500") is grouping and is not listed. Only what a reader of
 * the page (`locale`) would take otherwise is listed, each text once: on a Polish page a decimal
 * comma is the page's own, and a year of "24 000,50" is one reading, not twelve.
 */
export function commaReadings(grid: readonly (readonly string[])[], locale: string): CommaReading[] {
  const found = new Map<string, CommaReading>();
  for (const row of grid) {
    for (const text of row) {
      if (!text.includes(',') || found.has(text)) continue;
      const parsed = parseNumber(text, { kind: 'number' });
      if (!parsed.ok) continue;
      const withoutCommas = Number(text.replace(/[\s\u00a0\u202f'’]/g, '').replaceAll(',', ''));
      if (withoutCommas !== parsed.value && showsReading(text, parsed.value, locale))
        found.set(text, { text, value: parsed.value });
    }
  }
  return [...found.values()];
}

/** A cell a paste set: the text it put, and the text the cell held before. */
export interface PastedCell {
  month: string;
  field: ActualField;
  text: string;
  before: string;
}

/**
 * The cells that undo a paste: each pasted cell back to what it held before, where it still holds
 * what was pasted. A figure typed into a pasted cell since is kept. Set through the entry of
 * actuals, a month left with no figure is not reported again and lets go of its plan.
 */
export function pasteUndo(
  months: Readonly<Record<string, MonthEntry>>,
  cells: readonly PastedCell[],
): { month: string; field: ActualField; text: string }[] {
  return cells
    .filter((cell) => actualText(months[cell.month], cell.field) === cell.text)
    .map(({ month, field, before }) => ({ month, field, text: before }));
}
