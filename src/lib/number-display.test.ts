import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './number';
import { groupedInput } from './number-display';

describe('groupedInput shows a typed number grouped in the page style', () => {
  it.each([
    ['1200000', 'money', 'en', '1,200,000'],
    ['1200000', 'money', 'zh-CN', '1,200,000'],
    ['1200000', 'money', 'zh-TW', '1,200,000'],
    // Polish groups with a no-break space, and only from five digits on.
    ['1200000', 'money', 'pl', '1\u00a0200\u00a0000'],
    ['1200', 'money', 'pl', '1200'],
    ['1 200 000,5', 'money', 'en', '1,200,000.5'],
    ['1.234,5', 'money', 'en', '1,234.5'],
    ['1,234.5', 'money', 'pl', '1234,5'],
    ['12.5', 'percent', 'en', '12.5'],
    ['12,5 %', 'percent', 'pl', '12,5'],
    ['0.125', 'number', 'en', '0.125'],
    ['-3.25', 'number', 'en', '-3.25'],
    ['1e3', 'money', 'en', '1,000'],
    // A fraction in a count is still shown as the number it is (the field says why it is wrong).
    ['2.5', 'count', 'en', '2.5'],
  ] as const)('%j (%s) in %s → %j', (raw, kind, locale, shown) => {
    expect(groupedInput(raw, kind, locale)).toBe(shown);
  });

  it.each(['', '  ', 'abc', '1.2.3', '1,23,4'])('leaves %j as typed', (raw) => {
    expect(groupedInput(raw, 'money', 'en')).toBeNull();
  });

  it('shows what reads back as the same number, in every locale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 100) / 100),
        fc.constantFrom('en', 'zh-CN', 'zh-TW', 'pl'),
        (value, locale) => {
          const shown = groupedInput(String(value), 'number', locale);
          expect(shown).not.toBeNull();
          // What the field shows, typed again, is the same number: no locale's grouping misleads the parser.
          const again = parseNumber(shown!, { kind: 'number' });
          expect(again).toEqual({ ok: true, value: value === 0 ? 0 : value });
        },
      ),
    );
  });
});
