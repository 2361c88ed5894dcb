/**
 * Currencies by their ISO 4217 code, any the platform knows: the workbook plans in the few of
 * settings.ts `currencies`, but a CRM file may be in any ("KRW", "SEK"), and its figures are
 * shown in it. Apart from format.ts, so the amount reader (in a worker) does not load the formatters.
 */

/** An ISO 4217 code ("USD", "KRW", "SEK"): the workbook's own currencies and every other Intl knows. */
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
