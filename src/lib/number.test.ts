import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MAGNITUDE, parseNumber, readNumber, type NumberRule } from './number';

const money: NumberRule = { kind: 'money' };
const percent: NumberRule = { kind: 'percent' };
const count: NumberRule = { kind: 'count' };
const anyNumber: NumberRule = { kind: 'number' };

describe('parseNumber accepts what people type', () => {
  it.each([
    ['1234.5', money, 1234.5],
    ['1,234.5', money, 1234.5],
    ['1,234,567', money, 1234567],
    [' 42 ', count, 42],
    ['12%', percent, 12],
    ['12 %', percent, 12],
    ['12', percent, 12],
    ['0.5', percent, 0.5],
    ['.5', money, 0.5],
    ['+7', money, 7],
    ['-3.25', anyNumber, -3.25],
    ['１２３', count, 123],
    ['1e3', money, 1000],
    ['-0', money, 0],
    // What a Polish (or German, French…) user types: decimal commas, spaces or dots between groups.
    ['1 234,5', money, 1234.5],
    ['1\u00a0234,5', money, 1234.5],
    ['1.234,5', money, 1234.5],
    ['1.234.567', money, 1234567],
    ['12,5 %', percent, 12.5],
    ['12,5', percent, 12.5],
    ['1,23', money, 1.23],
    ['0,125', anyNumber, 0.125],
    [',5', money, 0.5],
    ["1'234.5", money, 1234.5],
    ['-3,25', anyNumber, -3.25],
  ] as const)('%j as %o gives %d', (raw, rule, expected) => {
    expect(parseNumber(raw, rule)).toEqual({ ok: true, value: expected });
  });
});

