import { formatList } from '../../i18n/text';

const digits = new Map<string, Intl.NumberFormat>();

/**
 * Row numbers as a list: "2, 3, and 1001" / "2、3和1001"; with " …" after where `count` says there
 * are more than the list holds. A row number names a row, as an ID does: no thousands
 * separators, which would read as the list's own commas ("1,001, 2,001").
 */
export function formatRowList(rows: readonly number[], count: number, locale: string): string {
  let format = digits.get(locale);
  if (!format) digits.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 })));
  const list = formatList(rows.map((row) => format.format(row)), locale);
  return rows.length < count ? `${list} …` : list;
}
