import { describe, expect, it } from 'vitest';
import { formatBytes, formatFigure, formatMoney, formatMonth, formatPercent } from './format';

// Intl output contains narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting through Intl', () => {
  it.each([
    [1234.5, 'en', 'USD', '$1,234.50'],
    [1234.5, 'zh-CN', 'CNY', '¥1,234.50'],
    [1234.5, 'en', 'JPY', '¥1,235'],
    [2_000_000, 'en', 'EUR', '€2,000,000'],
    [-50, 'en', 'GBP', '-£50.00'],
    [2000, 'en', 'PLN', 'PLN 2,000.00'],
  ] as const)('money %d in %s %s is %s', (value, locale, currency, expected) => {
    expect(plain(formatMoney(value, { locale, currency }))).toBe(expected);
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

  it('sizes in bytes', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
  });
});
