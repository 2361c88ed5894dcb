/**
 * A file that is UTF-8 at its head and not further on: a GBK export whose first 64 KB are
 * ASCII, a windows-1250 one whose first accented name comes late. The encoding is guessed from
 * the head, so the bytes are checked as they stream by; at the first that is not UTF-8 the
 * import learns the row it is in and the encoding that reads the file from there.
 */
import { sniffEncoding, type TextEncoding } from './encoding';
import { parseBytes } from './ingest';

/**
 * Checks bytes read a piece at a time for the first sequence that is not UTF-8 (a stray lead or
 * continuation byte, an overlong form, a surrogate, a code point past U+10FFFF), as the
 * platform's fatal decoder would refuse it. A run of ASCII is passed over four bytes at a time.
 */
export class Utf8Check {
  /** Bytes pushed so far. */
  private seen = 0;
  /** Continuation bytes the current character still needs, and the range the next must be in. */
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  /** Where the current character began, in the whole stream. */
  private start = 0;
  /** Whether every character before the current one is ASCII: text any encoding reads alike. */
  onlyAscii = true;

  /** The offset in the whole stream of the first invalid sequence's first byte, or −1. */
  push(chunk: Uint8Array): number {
    const base = this.seen;
    this.seen += chunk.length;
    let { need, lower, upper, start, onlyAscii } = this;
    const n = chunk.length;
    // The chunk's aligned middle as words, to pass over ASCII four bytes at a time.
    const skew = (4 - (chunk.byteOffset & 3)) & 3;
    const words = n > skew ? new Uint32Array(chunk.buffer, chunk.byteOffset + skew, (n - skew) >> 2) : new Uint32Array(0);
    const wordsEnd = skew + words.length * 4;
    let i = 0;
    while (i < n) {
      if (need === 0) {
        while (i < n && chunk[i]! < 0x80) {
          i++;
          if (i >= skew && ((i - skew) & 3) === 0) {
            while (i < wordsEnd && (words[(i - skew) >> 2]! & 0x80808080) === 0) i += 4;
          }
        }
        if (i === n) break;
        const byte = chunk[i]!;
        start = base + i;
        if (byte >= 0xc2 && byte <= 0xdf) [need, lower, upper] = [1, 0x80, 0xbf];
        else if (byte >= 0xe0 && byte <= 0xef) [need, lower, upper] = [2, byte === 0xe0 ? 0xa0 : 0x80, byte === 0xed ? 0x9f : 0xbf];
        else if (byte >= 0xf0 && byte <= 0xf4) [need, lower, upper] = [3, byte === 0xf0 ? 0x90 : 0x80, byte === 0xf4 ? 0x8f : 0xbf];
        else return this.fail(start, onlyAscii);
      } else {
        const byte = chunk[i]!;
        if (byte < lower || byte > upper) return this.fail(start, onlyAscii);
        if (need === 1) onlyAscii = false;
        [need, lower, upper] = [need - 1, 0x80, 0xbf];
      }
      i++;
    }
    Object.assign(this, { need, lower, upper, start, onlyAscii });
    return -1;
  }

  private fail(start: number, onlyAscii: boolean): number {
    this.onlyAscii = onlyAscii;
    return start;
  }

  /** At the end of the bytes: where a character they cut short began, or −1. */
  end(): number {
    return this.need > 0 ? this.start : -1;
  }
}

/**
 * `bytes` passed on unchanged, checked as UTF-8 on the way: `onInvalid` hears, once, the offset
 * of the first sequence that is not UTF-8 (a character cut short by the end included), and
 * whether all before it was ASCII.
 */
export function watchUtf8<Bytes extends Uint8Array>(bytes: ReadableStream<Bytes>, onInvalid: (offset: number, onlyAscii: boolean) => void): ReadableStream<Bytes> {
  const check = new Utf8Check();
  let found = false;
  const report = (offset: number) => {
    if (offset < 0) return;
    found = true;
    onInvalid(offset, check.onlyAscii);
  };
  return bytes.pipeThrough(
    new TransformStream<Bytes, Bytes>({
      transform(chunk, controller) {
        if (!found) report(check.push(chunk));
        controller.enqueue(chunk);
      },
      flush() {
        if (!found) report(check.end());
      },
    }),
  );
}

/**
 * The row that holds byte `offset` of `file`, numbered as the import numbers rows (the first
 * line is row 1, an Excel "sep=" line and blank lines count, a quoted line break does not): the
 * rows of the file up to and with that byte, parsed as the import parses them. Where those end
 * inside a quoted field, the import may yet close it further on (a note over several lines:
 * the byte is in that row) or not (a quote that never closes: the import reads the lines after
 * it as rows, and so does this count).
 */
export async function rowAt(file: Blob, offset: number): Promise<number> {
  const upTo = await rowsOf(file.slice(0, offset + 1));
  if (upTo.unclosed.length === 0) return upTo.rows;
  const whole = await rowsOf(file, upTo.unclosed.at(-1)!);
  return upTo.unclosed.find((row) => !whole.unclosed.includes(row)) ?? upTo.rows;
}

/** The rows parseBytes reads from `file` (until about row `until`), and those it took as quotes that never close. */
async function rowsOf(file: Blob, until = Infinity): Promise<{ rows: number; unclosed: number[] }> {
  let rows = 0;
  const unclosed: number[] = [];
  const stop = new AbortController();
  await parseBytes(
    file.stream(),
    'utf-8',
    {
      start: (layout) => void (rows = layout.sep === null ? 0 : 1),
      rows(parsed) {
        rows += parsed.length;
        if (rows >= until) stop.abort();
      },
      unclosedQuote() {
        unclosed.push(++rows);
        if (rows >= until) stop.abort();
      },
    },
    { signal: stop.signal },
  );
  return { rows, unclosed };
}

/**
 * The encoding the file is in from byte `offset`, where it stops being UTF-8: sniffed from the
 * start of that line on (a line feed is never part of a GBK, Big5 or windows-125x character, so
 * the bytes after one start a character). Null where no other encoding reads it: the file is
 * UTF-8 with a flaw, or cut short in its last character.
 */
export async function encodingAt(file: Blob, offset: number, lang: string): Promise<TextEncoding | null> {
  const before = new Uint8Array(await file.slice(Math.max(0, offset - 4096), offset).arrayBuffer());
  const lineFeed = before.lastIndexOf(0x0a);
  const from = lineFeed < 0 ? (offset <= 4096 ? 0 : offset) : offset - before.length + lineFeed + 1;
  const sniffed = sniffEncoding(new Uint8Array(await file.slice(from, from + 65_536).arrayBuffer()), lang);
  return sniffed.ok && sniffed.encoding !== 'utf-8' ? sniffed.encoding : null;
}
