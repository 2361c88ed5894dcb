/**
 * CSV the way a spreadsheet in the reader's language opens it. Excel reads a CSV with the
 * system's list separator and decimal mark: in English and Chinese "1.5" split at commas (RFC
 * 4180); where the decimal mark is a comma (Polish, German, …) "1,5" split at semicolons, else a
 * figure reads as text or a date and every row lands in one column. Every CSV the workbook writes
 * takes its dialect from the page's language through `csvDialect`.
 */
import { plainAmount } from './money';

export interface CsvDialect {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

/** RFC 4180: commas between fields, a dot before decimals. */
export const RFC_4180: CsvDialect = { delimiter: ',', decimal: '.' };

/** The dialect of a language: a decimal comma brings the semicolon with it. */
export function csvDialect(locale: string): CsvDialect {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',' } : RFC_4180;
}

/**
 * A text cell, safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading apostrophe; then quoted (RFC 4180) where it
 * holds the delimiter, a quote or a line break.
 */
export function textCell(value: string, dialect: CsvDialect = RFC_4180): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(dialect.delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A number cell: digits without grouping, at most `digits` decimals after the dialect's mark
 * (two; for money the currency's own), rounded as written (1.005 → 1.01), never "-0"; negatives
 * stay numbers. Blank for a number that is none.
 */
export function numberCell(value: number, dialect: CsvDialect = RFC_4180, digits = 2): string {
  if (!Number.isFinite(value)) return '';
  const text = plainAmount(value, digits);
  return dialect.decimal === '.' ? text : text.replace('.', dialect.decimal);
}

/** One line of cells already written by `textCell` or `numberCell`. */
export function csvLine(cells: readonly string[], dialect: CsvDialect = RFC_4180): string {
  return cells.join(dialect.delimiter);
}
