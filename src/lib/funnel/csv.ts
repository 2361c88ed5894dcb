import type { Timeline } from './timeline';

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
 * A text cell, safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage
 * return) would run as a formula, so it gets a leading apostrophe; then RFC 4180 quoting.
 */
export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number cell: plain digits with a dot, at most two decimals, never "-0" (negatives stay numbers). */
export function numberCell(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isFinite(rounded) ? String(rounded === 0 ? 0 : rounded) : '';
}

/** The monthly table as CSV (RFC 4180: CRLF line ends, quoted where needed). */
export function timelineCsv(timeline: Timeline, labels: TimelineCsvLabels): string {
  const withInHand =
    labels.leadsInHand !== undefined && labels.revenueFromLeadsInHand !== undefined;
  const header = [labels.month, ...labels.stages, labels.revenue];
  if (withInHand) header.push(labels.leadsInHand!, labels.revenueFromLeadsInHand!);
  const lines = [header.map(textCell).join(',')];
  for (const row of timeline.months) {
    const cells = [
      labels.monthName ? textCell(labels.monthName(row.month)) : numberCell(row.month),
    ];
    cells.push(...row.counts.map(numberCell), numberCell(row.revenue));
    if (withInHand) cells.push(numberCell(row.leadsInHand), numberCell(row.revenueFromLeadsInHand));
    lines.push(cells.join(','));
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
