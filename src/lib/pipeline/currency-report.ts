/**
 * What the pipeline page says of a file's currency: what it was chosen from (the summed amounts
 * that name it, and those in other currencies, set aside), and the name of what its figures are
 * shown in. Apart from currency.ts, which the measured funnel needs wherever it is shown.
 */
import type { MoneyUnit } from '../format';
import { sameCurrency } from './same-currency';

/** The code ("KRW") or the mark as written ("kr"), for a sentence that names what a file's money is shown in. */
export function currencyName(currency: MoneyUnit): string {
  return typeof currency === 'string' ? currency : currency.mark;
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
