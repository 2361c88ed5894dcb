/**
 * The totals row a report or spreadsheet writes under its deals: "Total", Salesforce's "Grand
 * Totals (120 records)", Excel's "Grand Total" (German "Gesamtergebnis", French "Total général"),
 * "合计", "Razem", "Summe". It holds the sum of the amounts above it, so read as a deal it would
 * add them all again (an open "Total" of the whole column).
 */

/** Labels of a totals row, normalised (lower case, one space), in the workbook's languages, German and French, and Excel's pivot tables. */
const LABELS = new Set([
  'total',
  'totals',
  'grand total',
  'grand totals',
  'subtotal',
  'sub total',
  'sub-total',
  'sum',
  'suma',
  'suma końcowa',
  'razem',
  'łącznie',
  'ogółem',
  'podsumowanie',
  // German and French exports, and Excel's pivot tables in those languages.
  'summe',
  'gesamt',
  'gesamtsumme',
  'gesamtergebnis',
  'zwischensumme',
  'total général',
  'total general',
  'sous-total',
  'sous total',
  '合计',
  '合計',
  '总计',
  '總計',
  '小计',
  '小計',
  '总和',
  '總和',
  '汇总',
  '匯總',
  '彙總',
]);

/**
 * Whether a value labels a totals row: one of the labels, alone, perhaps with a colon or a count
 * after it ("Total:", "Grand Totals (120 records)", "总计（120 条记录）"). Never a name that only
 * starts with one ("Total Energies", "Summit Corp").
 */
export function isTotalLabel(value: string): boolean {
  if (value.length === 0 || value.length > 60) return false;
  const label = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return LABELS.has(label);
}
