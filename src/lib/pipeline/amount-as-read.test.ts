import { describe, expect, it } from 'vitest';
import { formatAmountAsRead } from './amount-as-read';

// Intl output contains narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAmountAsRead', () => {
  it.each([
    // The decimals a value was read with show, so the decimal mark can be checked against them.
    [1234.5, 'pl', 'PLN', '1234,50 zł'],
    [1234.5, 'en', 'USD', '$1,234.50'],
    [1.234, 'en', 'EUR', '€1.234'],
    [12000, 'en', 'USD', '$12,000'],
    [12000, 'pl', 'PLN', '12 000 zł'],
    [-1200, 'en', 'USD', '-$1,200'],
    [12.5, 'en', 'JPY', '¥12.5'],
    [1000, 'zh-CN', 'CNY', '¥1,000'],
  ] as const)('shows %d in %s %s as %s', (value, locale, currency, expected) => {
    expect(plain(formatAmountAsRead(value, { locale, currency }))).toBe(expected);
  });
});
