/**
 * The currencies the settings offer: the common ones first, in their own order, then every
 * other currency Intl knows, by name as the page's language sorts names. Built where the page is
 * (the server renders the list for its language), not in the browser.
 */
import type { CurrencyCode } from './currency-code';
import { commonCurrencies } from './settings';

export interface CurrencyChoice {
  code: CurrencyCode;
  /** Its name in the page's language ("South Korean Won", "韩元"), or the code where Intl has none. */
  name: string;
}

export interface CurrencyChoices {
  common: CurrencyChoice[];
  others: CurrencyChoice[];
}

/** `known`: the codes to offer beyond the common ones (by default every one Intl lists). */
export function currencyChoices(
  lang: string,
  known: readonly string[] = typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('currency')
    : [],
): CurrencyChoices {
  const names = new Intl.DisplayNames([lang], { type: 'currency', fallback: 'code' });
  const choice = (code: CurrencyCode): CurrencyChoice => ({ code, name: names.of(code) ?? code });
  const common: readonly string[] = commonCurrencies;
  const byName = new Intl.Collator(lang).compare;
  return {
    common: commonCurrencies.map(choice),
    others: [...new Set(known)]
      .filter((code) => !common.includes(code))
      .map(choice)
      .sort((a, b) => byName(a.name, b.name) || byName(a.code, b.code)),
  };
}
