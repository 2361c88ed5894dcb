import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS, printable, textLength, textLimit, withinLimit } from './text-limit';

describe('text limits', () => {
  it('count characters as a reader does', () => {
    expect(textLength('')).toBe(0);
    expect(textLength('abc')).toBe(3);
    expect(textLength('市场部')).toBe(3);
    // A character outside the first plane is two UTF-16 units but one character.
    expect(textLength('𠀀😀')).toBe(2);
  });

  it.each([
    // 200-character line: the count shows from 160 (80 %), the excess counts from 201.
    ['a'.repeat(159), 200, { length: 159, max: 200, over: 0, showCount: false }],
    ['a'.repeat(160), 200, { length: 160, max: 200, over: 0, showCount: true }],
    ['a'.repeat(200), 200, { length: 200, max: 200, over: 0, showCount: true }],
    ['a'.repeat(201), 200, { length: 201, max: 200, over: 1, showCount: true }],
    // A 100,000-character paste into a 2,000-character paragraph is 98,000 over.
    ['x'.repeat(100_000), 2000, { length: 100_000, max: 2000, over: 98_000, showCount: true }],
  ])('a text of %#', (text, max, state) => {
    expect(textLimit(text, max)).toEqual(state);
  });

  it('say whether a text fits', () => {
    expect(withinLimit('a'.repeat(80), TEXT_LIMITS.name)).toBe(true);
    expect(withinLimit('a'.repeat(81), TEXT_LIMITS.name)).toBe(false);
  });

  it('are generous for their kind and ordered by it', () => {
    expect(TEXT_LIMITS.name).toBeLessThan(TEXT_LIMITS.line);
    expect(TEXT_LIMITS.item).toBeLessThan(TEXT_LIMITS.text);
  });
});

describe('printable', () => {
  it('prints a name within its 80 characters as it is', () => {
    expect(printable('Łódzkie Żurawie', 'name')).toEqual({ text: 'Łódzkie Żurawie' });
    expect(printable('x'.repeat(80), 'name')).toEqual({ text: 'x'.repeat(80) });
  });

  it('leaves a name past its limit out of print and says by how much, counting code points', () => {
    expect(printable('x'.repeat(81), 'name')).toEqual({ over: 1, max: 80 });
    // 100 emoji are 200 UTF-16 units but 100 characters: 20 over.
    expect(printable('😀'.repeat(100), 'name')).toEqual({ over: 20, max: 80 });
    expect(printable('a'.repeat(2500), 'text')).toEqual({ over: 500, max: 2000 });
  });
});
