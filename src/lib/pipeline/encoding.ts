/**
 * Which text encoding a CRM export is in. Exports come as UTF-8 (with or without a byte-order
 * mark), UTF-16 (Excel's "Unicode text"), from Chinese Excel as GB18030/GBK (mainland) or Big5
 * (Taiwan, Hong Kong), and from Excel on European Windows as windows-1250 (Central European:
 * Polish, Czech, Hungarian…) or windows-1252 (Western). The decision is made from the first
 * bytes of the file; the user sees it and can change it. A file that is UTF-8 at its head and
 * not further on is caught as it is read (see not-utf8.ts).
 */

import { chineseSense, europeanEncoding, europeanSense, frequentChinese } from './plausibility';

export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'windows-1250', 'windows-1252'] as const;
export type TextEncoding = (typeof encodings)[number];
type Chinese = 'gb18030' | 'big5';
type European = 'windows-1250' | 'windows-1252';

export { frequentChinese } from './plausibility';

export type Sniffed =
  | { ok: true; encoding: TextEncoding; bom: boolean }
  | { ok: false; reason: 'empty' | 'notText' };

// Signatures of files people rename to .csv by mistake: images, archives (xlsx is a zip), PDF.
const BINARY_SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, XLSX, DOCX
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0xd0, 0xcf, 0x11, 0xe0], // legacy Office (XLS)
];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/** Whether `bytes` decode without a single invalid sequence (a cut last character is fine). */
function decodes(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A byte that is a character of CSV text on its own: tab, line breaks, printable ASCII. */
const isTextByte = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte <= 0x7e);

/**
 * UTF-16 without a byte-order mark, and its byte order. A CSV always holds ASCII (delimiters,
 * line breaks, digits), and in UTF-16 each such character is its byte and a zero: "1\t" is
 * 31 00 09 00 little-endian, 00 31 00 09 big-endian. Chinese text has no such pattern of its
 * own (its code units rarely hold a zero byte), so the order whose ASCII units clearly
 * outnumber the other's, with a line break among them, is the file's — however little of the
 * text is ASCII.
 */
function utf16Order(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let little = 0;
  let big = 0;
  let zeros = 0;
  let littleBreak = false;
  let bigBreak = false;
  for (let i = 0; i + 1 < head.length; i += 2) {
    const [first, second] = [head[i]!, head[i + 1]!];
    if (first !== 0 && second !== 0) continue;
    zeros++;
    if (second === 0 && isTextByte(first)) {
      little++;
      if (first === 0x0a || first === 0x0d) littleBreak = true;
    }
    if (first === 0 && isTextByte(second)) {
      big++;
      if (second === 0x0a || second === 0x0d) bigBreak = true;
    }
  }
  if (zeros === 0) return null;
  const units = head.length >> 1;
  const enough = (mine: number, theirs: number) => mine >= 2 && mine >= units * 0.02 && mine >= 4 * theirs;
  if (littleBreak && enough(little, big) && decodes(head, 'utf-16le')) return 'utf-16le';
  if (bigBreak && enough(big, little) && decodes(head, 'utf-16be')) return 'utf-16be';
  return null;
}

/** What a reader of the page's language (a BCP 47 tag) most likely has, where the bytes leave it open. */
function localEncodings(lang: string): { chinese: Chinese; european: European; family: 'chinese' | 'european' } {
  const tag = lang.toLowerCase();
  if (tag.startsWith('zh')) return { chinese: /^zh-(tw|hk|mo|hant)/.test(tag) ? 'big5' : 'gb18030', european: 'windows-1252', family: 'chinese' };
  // Excel on Polish, Czech, Slovak, Hungarian, Slovene, Croatian Windows writes windows-1250.
  const central = ['pl', 'cs', 'sk', 'hu', 'sl', 'hr', 'bs', 'ro'].includes(tag.split('-')[0]!);
  return { chinese: 'gb18030', european: central ? 'windows-1250' : 'windows-1252', family: 'european' };
}

/**
 * Which of the two Chinese Excel encodings `head` is in: the one the bytes are valid in; where
 * they are valid in both (or neither), the one that reads more of them as frequent characters
 * (see frequentChinese); on a tie, the page's.
 */
function chineseEncoding(head: Uint8Array, preferred: Chinese): Chinese {
  const [gb, big5] = [decodes(head, 'gb18030'), decodes(head, 'big5')];
  if (gb !== big5) return gb ? 'gb18030' : 'big5';
  const frequent = frequentChinese(head);
  return frequent.gb18030 === frequent.big5 ? preferred : frequent.gb18030 > frequent.big5 ? 'gb18030' : 'big5';
}

/**
 * The encoding of a file from its first bytes (a few tens of kilobytes is plenty): a byte-order
 * mark decides; else ASCII characters with a zero byte beside them mean UTF-16 (see
 * utf16Order); else valid UTF-8 is UTF-8; else the bytes are read as Chinese double-byte text
 * (GB18030 or Big5, see chineseEncoding) and as European 8-bit text (windows-1250 or -1252),
 * and the reading that makes more sense wins (see plausibility.ts); where neither clearly does,
 * the one the page's language (`lang`, a BCP 47 tag) suggests.
 */
export function sniffEncoding(head: Uint8Array, lang = 'en'): Sniffed {
  if (head.length === 0) return { ok: false, reason: 'empty' };
  if (BINARY_SIGNATURES.some((signature) => startsWith(head, signature))) return { ok: false, reason: 'notText' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8', bom: true };
  if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', bom: true };

  const utf16 = utf16Order(head);
  if (utf16) return { ok: true, encoding: utf16, bom: false };
  // NUL bytes anywhere else, or control bytes text never holds: not a text file.
  const sample = head.subarray(0, 4096);
  for (const byte of sample) if (byte < 0x09) return { ok: false, reason: 'notText' };

  if (decodes(head, 'utf-8')) return { ok: true, encoding: 'utf-8', bom: false };
  return { ok: true, encoding: legacyEncoding(head, lang), bom: false };
}

/** The encoding of bytes that are not UTF-8: Chinese double-byte or European 8-bit, whichever reads better. */
function legacyEncoding(head: Uint8Array, lang = 'en'): Exclude<TextEncoding, 'utf-8' | 'utf-16le' | 'utf-16be'> {
  const local = localEncodings(lang);
  const chinese = chineseEncoding(head, local.chinese);
  const european = europeanEncoding(head, local.european);
  const [asChinese, asEuropean] = [chineseSense(head, chinese), europeanSense(head, european)];
  // A near tie (little text outside ASCII, or text neither reading makes sense of): the page's.
  const margin = Math.max(2, 0.1 * Math.max(Math.abs(asChinese), Math.abs(asEuropean)));
  if (Math.abs(asChinese - asEuropean) <= margin) return local.family === 'chinese' ? chinese : european;
  return asChinese > asEuropean ? chinese : european;
}
