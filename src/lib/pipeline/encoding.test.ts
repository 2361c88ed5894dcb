import { describe, expect, it } from 'vitest';
import { sniffEncoding } from './encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) => new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);

describe('sniffEncoding', () => {
  it.each([
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x41, 0x2c), { ok: true, encoding: 'utf-8', bom: true }],
    ['UTF-8 without one', new TextEncoder().encode('Stage,Amount\n赢单,100'), { ok: true, encoding: 'utf-8', bom: false }],
    ['UTF-16LE with a mark', bytes(0xff, 0xfe, 0x41, 0x00), { ok: true, encoding: 'utf-16le', bom: true }],
    ['UTF-16BE with a mark', bytes(0xfe, 0xff, 0x00, 0x41), { ok: true, encoding: 'utf-16be', bom: true }],
    ['UTF-16LE without a mark', utf16le('Stage\tAmount\r\nWon\t100'), { ok: true, encoding: 'utf-16le', bom: false }],
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

  it('decodes the GB18030 guess as Chinese through the platform decoder', () => {
    expect(new TextDecoder('gb18030').decode(bytes(0xcf, 0xfa, 0xca, 0xdb, 0xbd, 0xd7, 0xb6, 0xce))).toBe('销售阶段');
  });
});
