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
