import { describe, expect, it } from 'vitest';
import { formatMoney } from '../format';
import { fileCurrency } from './currency';

describe('fileCurrency', () => {
  it('shows a file that names no currency, or the workbook’s, in the workbook’s', () => {
    expect(fileCurrency(null, 'EUR')).toEqual({ shown: 'EUR', differs: null });
    expect(fileCurrency('EUR', 'EUR')).toEqual({ shown: 'EUR', differs: null });
    // "$" may be US or Canadian dollars; "¥" yuan or yen.
    expect(fileCurrency('$', 'CAD')).toEqual({ shown: 'CAD', differs: null });
    expect(fileCurrency('¥', 'JPY')).toEqual({ shown: 'JPY', differs: null });
  });

  it('shows a file in another currency in its own, and says which', () => {
    expect(fileCurrency('PLN', 'USD')).toEqual({ shown: 'PLN', differs: 'PLN' });
    expect(fileCurrency('$', 'EUR')).toEqual({ shown: 'USD', differs: 'USD' });
    expect(fileCurrency('¥', 'USD')).toEqual({ shown: 'CNY', differs: 'CNY' });
  });

  it('shows a file in a currency the workbook does not plan in in that currency, never the workbook’s', () => {
    // The amount reader names "₩1,000,000" KRW, "Kč" CZK, "50 000 SEK" SEK.
    expect(fileCurrency('KRW', 'USD')).toEqual({ shown: 'KRW', differs: 'KRW' });
    expect(fileCurrency('SEK', 'PLN')).toEqual({ shown: 'SEK', differs: 'SEK' });
    expect(fileCurrency('CZK', 'EUR')).toEqual({ shown: 'CZK', differs: 'CZK' });
    expect(fileCurrency('BRL', 'USD')).toEqual({ shown: 'BRL', differs: 'BRL' });
  });

  it('shows a file whose mark names no one currency with that mark, as written', () => {
    // "kr": Swedish, Norwegian, Danish or Icelandic crowns; "₾" a sign the reader has no code for.
    expect(fileCurrency('kr', 'USD')).toEqual({ shown: { mark: 'kr' }, differs: 'kr' });
    expect(fileCurrency('₾', 'EUR')).toEqual({ shown: { mark: '₾' }, differs: '₾' });
  });

  it('draws a KRW file in won, without decimals, in a dollar workbook; a "kr" file as numbers with "kr"', () => {
    const money = (mark: string, value: number, locale = 'en') => formatMoney(value, { locale, currency: fileCurrency(mark, 'USD').shown }).replace(/[\u00a0\u202f]/g, ' ');
    expect(money('KRW', 1_000_000)).toBe('₩1,000,000');
    expect(money('KRW', 1_500_000.4)).toBe('₩1,500,000');
    expect(money('KRW', 1_000_000, 'pl')).toBe('1 000 000 KRW');
    expect(money('SEK', 12_500)).toBe('SEK 12,500');
    expect(money('SEK', 12_500, 'pl')).toBe('12 500 SEK');
    expect(money('kr', 12_500)).toBe('12,500 kr');
    expect(money('kr', 12_500, 'pl')).toBe('12 500 kr');
    // A listed currency, and the workbook's own, as before.
    expect(money('EUR', 12_500)).toBe('€12,500');
    expect(money('USD', 12_500)).toBe('$12,500');
    expect(money('$', 12_500)).toBe('$12,500');
  });
});
