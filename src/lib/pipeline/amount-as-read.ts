/**
 * An amount as the import read it, for the user to check the decimal mark against the file:
 * every decimal it has, at least the currency's own where it has any ("1 234,50 zł" reads back
 * as 1234,50 zł, not the 1235 zł a figure rounds to), whole units where it has none.
 */
import { currencyDigits, formatMoney, type FormatOptions } from '../format';

/** Decimals shown at most: more than any amount a file writes. */
const MAX_DECIMALS = 6;

export function formatAmountAsRead(value: number, options: FormatOptions): string {
  const fraction = Number.isInteger(value) ? '' : (value.toFixed(MAX_DECIMALS).split('.')[1] ?? '').replace(/0+$/, '');
  const moneyDigits = fraction === '' ? 0 : Math.max(currencyDigits(options.currency), fraction.length);
  return formatMoney(value, { ...options, moneyDigits });
}
