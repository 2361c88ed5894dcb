// Typed inputs shown back as figures, and the punctuation that joins labels and figures: what
// a printed summary needs. Apart from format.ts, so pages that print nothing do not load it.
import type { CurrencyCode } from './currency-code';
import { formatMoney, formatNumber, formatPercent, type FormatOptions } from './format';
import { MAX_MAGNITUDE, parseNumber } from './number';

/** The punctuation that joins words and figures in a language: full-width marks in Chinese. */
export interface Punctuation {
  /** Between a label and its value: "Leads: 125" / "线索数：125". */
  colon: string;
  /** Between the items of a list of such pairs: "; " / "；". */
  semicolon: string;
  /** Between the parts of one item: ", " / "，". */
  comma: string;
  open: string;
  close: string;
}

const LATIN: Punctuation = { colon: ': ', semicolon: '; ', comma: ', ', open: ' (', close: ')' };
const CJK: Punctuation = { colon: '：', semicolon: '；', comma: '，', open: '（', close: '）' };

export function punctuation(locale: string): Punctuation {
  return /^(zh|ja)\b/i.test(locale) ? CJK : LATIN;
}

/** "Leads: 125" / "线索数：125". */
export function labelled(label: string, value: string, locale: string): string {
  return `${label}${punctuation(locale).colon}${value}`;
}

/** How a typed input is shown back: as money, a percentage, or a plain number. */
export type TypedKind = 'money' | 'percent' | 'number';

/**
 * The number in what a user typed, read as the planner's fields read it ("1,250,000", "12%"),
 * or null when it is not a number. Range rules are not applied: an input that is out of range
 * is still shown as the number it is.
 */
export function parseTyped(raw: string, kind: TypedKind): number | null {
  const parsed = parseNumber(raw, { kind, min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE, whole: false });
  return parsed.ok ? parsed.value : null;
}

/**
 * A typed input formatted like every other figure: "1250000" → "$1,250,000", "12.5" (percent)
 * → "12.5%", "1200" → "1,200". Text that is not a number comes back as typed (money with the
 * currency's code after it), and an empty field as ''.
 */
export function formatTyped(raw: string, kind: TypedKind, options: FormatOptions & { currency: CurrencyCode }): string {
  const text = raw.trim();
  if (text === '') return '';
  const value = parseTyped(text, kind);
  if (value === null) return kind === 'money' ? `${text} ${options.currency}` : text;
  switch (kind) {
    case 'money':
      return formatMoney(value, options);
    case 'percent':
      return formatPercent(value, options.locale, 2);
    case 'number':
      return formatNumber(value, options.locale);
  }
}
