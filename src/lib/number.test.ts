import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MAGNITUDE, parseNumber, type NumberRule } from './number';

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
