import { MAX_MAGNITUDE, parseNumber, type NumberKind } from './number';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * What a number field shows once the user has left it: the number its text reads as, grouped in
 * the page's style ("1200000" → "1,200,000" in English, "1 200 000" in Polish; "1 200 000,5" →
 * "1,200,000.5" in English), every decimal typed kept. Text that does not read as a number comes
 * back as null, so the field shows it as typed (with its message). Bounds are not applied here:
 * an out-of-range number is still shown as the number it is.
 *
 * Only the display changes. The field stores the text as typed: a grouped text in one locale's
 * style can read differently in another ("1,234" is 1.234 to a Polish reader but 1234 to the
 * parser, which is locale-free), while the typed text always reads the same everywhere.
 */
export function groupedInput(raw: string, kind: NumberKind, locale: string): string | null {
  if (raw.trim() === '') return null;
  const parsed = parseNumber(raw, { kind, min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, whole: false });
  return parsed.ok ? groupedNumber(parsed.value, locale) : null;
}

/**
 * A number as a field shows it once left: grouped in the page's style, every decimal kept
 * (1200000.5 → "1,200,000.5" in English, "1 200 000,5" in Polish). Messages that quote what the
 * user typed use it too, so the figure reads as it does in the field.
 */
export function groupedNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    // Doubles print at their shortest round-trip digits: 0.1 stays "0.1".
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    formats.set(locale, format);
  }
  return format.format(value);
}
