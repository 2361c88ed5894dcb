import { describe, expect, it } from 'vitest';
import { formatTyped, labelled, parseTyped, punctuation } from './format-typed';

// Intl output contains narrow no-break spaces in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('typed inputs shown back as figures', () => {
  it('reads typed inputs as the fields read them', () => {
    expect(parseTyped('1250000', 'money')).toBe(1_250_000);
    expect(parseTyped(' 1,250,000 ', 'money')).toBe(1_250_000);
    expect(parseTyped('12.5%', 'percent')).toBe(12.5);
    expect(parseTyped('150', 'percent')).toBe(150);
    expect(parseTyped('-3', 'number')).toBe(-3);
    expect(parseTyped('12k', 'money')).toBeNull();
    expect(parseTyped('', 'number')).toBeNull();
  });

  it('shows typed inputs formatted, or as typed when they are not numbers', () => {
    const en = { locale: 'en', currency: 'USD' } as const;
    const zh = { locale: 'zh-CN', currency: 'CNY' } as const;
    expect(plain(formatTyped('1250000', 'money', en))).toBe('$1,250,000');
    expect(plain(formatTyped('24000', 'money', en))).toBe('$24,000');
    expect(plain(formatTyped('48', 'money', en))).toBe('$48');
    expect(plain(formatTyped('1250000', 'money', zh))).toBe('¥1,250,000');
    expect(plain(formatTyped('4.5', 'money', zh))).toBe('¥4.50');
    expect(plain(formatTyped('48', 'money', { ...en, moneyDigits: 2 }))).toBe('$48.00');
    expect(formatTyped('12.5', 'percent', en)).toBe('12.5%');
    expect(formatTyped('30%', 'percent', zh)).toBe('30%');
    expect(formatTyped('12.345', 'percent', en)).toBe('12.35%');
    expect(formatTyped('1200', 'number', zh)).toBe('1,200');
    expect(formatTyped('0.5', 'number', en)).toBe('0.5');
    expect(formatTyped('12k', 'money', en)).toBe('12k USD');
    expect(formatTyped(' lots ', 'number', en)).toBe('lots');
    expect(formatTyped('  ', 'money', en)).toBe('');
  });

  it('joins labels and values with the language\'s punctuation', () => {
    expect(labelled('Leads', '125', 'en')).toBe('Leads: 125');
    expect(labelled('线索数', '125', 'zh-CN')).toBe('线索数：125');
    expect(punctuation('zh-CN').semicolon).toBe('；');
    expect(punctuation('en').semicolon).toBe('; ');
    expect(punctuation('zh').open).toBe('（');
  });
});
