/**
 * Whether a figure's reading is worth showing beside the text it was read from: the text holds a
 * dot or a comma, and a reader of the page's language would take it for another number. "1.000"
 * leads are a thousand: an English reader sees one, a Polish reader a thousand, so only the
 * English page says "Read as 1,000". "1,500" reads as fifteen hundred: the Polish page says so
 * (a Polish reader would see one and a half); "12,5" reads as 12.5: the English page says so.
 */

const decimalMarks = new Map<string, string>();

/** The page's decimal mark: "." in English and Chinese, "," in Polish. */
export function decimalMark(locale: string): string {
  let mark = decimalMarks.get(locale);
  if (mark === undefined) {
    mark =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
      '.';
    decimalMarks.set(locale, mark);
  }
  return mark;
}

/**
 * The number a reader of `locale` takes `text` for: its decimal mark is the decimal point, every
 * other dot or comma groups digits; anything but digits, marks and a leading minus is left out
 * (a currency sign, a %). NaN when that leaves no number.
 */
export function localReading(text: string, locale: string): number {
  const mark = decimalMark(locale);
  const other = mark === '.' ? ',' : '.';
  const kept = text
    .normalize('NFKC')
    .replace(/[^\d.,-]/g, '')
    .replaceAll(other, '')
    .replace(mark, '.');
  return kept === '' || !/^-?(\d+\.?\d*|\.\d+)$/.test(kept) ? Number.NaN : Number(kept);
}

/** True when `text`, read as `value`, has a mark the page's reader would read otherwise. */
export function showsReading(text: string, value: number, locale: string): boolean {
  if (!/[.,]/.test(text)) return false;
  return localReading(text, locale) !== value;
}
