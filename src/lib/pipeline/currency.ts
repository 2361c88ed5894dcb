/**
 * Which currency the measured figures of a file are shown in: the file's own where it names
 * one the workbook knows, else the workbook's. A shared sign ("$", "¥") is the workbook's
 * currency where it may stand for it, else its most used one.
 */
import { currencies, type Currency } from '../settings';
import { sameCurrency } from './same-currency';

const MOST_USED: Record<string, Currency> = { $: 'USD', '¥': 'CNY' };

export interface FileCurrency {
  /** The currency to show the file's figures in. */
  shown: Currency;
  /** The currency the file names where it is not the workbook's (a code, or its sign where unknown here); null where they agree. */
  differs: string | null;
}

export function fileCurrency(mark: string | null, workbook: Currency): FileCurrency {
  if (mark === null || sameCurrency(mark, workbook)) return { shown: workbook, differs: null };
  const known = (currencies as readonly string[]).includes(mark) ? (mark as Currency) : MOST_USED[mark];
  return known ? { shown: known, differs: known } : { shown: workbook, differs: mark };
}

/** What the file's currency was chosen from, for the page to say (see PipelineSummary.amountCurrencies). */
export interface CurrencyReport {
  main: string;
  /** Summed amounts that name the file's currency (or a sign that may stand for it). */
  inMain: number;
  /** Summed amounts that name any currency. */
  named: number;
  /** The other currencies named, most first: their amounts are set aside, never added. */
  others: { mark: string; count: number }[];
}

export function currencyReport(counts: readonly { mark: string; count: number }[] | undefined, main: string | null): CurrencyReport | null {
  if (main === null || !counts || counts.length === 0) return null;
  const others = counts.filter(({ mark }) => !sameCurrency(mark, main));
  const named = counts.reduce((sum, { count }) => sum + count, 0);
  return { main, inMain: named - others.reduce((sum, { count }) => sum + count, 0), named, others };
}
