/**
 * Currencies by their ISO 4217 code, any the platform knows: the workbook plans in any of them
 * (settings.ts lists the common ones first), and a CRM file may be in any ("KRW", "SEK"), its
 * figures shown in it. Apart from format.ts, so the amount reader (in a worker) does not load the
 * formatters.
 */

/** An ISO 4217 code ("USD", "KRW", "SEK"): any Intl can format. */
export type CurrencyCode = string;

let isoCodes: Set<string> | null = null;

/**
 * Whether `text` is a currency's ISO 4217 code as the platform knows them ("SEK", "CZK", not
 * "PCS"). A platform that cannot list them takes any three capital letters, which Intl formats
 * with the code as its sign.
 */
export function isCurrencyCode(text: string): text is CurrencyCode {
  if (!/^[A-Z]{3}$/.test(text)) return false;
  isoCodes ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return isoCodes.size === 0 || isoCodes.has(text);
}

/**
 * Whether the workbook can plan in `code`: an ISO 4217 code as Intl writes it ("KRW", never "krw"
 * or "₩"), which Intl formats. Not the platform's list of codes, which differs between browsers
 * and versions: a workbook saved in one must read in another.
 */
export function canFormatCurrency(code: unknown): code is CurrencyCode {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code as string }).resolvedOptions().currency === code;
  } catch {
    return false;
  }
}
