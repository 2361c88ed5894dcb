import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Check, rowAt } from './not-utf8';

const bytes = (...values: number[]) => new Uint8Array(values);

/** Where the platform's decoder first gives up on `data`: the shortest prefix it refuses, less one. */
function platformFailure(data: Uint8Array): number | null {
  for (let k = 0; k < data.length; k++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, k + 1), { stream: true });
    } catch {
      return k;
    }
  }
  return null;
}

/** The first invalid sequence Utf8Check finds in `data` read in `cuts` pieces. */
function checked(data: Uint8Array, cuts: number[]): number | null {
  const check = new Utf8Check();
  let start = 0;
  for (const end of [...cuts.filter((cut) => cut > 0 && cut < data.length).sort((a, b) => a - b), data.length]) {
    const found = check.push(data.subarray(start, end));
    if (found >= 0) return found;
    start = end;
  }
  return null;
}

describe('Utf8Check', () => {
  it.each([
    ['ASCII', bytes(0x41, 0x2c, 0x0a), null],
    ['two-, three- and four-byte characters', new TextEncoder().encode('zł 张伟 😀'), null],
    ['a lone continuation byte', bytes(0x41, 0x80, 0x41), 1],
    ['a lead byte followed by ASCII (GBK "张" then a comma)', bytes(0x41, 0xd5, 0xc5, 0x2c), 1],
    ['an overlong "/" (C0 AF)', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form (E0 80 80)', bytes(0xe0, 0x80, 0x80), 0],
    ['a UTF-16 surrogate (ED A0 80)', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 2],
    ['a code point past U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['F5 and above', bytes(0x41, 0xf5, 0x80, 0x80, 0x80), 1],
    ['windows-1250 "ł;" (B3 3B)', bytes(0x7a, 0xb3, 0x3b), 1],
  ])('finds the first invalid sequence in %s', (_name, data, expected) => {
    expect(checked(data, [])).toBe(expected);
  });

  it('says whether everything before the first invalid sequence was ASCII', () => {
    const ascii = new Utf8Check();
    expect([ascii.push(bytes(0x41, 0x2c)), ascii.push(bytes(0x42, 0xd5, 0xc5)), ascii.onlyAscii]).toEqual([-1, 3, true]);
    // "zł" in UTF-8, then windows-1250 "ł".
    const utf8 = new Utf8Check();
    expect([utf8.push(bytes(0x7a, 0xc5)), utf8.push(bytes(0x82, 0x3b, 0xb3, 0x3b)), utf8.onlyAscii]).toEqual([-1, 4, false]);
    // A character cut short by the invalid byte is not yet text before it.
    const cut = new Utf8Check();
    expect([cut.push(bytes(0x41, 0xe5, 0xbc, 0x41)), cut.onlyAscii]).toEqual([1, true]);
  });

  it('a character cut by the end of the bytes is not yet invalid; the end says so', () => {
    const check = new Utf8Check();
    expect(check.push(bytes(0x41, 0xe5, 0xbc))).toBe(-1);
    expect(check.end()).toBe(1);
    expect(new Utf8Check().end()).toBe(-1);
  });

  it('finds the sequence the platform decoder refuses, however the bytes are cut into reads', () => {
    // Bytes mostly from the edges of UTF-8: continuation bytes, lead bytes, their limits.
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xbf }), fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff));
    fc.assert(
      // After a run of ASCII of any length, so the words passed over at a time end anywhere.
      fc.property(fc.nat(40), fc.array(byte, { maxLength: 24 }), fc.uint8Array({ maxLength: 4 }), fc.array(fc.nat(72)), fc.nat(3), (ascii, picked, noise, cuts, shift) => {
        // Offset in its buffer by `shift`, as a read's bytes may be.
        const data = new Uint8Array([...Array(shift).fill(0), ...Array(ascii).fill(0x61), ...picked, ...noise]).subarray(shift);
        const found = checked(data, cuts);
        const refused = platformFailure(data);
        if (refused === null) {
          expect(found).toBeNull();
          return;
        }
        // The start of the sequence the decoder refuses: everything before it is whole UTF-8.
        expect(found).not.toBeNull();
        expect(found!).toBeLessThanOrEqual(refused);
        expect(refused - found!).toBeLessThan(4);
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, found!))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rowAt', () => {
  const file = (text: string) => new Blob([new TextEncoder().encode(text)]);

  it.each([
    ['the first line', 'Stage,Owner\r\nWon,Ann\r\n', 3, 1],
    ['the start of a row', 'Stage,Owner\r\nWon,Ann\r\nLost,Bo\r\n', 22, 3],
    ['a row past a quoted line break', 'Stage,Note\r\nWon,"two\r\nlines"\r\nLost,x\r\n', 35, 3],
    ['a row after blank lines', 'Stage\n\n\nWon\n', 9, 4],
    ['a row below Excel’s "sep=" line', 'sep=;\r\nStage;Owner\r\nWon;Ann\r\n', 24, 3],
    ['the second line of a quoted note', 'Stage,Note\r\nWon,"two\r\nthree\r\nlines"\r\nLost,x\r\n', 29, 2],
    ['a row after a quote that never closes', 'Stage,Note\r\n"Won,two\r\nLost,x\r\nLost,y\r\n', 31, 4],
  ])('numbers %s as the import does', async (_name, text, offset, row) => {
    expect(await rowAt(file(text), offset)).toBe(row);
  });
});
