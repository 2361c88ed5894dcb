import { csvLine, numberCell, RFC_4180, textCell, type CsvDialect } from '../csv';
import type { Timeline } from './timeline';

export { numberCell, textCell };

/** Column headers and month names, passed in so the UI writes them in the page's language. */
export interface TimelineCsvLabels {
  month: string;
  /** One header per stage, top first: the stage names. */
  stages: readonly string[];
  revenue: string;
  /** With both of these, two more columns: leads in hand and the revenue they bring. */
  leadsInHand?: string;
  revenueFromLeadsInHand?: string;
  /** A month's name ("Month 1", "Before: −2"); the offset as a number by default. */
  monthName?: (month: number) => string;
}

/**
 * The monthly table as CSV (CRLF line ends, quoted where needed) in the page language's `dialect`,
 * revenue with `moneyDigits` decimals at most: the currency's own (currencyDigits).
 */
export function timelineCsv(
  timeline: Timeline,
  labels: TimelineCsvLabels,
  dialect: CsvDialect = RFC_4180,
  moneyDigits = 2,
): string {
  const text = (value: string) => textCell(value, dialect);
  const number = (value: number) => numberCell(value, dialect);
  const money = (value: number) => numberCell(value, dialect, moneyDigits);
  const withInHand =
    labels.leadsInHand !== undefined && labels.revenueFromLeadsInHand !== undefined;
  const header = [labels.month, ...labels.stages, labels.revenue];
  if (withInHand) header.push(labels.leadsInHand!, labels.revenueFromLeadsInHand!);
  const lines = [csvLine(header.map(text), dialect)];
  for (const row of timeline.months) {
    const cells = [labels.monthName ? text(labels.monthName(row.month)) : number(row.month)];
    cells.push(...row.counts.map(number), money(row.revenue));
    if (withInHand) cells.push(number(row.leadsInHand), money(row.revenueFromLeadsInHand));
    lines.push(csvLine(cells, dialect));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