describe('parseNumber refuses with a reason', () => {
  it.each([
    ['', money, 'empty'],
    ['   ', money, 'empty'],
    ['abc', money, 'notANumber'],
    ['1.2.3', money, 'notANumber'],
    ['1,2,3', money, 'notANumber'],
    ['1,23,456', money, 'notANumber'],
    ['1.234,5,6', money, 'notANumber'],
    ['12,', money, 'notANumber'],
    [',', money, 'notANumber'],
    ['12%', money, 'notANumber'],
    ['NaN', money, 'notANumber'],
    ['Infinity', money, 'notANumber'],
    ['1e309', money, 'tooLarge'],
    ['1e16', money, 'tooLarge'],
    ['-5', money, 'negative'],
    ['-5%', percent, 'negative'],
    ['2.5', count, 'notWhole'],
    ['101', percent, 'outOfRange'],
    ['0', { kind: 'months', min: 1, max: 60 }, 'outOfRange'],
  ] as const)('%j as %o: %s', (raw, rule, code) => {
    const result = parseNumber(raw, rule);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('says which bounds were broken', () => {
    expect(parseNumber('150', percent)).toEqual({
      ok: false,
      problem: { code: 'outOfRange', min: 0, max: 100 },
    });
  });
});

describe('money in the workbook\'s currency, as copied from a spreadsheet', () => {
  it.each([
    ['$384,000.00', 'USD', 384_000],
    ['$ 384,000.00', 'USD', 384_000],
    ['US$384,000', 'USD', 384_000],
    ['384,000.00 USD', 'USD', 384_000],
    ['usd 1,200', 'USD', 1_200],
    ['$2,500,000', 'USD', 2_500_000],
    ['+$7', 'USD', 7],
    ['384 000,00 zł', 'PLN', 384_000],
    ['384\u00a0000,00\u00a0zł', 'PLN', 384_000],
    ['1.234,56 PLN', 'PLN', 1_234.56],
    ['¥384,000.00', 'CNY', 384_000],
    ['￥384,000.00', 'CNY', 384_000], // full-width, as a Chinese keyboard types it
    ['384,000元', 'CNY', 384_000],
    ['¥384,000', 'JPY', 384_000],
    ['NT$384,000.00', 'TWD', 384_000],
    ['$384,000.00', 'TWD', 384_000], // how Taiwan writes its own dollar
    ['€1.234,50', 'EUR', 1_234.5],
    ['1 234,50 €', 'EUR', 1_234.5],
    ["CHF 1'234.50", 'CHF', 1_234.5],
    ['HK$1,000', 'HKD', 1_000],
  ] as const)('%j in %s is %d', (raw, currency, expected) => {
    expect(parseNumber(raw, { kind: 'money', currency })).toEqual({ ok: true, value: expected });
  });

  it.each([
    // Any currency Intl knows: its code, and its signs as Intl writes them (in English, and narrow).
    ['₩3,000,000', 'KRW', 3_000_000],
    ['￦3,000,000', 'KRW', 3_000_000], // full-width, as a Korean or Taiwanese keyboard types it
    ['KRW 3,000,000', 'KRW', 3_000_000],
    ['3 000 000 KRW', 'KRW', 3_000_000],
    ['BHD 1.250', 'BHD', 1.25],
    ['1 250 kr', 'SEK', 1_250], // "kr" is the krona's in a SEK workbook, as "$" is Taiwan's in a TWD one
    ['R$ 9.000,00', 'BRL', 9_000], // "R$", not the dollar's "$"
    ['FCFA 5000', 'XAF', 5_000],
  ] as const)('%j in a %s workbook (a currency of no fixed list) is %d', (raw, currency, expected) => {
    expect(parseNumber(raw, { kind: 'money', currency })).toEqual({ ok: true, value: expected });
  });

  it('keeps every other check: a sign makes no bad number good', () => {
    const usd: NumberRule = { kind: 'money', currency: 'USD' };
    expect(parseNumber('-$5', usd)).toEqual({ ok: false, problem: { code: 'negative', min: 0, max: MAX_MAGNITUDE } });
    expect(parseNumber('$-5', usd).ok).toBe(false);
    for (const raw of ['$', '$$5', '$5$', '$ abc', '$1.2.3', 'US$', '$1e309', '5 $ 5'])
      expect(parseNumber(raw, usd).ok, raw).toBe(false);
    expect(readNumber('$1e309', usd)).toEqual({ ok: false, problem: { code: 'tooLarge' } });
  });

  it.each([
    ['€1,000', 'USD', '€', ['EUR']],
    ['1 000 EUR', 'PLN', 'EUR', ['EUR']],
    ['£20', 'USD', '£', ['GBP']],
    ['¥384,000', 'USD', '¥', ['CNY', 'JPY']],
    ['$384,000', 'CNY', '$', ['USD', 'TWD', 'AUD', 'CAD', 'SGD', 'HKD']],
    ['384 000 zł', 'USD', 'zł', ['PLN']],
    ['₩50,000', 'USD', '₩', []],
    ['$5', 'KRW', '$', ['USD', 'TWD', 'AUD', 'CAD', 'SGD', 'HKD']],
    ['5 €', 'BHD', '€', ['EUR']],
  ] as const)('%j in a %s workbook names the sign and the workbook\'s currency', (raw, currency, sign, currencies) => {
    expect(readNumber(raw, { kind: 'money', currency })).toEqual({
      ok: false,
      problem: { code: 'otherCurrency', sign, currencies, expected: currency },
    });
    // Callers that know only the shared problems hear that it is not a number, never a value.
    expect(parseNumber(raw, { kind: 'money', currency })).toEqual({ ok: false, problem: { code: 'notANumber' } });
  });

  it('accepts no currency sign in counts, percentages, or money whose currency is not known', () => {
    expect(parseNumber('$5', { kind: 'count' }).ok).toBe(false);
    expect(parseNumber('$5', { kind: 'percent' }).ok).toBe(false);
    expect(parseNumber('5 zł', { kind: 'number' }).ok).toBe(false);
    expect(parseNumber('$5', money).ok).toBe(false);
    expect(readNumber('€abc', { kind: 'money', currency: 'USD' })).toEqual({ ok: false, problem: { code: 'notANumber' } });
  });
});

describe('a dot before three digits in a count is grouping: a count has no decimals', () => {
  it.each([
    ['1.000', 1_000],
    ['1.500', 1_500],
    ['12.000', 12_000],
    ['-1.000', -1_000],
    ['1.000.000', 1_000_000],
  ])('%j leads are %d', (raw, expected) => {
    expect(parseNumber(raw, { kind: 'count', min: -MAX_MAGNITUDE })).toEqual({ ok: true, value: expected });
  });

  it('refuses what still cannot be whole, and keeps the decimal dot everywhere else', () => {
    for (const raw of ['1.5', '1.50', '0.500', '12.5000'])
      expect(parseNumber(raw, count), raw).toEqual({ ok: false, problem: { code: 'notWhole' } });
    // Not three digits after the dot: a decimal, which happens to be whole.
    expect(parseNumber('1.0000', count)).toEqual({ ok: true, value: 1 });
    expect(parseNumber('1000.000', count)).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('1.500', money)).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber('1.500', anyNumber)).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber('1.000', percent)).toEqual({ ok: true, value: 1 });
  });
});

describe('parseNumber properties', () => {
  const kinds: NumberRule[] = [money, percent, count, anyNumber, { kind: 'days' }, { kind: 'months' }];

  it('never lets NaN or Infinity out, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...kinds), (raw, rule) => {
        const result = parseNumber(raw, rule);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(Math.abs(result.value)).toBeLessThanOrEqual(MAX_MAGNITUDE);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets NaN or Infinity out of number-like text either', () => {
    const numberish = fc.stringMatching(/^[ +\-]?[0-9.,eE%]{0,24}$/);
    fc.assert(
      fc.property(numberish, fc.constantFrom(...kinds), (raw, rule) => {
        const result = parseNumber(raw, rule);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any finite number it printed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        expect(parseNumber(String(value), anyNumber)).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });
});
