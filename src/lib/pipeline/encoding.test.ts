import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { frequentChinese, sniffEncoding } from './encoding';
import { encodingAt, rowAt, watchUtf8 } from './not-utf8';

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

  it('reads Big5 on a Traditional Chinese page, or when the bytes are not valid GB18030', () => {
    // "銷售階段" in Big5.
    const big5 = bytes(0xbe, 0x50, 0xb0, 0xe2, 0xb6, 0xa5, 0xac, 0x71);
    expect(new TextDecoder('big5').decode(big5)).toBe('銷售階段');
    expect(sniffEncoding(big5, 'zh-TW')).toEqual({ ok: true, encoding: 'big5', bom: false });
    // A GB18030 four-byte sequence (0x81 0x30 0x81 0x30) that Big5 cannot read.
    expect(sniffEncoding(bytes(0xcf, 0xfa, 0x81, 0x30, 0x81, 0x30), 'zh-TW')).toMatchObject({ encoding: 'gb18030' });
  });

  it('reads Big5 text as Big5 on a page that prefers GB18030, though its bytes are valid GB18030 too', () => {
    // "銷售階段,金額" in Big5: BE50 B0E2 B6A5 AC71, 2C, AAF7 C342.
    const big5 = bytes(0xbe, 0x50, 0xb0, 0xe2, 0xb6, 0xa5, 0xac, 0x71, 0x2c, 0xaa, 0xf7, 0xc3, 0x42);
    expect(new TextDecoder('big5').decode(big5)).toBe('銷售階段,金額');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toBe('銷售階段,金額');
    expect(sniffEncoding(big5, 'zh-CN')).toEqual({ ok: true, encoding: 'big5', bom: false });
  });

  it('reads GB18030 text as GB18030 on a page that prefers Big5, though its bytes are valid Big5 too', () => {
    // "销售阶段" in GB18030: CFFA CADB BDD7 B6CE; Big5 reads it as other characters.
    const gb = bytes(0xcf, 0xfa, 0xca, 0xdb, 0xbd, 0xd7, 0xb6, 0xce);
    expect(() => new TextDecoder('big5', { fatal: true }).decode(gb)).not.toThrow();
    expect(sniffEncoding(gb, 'zh-TW')).toEqual({ ok: true, encoding: 'gb18030', bom: false });
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

// ---------------------------------------------------------------------------------------------
// Files from Polish, Western European and Chinese Excel, as iconv writes them.

/** Rows as a CRM or Excel writes them: fields with the delimiter quoted, CRLF. */
const csv = (rows: string[][], delimiter: string) =>
  rows.map((row) => row.map((field) => (/[";,\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(delimiter)).join('\r\n') + '\r\n';
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const langs = ['en', 'pl', 'zh-CN', 'zh-TW'] as const;

// The QA file: a Polish CRM's export from Excel on Polish Windows.
const polish = csv(
  [
    ['Identyfikator', 'Nazwa', 'Etap', 'Kwota', 'Data utworzenia', 'Data zamknięcia', 'Opiekun'],
    ['1', 'Łódź Zakład', 'Wygrana', '1 234,50 zł', '05.01.2026', '04.02.2026', 'Paweł Żółć'],
    ['2', 'Gdańsk', 'Przegrana', '2 000,00 zł', '10.01.2026', '01.03.2026', 'Józef Ślusarczyk'],
    ['3', 'Kraków', 'Wygrana', '3 000,00 zł', '15.01.2026', '14.02.2026', 'Paweł Żółć'],
    ['4', 'Poznań', 'Negocjacje', '500,00 zł', '15.01.2026', '', 'Józef Ślusarczyk'],
  ],
  ';',
);
// German and French names: é, ü, ß, ë, and € (0x80), the bytes windows-1250 reads the same.
const western = csv(
  [
    ['Deal ID', 'Deal Name', 'Stage', 'Amount', 'Created', 'Close Date', 'Owner'],
    ['1', 'Société Générale', 'Closed Won', '1.234,50 €', '05/01/2026', '04/02/2026', 'Renée'],
    ['2', 'Café Müller', 'Closed Lost', '2.000,00 €', '10/01/2026', '01/03/2026', 'Jürgen Weiß'],
    ['3', 'Straße & Söhne', 'Closed Won', '3.000,00 €', '15/01/2026', '14/02/2026', 'Renée'],
    ['4', 'Zoë Ltd', 'Proposal', '500,00 €', '15/01/2026', '', 'Jürgen Weiß'],
  ],
  ';',
);
// French, Spanish and Nordic letters windows-1250 reads as others (à ŕ, è č, ñ ń, å ĺ, ø ř).
const westernMore = csv(
  [
    ['Client', 'Étape', 'Montant', 'Responsable'],
    ['Crème brûlée à Paris', 'Gagné', '1 500,00', 'Hélène Lefèvre'],
    ['España Señales', 'Perdido', '900,00', 'Begoña Muñoz'],
    ['Ålesund Fiskeri', 'Vunnet', '2 000,00', 'Søren Bjørnstad'],
  ],
  ';',
);
// Czech: ť, ř, ů, ě — windows-1252 reads ť as a control character.
const czech = csv(
  [
    ['Obchodní případ', 'Fáze', 'Částka', 'Vlastník'],
    ['Příliš žluťoučký kůň', 'Vyhráno', '12 000 Kč', 'Jiří Dvořák'],
    ['Úpěl ďábelské ódy', 'Prohráno', '8 500 Kč', 'Tomáš Černý'],
  ],
  ';',
);
const chinese = (rows: number) =>
  csv(
    [
      ['商机编号', '商机名称', '销售阶段', '金额', '创建日期', '结单日期', '负责人'],
      ...Array.from({ length: rows }, (_, i) => [String(i + 1), ['华东项目', '华南项目', '北京项目', '上海项目'][i % 4]!, ['赢单', '输单', '谈判中'][i % 3]!, '¥12,000', '2026年1月5日', '2026年2月4日', ['张伟', '李娜', '王芳'][i % 3]!]),
    ],
    ',',
  );
const traditional = (rows: number) =>
  csv(
    [
      ['商機編號', '商機名稱', '階段', '金額', '建立日期', '結單日期', '負責人'],
      ...Array.from({ length: rows }, (_, i) => [String(i + 1), ['台北專案', '高雄專案', '台中專案', '新竹專案'][i % 4]!, ['贏單', '輸單', '談判中'][i % 3]!, 'NT$12,000', '2026/01/05', '2026/02/04', ['陳志明', '林美玲', '黃雅婷'][i % 3]!]),
    ],
    ',',
  );

describe('sniffEncoding: 8-bit European text told from Chinese double-byte text', () => {
  it.each(langs)('reads a Polish Windows-1250 export as windows-1250 on the %s page', (lang) => {
    const bytes = encode(polish, 'windows-1250');
    expect(sniffEncoding(bytes, lang)).toEqual({ ok: true, encoding: 'windows-1250', bom: false });
    const text = new TextDecoder('windows-1250').decode(bytes);
    expect(text).toContain('Data zamknięcia');
    expect(text).toContain('1 234,50 zł');
  });

  it.each(langs)('reads a Western Windows-1252 export with é, ü and ß as windows-1252 on the %s page', (lang) => {
    expect(sniffEncoding(encode(western, 'windows-1252'), lang)).toEqual({ ok: true, encoding: 'windows-1252', bom: false });
  });

  it.each(langs)('reads French, Spanish and Nordic Windows-1252 (à, è, ñ, å, ø) as windows-1252 on the %s page', (lang) => {
    expect(sniffEncoding(encode(westernMore, 'windows-1252'), lang)).toMatchObject({ encoding: 'windows-1252' });
  });

  it.each(langs)('reads Czech Windows-1250 as windows-1250 on the %s page', (lang) => {
    expect(sniffEncoding(encode(czech, 'windows-1250'), lang)).toMatchObject({ encoding: 'windows-1250' });
  });

  it('reads a Polish cell alone by the page’s language where either reading is a word: windows-1250 on a Polish page', () => {
    // "Gęś" is G ę ś in windows-1250 and G ê œ in windows-1252: letters either way.
    const bytes = encode('Nazwa;Kwota\r\nGęś;100\r\n', 'windows-1250');
    expect(sniffEncoding(bytes, 'pl')).toMatchObject({ encoding: 'windows-1250' });
    expect(sniffEncoding(bytes, 'en')).toMatchObject({ encoding: 'windows-1252' });
  });

  it.each(langs)('still reads short and long GBK as gb18030 on the %s page', (lang) => {
    expect(sniffEncoding(encode(chinese(1), 'gbk'), lang)).toMatchObject({ encoding: 'gb18030' });
    expect(sniffEncoding(encode('负责人\r\n张伟\r\n', 'gbk'), lang)).toMatchObject({ encoding: 'gb18030' });
    const long = encode(chinese(2000), 'gbk');
    expect(long.length).toBeGreaterThan(65_536);
    expect(sniffEncoding(long.subarray(0, 65_536), lang)).toMatchObject({ encoding: 'gb18030' });
  });

  it.each(langs)('still reads short and long Big5 as big5 on the %s page', (lang) => {
    expect(sniffEncoding(encode(traditional(1), 'big5'), lang)).toMatchObject({ encoding: 'big5' });
    expect(sniffEncoding(encode('負責人\r\n陳志明\r\n', 'big5'), lang)).toMatchObject({ encoding: 'big5' });
    const long = encode(traditional(2000), 'big5');
    expect(long.length).toBeGreaterThan(65_536);
    expect(sniffEncoding(long.subarray(0, 65_536), lang)).toMatchObject({ encoding: 'big5' });
  });

  it('reads Chinese beside Latin letters (iPhone手机, VIP客户) as Chinese', () => {
    const bytes = encode('产品,客户,金额\r\niPhone手机,VIP客户,5000\r\nThinkPad笔记本,A轮企业,8000\r\n', 'gbk');
    expect(sniffEncoding(bytes, 'en')).toMatchObject({ encoding: 'gb18030' });
  });
});

describe('a file that is UTF-8 at its head and not further on', () => {
  // The QA file: 3,000 rows, owner "Ann Lee" in rows 1–2,000 and 张伟 after, written as GBK.
  const rows = ['Opportunity ID,Stage,Amount,Created Date,Close Date,Owner'];
  for (let i = 1; i <= 3000; i++) rows.push(`${i},${i % 2 ? 'Closed Won' : 'Closed Lost'},1000,2026-01-05,2026-02-04,${i <= 2000 ? 'Ann Lee' : '张伟'}`);
  const bytes = encode(rows.join('\r\n') + '\r\n', 'gbk');
  const file = new Blob([bytes]);

  async function firstInvalid(stream: ReadableStream<Uint8Array>): Promise<number | null> {
    let found: number | null = null;
    const reader = watchUtf8(stream, (offset) => void (found ??= offset)).getReader();
    while (!(await reader.read()).done);
    return found;
  }

  it('looks like UTF-8 in its first 64 KB', () => {
    expect(sniffEncoding(bytes.subarray(0, 65_536))).toEqual({ ok: true, encoding: 'utf-8', bom: false });
  });

  it('is caught at its first Chinese byte, in row 2,002, and read from there as GB18030', async () => {
    const offset = await firstInvalid(file.stream());
    expect(offset).toBe(new TextEncoder().encode(rows.slice(0, 2001).join('\r\n') + '\r\n2001,Closed Won,1000,2026-01-05,2026-02-04,').length);
    expect(await rowAt(file, offset!)).toBe(2002);
    expect(await encodingAt(file, offset!, 'en')).toBe('gb18030');
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(text.split('\r\n')[2001]).toBe('2001,Closed Won,1000,2026-01-05,2026-02-04,张伟');
  });

  it('a Polish Windows-1250 tail after 64 KB of ASCII is read from there as windows-1250', async () => {
    const tail = encode(polish.split('\r\n').slice(1).join('\r\n'), 'windows-1250');
    const late = new Blob([encode(rows.slice(0, 2001).join('\r\n') + '\r\n', 'utf-8'), tail]);
    const offset = await firstInvalid(late.stream());
    expect(offset).not.toBeNull();
    expect(await rowAt(late, offset!)).toBe(2002);
    expect(await encodingAt(late, offset!, 'pl')).toBe('windows-1250');
  });

  it('valid UTF-8 all the way, cut anywhere into reads, is never flagged', async () => {
    const text = new TextEncoder().encode(`${polish}${chinese(50)}😀 Zoë\r\n`);
    for (const size of [1, 2, 3, 7, 4096]) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.subarray(i * size, (i + 1) * size));
      expect(await firstInvalid(new Blob(pieces).stream())).toBeNull();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const piece of pieces) controller.enqueue(piece);
          controller.close();
        },
      });
      expect(await firstInvalid(stream)).toBeNull();
    }
  });
});
