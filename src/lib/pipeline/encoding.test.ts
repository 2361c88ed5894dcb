import { describe, expect, it } from 'vitest';
import { frequentChinese, sniffEncoding } from './encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const utf16le = (text: string) => new Uint8Array(units(text).flatMap((unit) => [unit & 0xff, unit >> 8]));
const utf16be = (text: string) => new Uint8Array(units(text).flatMap((unit) => [unit >> 8, unit & 0xff]));
// Mostly Chinese, with characters whose low byte is zero (销 U+9500, 一 U+4E00): zero bytes on
// both sides, and few ASCII characters but the tabs, line breaks and digits.
const chineseSheet = '销售阶段\t金额\t创建日期\r\n赢单\t1000\t2026/01/05\r\n王一\t输单\t500\r\n';

describe('sniffEncoding', () => {
  it.each([
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x41, 0x2c), { ok: true, encoding: 'utf-8', bom: true }],
    ['UTF-8 without one', new TextEncoder().encode('Stage,Amount\n赢单,100'), { ok: true, encoding: 'utf-8', bom: false }],
    ['UTF-16LE with a mark', bytes(0xff, 0xfe, 0x41, 0x00), { ok: true, encoding: 'utf-16le', bom: true }],
    ['UTF-16BE with a mark', bytes(0xfe, 0xff, 0x00, 0x41), { ok: true, encoding: 'utf-16be', bom: true }],
    ['UTF-16LE without a mark', utf16le('Stage\tAmount\r\nWon\t100'), { ok: true, encoding: 'utf-16le', bom: false }],
    ['UTF-16LE without a mark, mostly Chinese', utf16le(chineseSheet), { ok: true, encoding: 'utf-16le', bom: false }],
    ['UTF-16BE without a mark, mostly Chinese', utf16be(chineseSheet), { ok: true, encoding: 'utf-16be', bom: false }],
    // "销售阶段" in GBK: not valid UTF-8.
    ['GBK / GB18030', bytes(0xcf, 0xfa, 0xca, 0xdb, 0xbd, 0xd7, 0xb6, 0xce, 0x2c, 0x31), { ok: true, encoding: 'gb18030', bom: false }],
  ] as const)('reads %s', (_name, head, expected) => {
    expect(sniffEncoding(head)).toEqual(expected);
  });

  it.each([
    ['an empty file', bytes(), 'empty'],
    ['a PNG renamed .csv', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'notText'],
    ['an .xlsx (a zip) renamed .csv', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'notText'],
    ['bytes with stray NULs', bytes(0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44), 'notText'],
  ] as const)('refuses %s', (_name, head, reason) => {
    expect(sniffEncoding(head)).toEqual({ ok: false, reason });
  });

  it('reads Big5 when the reader uses Traditional Chinese, or when the bytes are not valid GB18030', () => {
    // "銷售階段" in Big5.
    const big5 = bytes(0xbe, 0x50, 0xb0, 0xe2, 0xb6, 0xa5, 0xac, 0x71);
    expect(new TextDecoder('big5').decode(big5)).toBe('銷售階段');
    expect(sniffEncoding(big5, 'big5')).toEqual({ ok: true, encoding: 'big5', bom: false });
    // A GB18030 four-byte sequence (0x81 0x30 0x81 0x30) that Big5 cannot read.
    expect(sniffEncoding(bytes(0xcf, 0xfa, 0x81, 0x30, 0x81, 0x30), 'big5')).toMatchObject({ encoding: 'gb18030' });
  });

  it('reads Big5 text as Big5 on a page that prefers GB18030, though its bytes are valid GB18030 too', () => {
    // "銷售階段,金額" in Big5: BE50 B0E2 B6A5 AC71, 2C, AAF7 C342.
    const big5 = bytes(0xbe, 0x50, 0xb0, 0xe2, 0xb6, 0xa5, 0xac, 0x71, 0x2c, 0xaa, 0xf7, 0xc3, 0x42);
    expect(new TextDecoder('big5').decode(big5)).toBe('銷售階段,金額');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toBe('銷售階段,金額');
    expect(sniffEncoding(big5, 'gb18030')).toEqual({ ok: true, encoding: 'big5', bom: false });
  });

  it('reads GB18030 text as GB18030 on a page that prefers Big5, though its bytes are valid Big5 too', () => {
    // "销售阶段" in GB18030: CFFA CADB BDD7 B6CE; Big5 reads it as other characters.
    const gb = bytes(0xcf, 0xfa, 0xca, 0xdb, 0xbd, 0xd7, 0xb6, 0xce);
    expect(() => new TextDecoder('big5', { fatal: true }).decode(gb)).not.toThrow();
    expect(sniffEncoding(gb, 'big5')).toEqual({ ok: true, encoding: 'gb18030', bom: false });
  });

  it('counts the characters each Chinese encoding reads as frequent', () => {
    // BE50: Big5 only (second byte below A1). B0E2, B6A5: both. AC71: Big5 only. CFFA: GB only
    // (lead above C6). 81308130: a GB18030 four-byte character, neither. "a,": ASCII, neither.
    const head = bytes(0xbe, 0x50, 0xb0, 0xe2, 0xb6, 0xa5, 0xac, 0x71, 0xcf, 0xfa, 0x81, 0x30, 0x81, 0x30, 0x61, 0x2c);
    expect(frequentChinese(head)).toEqual({ gb18030: 3, big5: 4 });
  });

  it('decodes the GB18030 guess as Chinese through the platform decoder', () => {
    expect(new TextDecoder('gb18030').decode(bytes(0xcf, 0xfa, 0xca, 0xdb, 0xbd, 0xd7, 0xb6, 0xce))).toBe('销售阶段');
  });
});
