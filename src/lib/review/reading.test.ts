import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberRule } from '../number';
import { decimalMark, localReading, showsReading } from './reading';

const count: NumberRule = { kind: 'count' };
const money: NumberRule = { kind: 'money', currency: 'USD' };
const zloty: NumberRule = { kind: 'money', currency: 'PLN' };
const percent: NumberRule = { kind: 'percent' };

/** What the parser reads, then whether the page shows it. */
function shown(text: string, rule: NumberRule, locale: string): boolean {
  const read = parseNumber(text, rule);
  if (!read.ok) throw new Error(`${text} does not read`);
  return showsReading(text, read.value, locale);
}

describe('decimalMark', () => {
  it('is the page language’s', () => {
    expect(decimalMark('en')).toBe('.');
    expect(decimalMark('zh-CN')).toBe('.');
    expect(decimalMark('pl')).toBe(',');
  });
});

describe('localReading', () => {
  it.each([
    ['1.000', 'en', 1],
    ['1.000', 'pl', 1000],
    ['1,500', 'en', 1500],
    ['1,500', 'pl', 1.5],
    ['$384,000.00', 'en', 384_000],
    ['384 000,00 zł', 'pl', 384_000],
    ['12,5%', 'en', 125],
    ['abc', 'en', Number.NaN],
  ])('%j to a reader of %s is %d', (text, locale, value) => {
    expect(localReading(text, locale)).toBe(value);
  });
});

describe('showsReading: the field says how it read a mark its reader would read otherwise', () => {
  it.each([
    // text, rule, page → shown?
    ['1.000', count, 'en', true], // a thousand leads; an English reader would see one
    ['1.000', count, 'pl', false], // a Polish reader sees a thousand already
    ['1,500', count, 'en', false],
    ['1,500', count, 'pl', true], // fifteen hundred; a Polish reader would see one and a half
    ['12,5', percent, 'en', true],
    ['12,5', percent, 'pl', false],
    ['1200', count, 'en', false], // no mark, nothing to say
    ['1 200', count, 'pl', false],
    ['$384,000.00', money, 'en', false],
    ['384 000,00 zł', zloty, 'pl', false],
    ['1.500', money, 'pl', true], // one and a half złoty, which a Polish reader might take for 1500
    ['1.500', money, 'en', false],
  ] as const)('%j as %o on a %s page: %s', (text, rule, locale, expected) => {
    expect(shown(text, rule, locale)).toBe(expected);
  });
});
