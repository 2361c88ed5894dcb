/**
 * Whether two currency marks (an ISO code, or "$", "¥" and "kr" for the signs several currencies
 * share; see currencyMark in amounts.ts) can name one currency. Apart, so the page that shows a
 * file's currency does not load the amount reader.
 */

/** The currencies a shared sign may stand for. */
const SHARED: Record<string, readonly string[]> = {
  $: ['USD', 'TWD', 'HKD', 'AUD', 'CAD', 'SGD'],
  '¥': ['CNY', 'JPY'],
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
};

/** Whether a mark is a sign several currencies share ("$"), not one currency's. */
export function isSharedSign(mark: string): boolean {
  return Object.hasOwn(SHARED, mark);
}

/** Whether two marks can name the same currency: the same, or a shared sign and one of its currencies. */
export function sameCurrency(a: string, b: string): boolean {
  return a === b || Boolean(SHARED[a]?.includes(b)) || Boolean(SHARED[b]?.includes(a));
}
