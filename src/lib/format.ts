/**
 * Every figure the workbook shows is formatted here, through Intl, in the page's locale and
 * the chosen currency. Inputs are plain numbers; percentages are given as percent (12.5 = 12.5 %).
 */
import type { Currency } from './settings';

export type FigureFormat = 'money' | 'percent' | 'count' | 'multiple' | 'months' | 'days' | 'number';

export interface FormatOptions {
  /** A BCP 47 tag: 'en', 'zh-CN'. */
  locale: string;
  currency: Currency;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Money: the currency's own decimals, none at all from 10,000 up (they only add noise). */
export function formatMoney(value: number, { locale, currency }: FormatOptions): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (Math.abs(value) >= 10_000) {
    options.maximumFractionDigits = 0;
    options.minimumFractionDigits = 0;
  }
  return numberFormat(locale, options).format(value);
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
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** 2048 → "2 KB". */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1024 * 1024 ? (['megabyte', bytes / 1024 / 1024] as const)
    : bytes >= 1024 ? (['kilobyte', bytes / 1024] as const)
    : (['byte', bytes] as const);
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
