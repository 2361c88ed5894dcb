/**
 * Every figure the workbook shows is formatted here, through Intl, in the page's locale and
 * the chosen currency. Inputs are plain numbers; percentages are given as percent (12.5 = 12.5 %).
 */
import type { CurrencyCode } from './currency-code';

export type FigureFormat = 'money' | 'percent' | 'count' | 'multiple' | 'months' | 'days' | 'number';

/**
 * A currency known only by the mark a file writes beside its amounts, where the mark names no one
 * currency ("kr": Swedish, Norwegian, Danish or Icelandic crowns) or none the platform knows: its
 * amounts are shown as numbers followed by the mark as written, never with a currency's sign.
 */
export interface UnidentifiedCurrency {
  mark: string;
}

/** What money is shown in: a currency's ISO code (the workbook's, or a file's own), or a mark that names none for sure. */
export type MoneyUnit = CurrencyCode | UnidentifiedCurrency;

export interface FormatOptions {
  /** A BCP 47 tag: 'en', 'zh-CN'. */
  locale: string;
  currency: MoneyUnit;
  /**
   * Decimals every money figure of a set shares (a table column, a grid of figures), from
   * `moneyFractionDigits` over that set. Unset: decided from the one value alone.
   */
  moneyDigits?: number;
}

// Formatters are built once per locale and options: building one costs far more than using it
// (the first of a page loads its locale's data: 100 ms and more on a slow phone), and a chart or a
// table formats hundreds of figures a render.
function memoized<Options, Format>(build: (locale: string, options: Options) => Format) {
  const cache = new Map<string, Format>();
  return (locale: string, options: Options): Format => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let format = cache.get(key);
    if (!format) {
      format = build(locale, options);
      cache.set(key, format);
    }
    return format;
  };
}
const numberFormat = memoized((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
const dateFormat = memoized((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));

/**
 * The currency's own minor-unit digits, as Intl has them for any ISO code: 2 for USD and CNY, 0
 * for JPY and KRW. A currency known only by its mark is taken to have cents, as most have.
 */
export function currencyDigits(currency: MoneyUnit): number {
  return (typeof currency === 'string' ? numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits : 2) ?? 2;
}

/** Below this magnitude cents can matter (a cost per lead of $4.50); from here up they are noise. */
export const CENTS_BELOW = 100;

/**
 * The decimals a set of money figures shares, so a column never mixes "$3,000.00" and "$20,000":
 * whole currency units, unless some figure is small (under 100) and has cents that are not zero,
 * in which case the currency's own decimals for all of them — but never where a figure is too
 * large for a float to hold its cents (past 2^53 of them, about 9 × 10^13): there they would be
 * noise (10^15 − 0.3 is 999,999,999,999,999.8 in floating point), so the set is in whole units.
 */
export function moneyFractionDigits(values: readonly number[], currency: MoneyUnit): number {
  const digits = currencyDigits(currency);
  if (digits === 0) return 0;
  const scale = 10 ** digits;
  const minor = values.filter(Number.isFinite).map((value) => Math.round(Math.abs(value) * scale));
  return minor.some((m) => m < CENTS_BELOW * scale && m % scale !== 0) && minor.every((m) => m <= Number.MAX_SAFE_INTEGER)
    ? digits
    : 0;
}

/**
 * Money in whole currency units, with the currency's decimals only where they carry meaning
 * (see `moneyFractionDigits`). `options.moneyDigits` makes a set of figures share one choice.
 * A currency known only by its mark: the number grouped as the locale groups it, then the mark
 * ("1,250 kr"), never another currency's sign.
 */
export function formatMoney(value: number, { locale, currency, moneyDigits }: FormatOptions): string {
  const digits = moneyDigits ?? moneyFractionDigits([value], currency);
  const coded = typeof currency === 'string';
  const text = numberFormat(locale, { ...(coded && { style: 'currency', currency }), minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  return coded ? text : `${text}\u00a0${currency.mark}`;
}

/** A set of money figures (a column, a grid) formatted with one shared number of decimals. */
export function formatMoneyColumn(values: readonly number[], options: FormatOptions): string[] {
  const moneyDigits = moneyFractionDigits(values, options.currency);
  return values.map((value) => formatMoney(value, { ...options, moneyDigits }));
}

/** 12.345 → "12.3%"; whole percentages print without decimals. */
export function formatPercent(percent: number, locale: string, digits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(percent / 100);
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number, locale: string, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** 4.2 → "4.2×" (a ratio such as ROAS or LTV:CAC). */
export function formatMultiple(value: number, locale: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`;
}

export function formatUnit(value: number, locale: string, unit: 'month' | 'day', digits = 1): string {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits }).format(value);
}

/** Formats a figure by its kind. */
export function formatFigure(value: number, format: FigureFormat, options: FormatOptions): string {
  switch (format) {
    case 'money':
      return formatMoney(value, options);
    case 'percent':
      return formatPercent(value, options.locale);
    case 'count':
      return formatCount(value, options.locale);
    case 'multiple':
      return formatMultiple(value, options.locale);
    case 'months':
      return formatUnit(value, options.locale, 'month');
    case 'days':
      return formatUnit(value, options.locale, 'day');
    case 'number':
      return formatNumber(value, options.locale);
  }
}

/** "2027-01" → "January 2027" / "2027年1月". */
export function formatMonth(yearMonth: string, locale: string, offset = 0): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  const date = new Date(Date.UTC(year, month - 1 + offset, 1));
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** "2027-01" → "Jan 2027" / "2027年1月": a month where room is short (a chart's axis). */
export function formatMonthShort(yearMonth: string, locale: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return dateFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/**
 * "2026-03-04" → "Mar 4, 2026": a calendar day is the same day everywhere, so it is read and
 * written in UTC (read as local time, it would show a day early west of Greenwich). A moment
 * ("2026-03-04T18:30:00Z", when something was saved) is shown on the reader's own calendar.
 */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return dateFormat(locale, calendarDay ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' }).format(date);
}

/**
 * A stored size, always in the short symbols (kB, MB), which every language here writes the same
 * way and which do not inflect: 2048 → "2 kB", 1.5 MiB → "1.5 MB". Below a kilobyte the size is
 * still given in kB, to one decimal and never as zero for something stored (71 bytes →
 * "0.1 kB"), so one table never mixes "1,002 字节" with "7.2 kB".
 */
export function formatBytes(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  const value = megabytes ? bytes / 1024 / 1024 : bytes / 1024;
  const shown = bytes > 0 && !megabytes ? Math.max(0.1, value) : value;
  return numberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(shown);
}
