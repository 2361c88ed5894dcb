/**
 * Which text encoding a CRM export is in. Exports come as UTF-8 (with or without a byte-order
 * mark), UTF-16 (Excel's "Unicode text") and, from Chinese Excel, GB18030/GBK (mainland) or
 * Big5 (Taiwan, Hong Kong). The decision is made from the first bytes of the file; the user
 * sees it and can change it.
 */

export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type TextEncoding = (typeof encodings)[number];

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

/**
 * The encoding of a file from its first bytes (a few tens of kilobytes is plenty): a byte-order
 * mark decides; else NUL bytes in every other place mean UTF-16; else valid UTF-8 is UTF-8;
 * else one of the two Chinese Excel encodings: the one the bytes are valid in, and where they
 * are valid in both, the one the reader's locale uses (`chinese`: Big5 for Traditional Chinese).
 */
export function sniffEncoding(head: Uint8Array, chinese: 'gb18030' | 'big5' = 'gb18030'): Sniffed {
  if (head.length === 0) return { ok: false, reason: 'empty' };
  if (BINARY_SIGNATURES.some((signature) => startsWith(head, signature))) return { ok: false, reason: 'notText' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8', bom: true };
  if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', bom: true };
  if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', bom: true };

  const sample = head.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.3 && evenNul === 0) return { ok: true, encoding: 'utf-16le', bom: false };
  if (evenNul > half * 0.3 && oddNul === 0) return { ok: true, encoding: 'utf-16be', bom: false };
  // NUL bytes anywhere else, or control bytes text never holds: not a text file.
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 0x09 && byte !== 0)) control++;
  if (control > 0) return { ok: false, reason: 'notText' };

  if (decodes(head, 'utf-8')) return { ok: true, encoding: 'utf-8', bom: false };
  const other = chinese === 'big5' ? 'gb18030' : 'big5';
  return { ok: true, encoding: decodes(head, chinese) || !decodes(head, other) ? chinese : other, bom: false };
}
