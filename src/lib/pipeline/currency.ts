/**
 * Which currency the measured figures of a file are shown in: the file's own wherever it can be
 * told, whether or not the workbook plans in it (a KRW file's figures are in won, never drawn
 * with the workbook's dollar sign); the workbook's where the file names none or names the
 * workbook's. A shared sign ("$", "¥") is the workbook's currency where it may stand for it, else
 * its most used one. A mark that may be several currencies ("kr") is shown as it is written.
 */
import type { CurrencyCode } from '../currency-code';
import type { MoneyUnit } from '../format';
import type { Currency } from '../settings';
import { sameCurrency } from './same-currency';

const MOST_USED: Record<string, CurrencyCode> = { $: 'USD', '¥': 'CNY' };
/**
 * A mark that is a currency's code: the amount reader names a currency by its code only where the
 * platform knows it (isCurrencyCode), and its other marks are signs ("$", "kr", "₾"). Intl shows
 * any well-formed code, so this page need not load the platform's list again.
 */
const CODE = /^[A-Z]{3}$/;

export interface FileCurrency {
  /** What to show the file's figures in: a currency's code, or the file's mark where it names no one currency. */
  shown: MoneyUnit;
  /** The currency the file names where it is not the workbook's (a code, or its mark where no code is sure); null where they agree. */
  differs: string | null;
}

/** `mark`: the file's currency as the amount reader names it (PipelineSummary.currency). */
export function fileCurrency(mark: string | null, workbook: Currency): FileCurrency {
  if (mark === null || sameCurrency(mark, workbook)) return { shown: workbook, differs: null };
  const code = CODE.test(mark) ? mark : MOST_USED[mark];
  return code ? { shown: code, differs: code } : { shown: { mark }, differs: mark };
}
