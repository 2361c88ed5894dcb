import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  formatBytes,
  formatDate,
  formatFigure,
  formatMoney,
  formatMoneyColumn,
  formatMonth,
  formatPercent,
  moneyFractionDigits,
} from './format';

// Intl output contains narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting through Intl', () => {
  it.each([
    // Whole currency units from 100 up: cents there are noise.
    [1234.5, 'en', 'USD', '$1,235'],
    [1234.5, 'zh-CN', 'CNY', '¥1,235'],
    [3000, 'en', 'USD', '$3,000'],
    [6400, 'en', 'USD', '$6,400'],
    [26_666.67, 'en', 'USD', '$26,667'],
    [38_500, 'zh-CN', 'USD', 'US$38,500'],
    [2_000_000, 'en', 'EUR', '€2,000,000'],
    [2000, 'en', 'PLN', 'PLN 2,000'],
    [100, 'en', 'USD', '$100'],
    [99.995, 'en', 'USD', '$100'],
    // Under 100: whole amounts without ".00", cents only where there are cents.
    [48, 'en', 'USD', '$48'],
    [48, 'zh-CN', 'CNY', '¥48'],
    [-50, 'en', 'GBP', '-£50'],
    [4.5, 'en', 'USD', '$4.50'],
    [4.5, 'zh-CN', 'CNY', '¥4.50'],
    [99.99, 'en', 'USD', '$99.99'],
    [0.004, 'en', 'USD', '$0'],
    [0, 'zh-CN', 'CNY', '¥0'],
    // JPY has no minor unit at all.
    [1234.5, 'en', 'JPY', '¥1,235'],
    [4.5, 'en', 'JPY', '¥5'],
    [48, 'zh-CN', 'JPY', 'JP¥48'],
  ] as const)('money %d in %s %s is %s', (value, locale, currency, expected) => {
    expect(plain(formatMoney(value, { locale, currency }))).toBe(expected);
  });

  it('knows each currency\'s minor unit', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('CNY')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    // Any code Intl knows, not only the workbook's: the won has no minor unit, the krona has öre.
    expect(currencyDigits('KRW')).toBe(0);
    expect(currencyDigits('SEK')).toBe(2);
    expect(currencyDigits('BHD')).toBe(3);
    expect(currencyDigits('KWD')).toBe(3);
    // A currency known only by its mark is taken to have cents.
    expect(currencyDigits({ mark: 'kr' })).toBe(2);
  });

  it.each([
    // A currency the workbook does not plan in is shown with its own sign or code, and decimals.
    [1_000_000, 'en', 'KRW', '₩1,000,000'],
    [4.5, 'en', 'KRW', '₩5'],
    [1_000_000, 'pl', 'KRW', '1 000 000 KRW'],
    [12_500, 'en', 'SEK', 'SEK 12,500'],
    [12.5, 'en', 'SEK', 'SEK 12.50'],
    [12_500, 'pl', 'SEK', '12 500 SEK'],
    [9000, 'en', 'BRL', 'R$9,000'],
    // The won and the forint have no minor unit in Intl, the Bahraini dinar three decimals.
    [3_000_000, 'en', 'KRW', '₩3,000,000'],
    [2_999_999.5, 'en', 'KRW', '₩3,000,000'],
    [4.125, 'en', 'BHD', 'BHD 4.125'],
    [4, 'en', 'BHD', 'BHD 4'],
    [1234.5678, 'en', 'BHD', 'BHD 1,235'],
    [4.125, 'pl', 'BHD', '4,125 BHD'],
  ] as const)('money %d in %s %s, a currency the workbook does not list, is %s', (value, locale, currency, expected) => {
    expect(plain(formatMoney(value, { locale, currency }))).toBe(expected);
  });

  it('shows money in a currency known only by its mark as a grouped number followed by the mark, never a currency sign', () => {
    const kr = { mark: 'kr' };
    expect(plain(formatMoney(3500, { locale: 'en', currency: kr }))).toBe('3,500 kr');
    expect(plain(formatMoney(3500, { locale: 'pl', currency: kr }))).toBe('3500 kr');
    expect(plain(formatMoney(1_250_000, { locale: 'pl', currency: kr }))).toBe('1 250 000 kr');
    expect(plain(formatMoney(-40, { locale: 'en', currency: kr }))).toBe('-40 kr');
    expect(formatMoneyColumn([20_000, 4.5], { locale: 'en', currency: kr }).map(plain)).toEqual(['20,000.00 kr', '4.50 kr']);
    // The mark stays with its number on a line.
    expect(formatMoney(3500, { locale: 'en', currency: kr })).toBe('3,500\u00a0kr');
  });

  it('gives a set of money figures one number of decimals', () => {
    expect(moneyFractionDigits([20_000, 14_000, 3000], 'USD')).toBe(0);
    expect(moneyFractionDigits([38_500, 48], 'CNY')).toBe(0);
    expect(moneyFractionDigits([38_500, 4.5], 'USD')).toBe(2);
    expect(moneyFractionDigits([38_500, 4.5], 'JPY')).toBe(0);
    expect(moneyFractionDigits([150.5, 2000], 'USD')).toBe(0);
    expect(moneyFractionDigits([Number.NaN, 12], 'USD')).toBe(0);
    expect(moneyFractionDigits([], 'USD')).toBe(0);
    // Three decimals for the dinar where a small amount has fils; never any for the won.
    expect(moneyFractionDigits([38_500, 4.125], 'BHD')).toBe(3);
    expect(moneyFractionDigits([38_500, 4.5], 'BHD')).toBe(3);
    expect(moneyFractionDigits([38_500, 4], 'BHD')).toBe(0);
    expect(moneyFractionDigits([3_000_000, 4.5], 'KRW')).toBe(0);
    expect(formatMoneyColumn([38_500, 4.5], { locale: 'en', currency: 'BHD' }).map(plain)).toEqual(['BHD 38,500.000', 'BHD 4.500']);

    // The weighted-pipeline rows: one column, no ".00" on one row only.
    expect(formatMoneyColumn([20_000, 14_000, 3000], { locale: 'en', currency: 'USD' }).map(plain)).toEqual([
      '$20,000',
      '$14,000',
      '$3,000',
    ]);
    // A small amount with cents gives the whole column cents.
    expect(formatMoneyColumn([38_500, 4.5], { locale: 'zh-CN', currency: 'CNY' }).map(plain)).toEqual(['¥38,500.00', '¥4.50']);
    expect(formatMoneyColumn([38_500, 4.5], { locale: 'en', currency: 'JPY' }).map(plain)).toEqual(['¥38,500', '¥5']);
    // A figure too large to hold its cents (10^15: a float's step there is 0.125) puts the set in
    // whole units: 10^15 − 0.3 is 999,999,999,999,999.8 in floating point, and its ".80" would be noise.
    expect(moneyFractionDigits([1e15, 0.3, 1e15 - 0.3], 'USD')).toBe(0);
    expect(formatMoneyColumn([1e15, 0.1 + 0.2, 1e15 - (0.1 + 0.2)], { locale: 'en', currency: 'USD' }).map(plain)).toEqual([
      '$1,000,000,000,000,000',
      '$0',
      '$1,000,000,000,000,000',
    ]);
    // Below 2^53 cents (about 9 × 10^13) the cents are exact and are shown.
    expect(formatMoneyColumn([90_000_000_000_000, 0.3], { locale: 'en', currency: 'USD' }).map(plain)).toEqual([
      '$90,000,000,000,000.00',
      '$0.30',
    ]);
    // A shared choice given through the options overrides the per-value one.
    expect(plain(formatMoney(6400, { locale: 'en', currency: 'USD', moneyDigits: 2 }))).toBe('$6,400.00');
    expect(plain(formatFigure(48, 'money', { locale: 'en', currency: 'USD', moneyDigits: 0 }))).toBe('$48');
  });

  it('formats percentages given as percent', () => {
    expect(formatPercent(30, 'en')).toBe('30%');
    expect(formatPercent(12.345, 'en')).toBe('12.3%');
    expect(formatPercent(-4.5, 'zh-CN')).toBe('-4.5%');
  });

  it('formats every kind of figure', () => {
    const options = { locale: 'en', currency: 'USD' } as const;
    expect(formatFigure(4.25, 'multiple', options)).toBe('4.25×');
    expect(formatFigure(1234.6, 'count', options)).toBe('1,235');
    expect(formatFigure(14.5, 'months', options)).toBe('14.5 months');
    expect(formatFigure(3, 'days', { locale: 'zh-CN', currency: 'USD' })).toBe('3天');
  });

  it('names months in the page language', () => {
    expect(formatMonth('2027-01', 'en')).toBe('January 2027');
    expect(formatMonth('2027-01', 'zh-CN')).toBe('2027年1月');
    expect(formatMonth('2027-01', 'en', -2)).toBe('November 2026');
  });

  it('shows a calendar day as that day west of Greenwich too, and a moment on the local calendar', () => {
    const zone = process.env.TZ;
    // Node follows a change of TZ at once: the day a CRM file gives, read in Los Angeles.
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
      expect(formatDate('2026-03-03', 'zh-CN')).toBe('2026年3月3日');
      // 02:00 UTC on 1 January is still 31 December in Los Angeles (UTC−8).
      expect(formatDate('2026-01-01T02:00:00.000Z', 'en')).toBe('Dec 31, 2025');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('sizes in one unit style, the short symbols, in every language', () => {
    expect(formatBytes(2048, 'en')).toBe('2 kB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3 MB');
    // 1,002 bytes ÷ 1,024 = 0.98 kB → 1 kB; 512 bytes = 0.5 kB; 71 bytes = 0.07 kB, shown as 0.1 kB.
    expect(formatBytes(1002, 'zh-CN')).toBe('1 kB');
    expect(formatBytes(512, 'en')).toBe('0.5 kB');
    expect(formatBytes(71, 'en')).toBe('0.1 kB');
    expect(formatBytes(1, 'zh-CN')).toBe('0.1 kB');
    expect(formatBytes(0, 'en')).toBe('0 kB');
    // 7,373 bytes = 7.2 kB in each language's digits.
    expect(formatBytes(7373, 'zh-CN')).toBe('7.2 kB');
    expect(formatBytes(7373, 'zh-TW')).toBe('7.2 kB');
    expect(formatBytes(7373, 'pl')).toBe('7,2 kB');
  });
});
