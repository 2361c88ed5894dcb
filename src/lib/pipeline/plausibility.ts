/**
 * How much sense the bytes of a file that is not UTF-8 make in each encoding a spreadsheet
 * writes instead: Chinese double-byte (GB18030/GBK, Big5) and European 8-bit (windows-1250,
 * windows-1252). Every byte sequence is valid windows-125x and most are valid GBK or Big5, so
 * validity alone cannot tell; what people write can. Scores count bytes outside ASCII, so the
 * two families compare: about +1 a byte read as what someone would write where it stands, less
 * for what no one writes (a replacement or control character, a symbol or a capital inside a
 * word, a Chinese character wedged between Latin letters).
 */
import type { TextEncoding } from './encoding';

type Chinese = Extract<TextEncoding, 'gb18030' | 'big5'>;
type European = Extract<TextEncoding, 'windows-1250' | 'windows-1252'>;

// GB2312's 3,755 most-used characters sit at lead bytes B0–D7 with a second byte A1–FE; Big5's
// 5,401 frequent ones at lead bytes A4–C6 with a second byte 40–7E or A1–FE.
const frequentGb = (lead: number, trail: number) => lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe;
const frequentBig5 = (lead: number, trail: number) => lead >= 0xa4 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe));
const isAsciiLetter = (byte: number) => (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;

/**
 * How many two-byte characters of `head` each Chinese Excel encoding reads as one of its
 * frequent Han characters. Big5 bytes are nearly always valid GB18030 too (and often the other
 * way round), but they read as rare characters there: a second byte below A1 (about 40% of
 * Big5 text) is never a frequent GB character; a lead byte C7–D7 never a frequent Big5 one.
 */
export function frequentChinese(head: Uint8Array): { gb18030: number; big5: number } {
  let gb18030 = 0;
  let big5 = 0;
  for (let i = 0; i + 1 < head.length; ) {
    const lead = head[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = head[i + 1]!;
    // GB18030's four-byte characters (a digit second) are frequent in neither.
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    if (frequentGb(lead, trail)) gb18030++;
    if (frequentBig5(lead, trail)) big5++;
    i += 2;
  }
  return { gb18030, big5 };
}

/**
 * The sense `head` makes as Chinese text in `encoding`: +2 a frequent character, nothing for a
 * rare one, −3 a byte that cannot start or end a character there. A character with a Latin
 * letter on one side costs 1 ("iPhone手机" happens), with one on both sides 3: that is European
 * text read wrongly ("zamkni璚ia" is "zamknięcia" in windows-1250).
 */
export function chineseSense(head: Uint8Array, encoding: Chinese): number {
  const gb = encoding === 'gb18030';
  const frequent = gb ? frequentGb : frequentBig5;
  let score = 0;
  let letterBefore = false;
  for (let i = 0; i < head.length; ) {
    const lead = head[i]!;
    if (lead < 0x80) {
      letterBefore = isAsciiLetter(lead);
      i++;
      continue;
    }
    // A character cut by the end of the sample.
    if (i + 1 >= head.length) break;
    const trail = head[i + 1]!;
    if (gb && trail >= 0x30 && trail <= 0x39 && lead >= 0x81 && lead <= 0xfe) {
      if (i + 3 >= head.length) break;
      const [third, fourth] = [head[i + 2]!, head[i + 3]!];
      if (third >= 0x81 && third <= 0xfe && fourth >= 0x30 && fourth <= 0x39) {
        // A four-byte character: valid, and rare in a CRM export.
        letterBefore = false;
        i += 4;
        continue;
      }
    }
    const valid = lead >= 0x81 && lead <= 0xfe && ((trail >= 0x40 && trail <= 0x7e) || (trail >= (gb ? 0x80 : 0xa1) && trail <= 0xfe));
    if (!valid) {
      // The decoder gives a replacement character and reads the second byte afresh.
      score -= 3;
      letterBefore = false;
      i++;
      continue;
    }
    const letterAfter = i + 2 < head.length && isAsciiLetter(head[i + 2]!);
    if (frequent(lead, trail)) score += 2;
    if (letterBefore && letterAfter) score -= 3;
    else if (letterBefore || letterAfter) score -= 1;
    letterBefore = false;
    i += 2;
  }
  return score;
}

// What each byte 80–FF is in a European encoding, for the sense it makes beside its neighbours.
const UPPER = 1;
const LOWER = 2;
/** Punctuation that sits inside words: quotes, apostrophes, dashes, spaces, "·", "…". */
const JOINER = 3;
/** A symbol, a digit like "²", or punctuation like "¿": odd between two letters. */
const SYMBOL = 4;
/** A control character or one the encoding lacks: no one writes it. */
const NONSENSE = 5;
const OTHER = 0;

interface ByteTable {
  /** The character each byte 80–FF reads as. */
  chars: string;
  /** Its kind (UPPER, LOWER, JOINER, SYMBOL or NONSENSE), by byte − 0x80. */
  kinds: Uint8Array;
  /** What a letter earns in a Latin word: 1, or 0 for one rare in the encoding's languages. */
  credits: Uint8Array;
  /** Letters that earn nothing before a vowel (see SOFT). */
  soft: Uint8Array;
}

/**
 * Letters either encoding has that its languages rarely write: Slovak ŕ and ĺ (à and å in
 * windows-1252), Icelandic ð and þ, ÿ and Ÿ (Polish ź in windows-1250).
 */
const RARE = /[ŕŔĺĹðÐþÞÿŸ]/u;
/**
 * Polish ń, ś and ź are never followed by a vowel (Polish writes "ni", "si", "zi" there): read
 * so, the byte is Spanish ñ ("España") or French œ ("cœur") in windows-1252.
 */
const SOFT = /[ńśźŃŚŹ]/u;
const VOWEL = /[aeiouyąęóáéíúýäëïöüőűůěàèìòùâêîôûåæøœãõ]/iu;

const tables = new Map<European, ByteTable>();

function tableOf(encoding: European): ByteTable {
  let table = tables.get(encoding);
  if (table) return table;
  const chars = new TextDecoder(encoding).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  const kinds = Uint8Array.from(chars, (char) => {
    if (/\p{Lu}/u.test(char)) return UPPER;
    if (/\p{L}/u.test(char)) return LOWER;
    if (/[\u0080-\u009f\ufffd]/.test(char)) return NONSENSE;
    if (/[\p{Pd}\p{Pi}\p{Pf}\p{Ps}\p{Pe}\p{Zs}\u00ad\u00b7\u2022\u2026]/u.test(char)) return JOINER;
    return SYMBOL;
  });
  const credits = Uint8Array.from(chars, (char) => (/\p{L}/u.test(char) && !RARE.test(char) ? 1 : 0));
  const soft = Uint8Array.from(chars, (char) => (SOFT.test(char) ? 1 : 0));
  table = { chars, kinds, credits, soft };
  tables.set(encoding, table);
  return table;
}

/** Whether `byte` reads as a vowel in the encoding whose characters 80–FF are `chars`. */
const isVowel = (byte: number | undefined, chars: string) => byte !== undefined && VOWEL.test(byte >= 0x80 ? chars[byte - 0x80]! : String.fromCharCode(byte));

/** The kind of any byte: ASCII letters by case, other ASCII as OTHER, 80–FF by `kinds`. */
const kindOf = (byte: number, kinds: Uint8Array) => (byte >= 0x80 ? kinds[byte - 0x80]! : isAsciiLetter(byte) ? (byte < 0x61 ? UPPER : LOWER) : OTHER);
const isLetter = (kind: number) => kind === UPPER || kind === LOWER;

/**
 * The sense `head` makes as European text in `encoding`: +1 a letter outside ASCII in a word
 * that also has ASCII letters ("Łódź", "Müller"; a word of such letters alone, "Żółć", proves
 * nothing; a rare letter, or a Polish soft consonant before a vowel, earns nothing); −1 a
 * capital after a small letter where either is outside ASCII ("Łódź" read as "£ódŸ" in
 * windows-1252), −1 a symbol between two letters ("Zak³ad"), −3 a control character. Chinese
 * read as European text is runs of accented capitals, small letters and symbols with no ASCII
 * letter among them: it makes no sense.
 */
export function europeanSense(head: Uint8Array, encoding: European): number {
  const { chars, kinds, credits, soft } = tableOf(encoding);
  let score = 0;
  let wordAscii = false;
  let wordAccented = 0;
  let previous = OTHER;
  let previousHigh = false;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!;
    const high = byte >= 0x80;
    const kind = kindOf(byte, kinds);
    if (isLetter(kind)) {
      if (previous === LOWER && kind === UPPER && (high || previousHigh)) score -= 1;
      if (high) wordAccented += soft[byte - 0x80] && isVowel(head[i + 1], chars) ? 0 : credits[byte - 0x80]!;
      else wordAscii = true;
    } else {
      if (wordAscii) score += wordAccented;
      wordAscii = false;
      wordAccented = 0;
      if (kind === NONSENSE) score -= 3;
      else if (kind === SYMBOL && isLetter(previous) && i + 1 < head.length && isLetter(kindOf(head[i + 1]!, kinds))) score -= 1;
    }
    previous = kind;
    previousHigh = high;
  }
  if (wordAscii) score += wordAccented;
  return score;
}

/**
 * Central European or Western: the one whose reading makes more sense; where the bytes read as
 * the same characters in both (é, ü, ß, ó…), Western; on a near tie, the page's (`preferred`).
 */
export function europeanEncoding(head: Uint8Array, preferred: European): European {
  const [central, western] = [tableOf('windows-1250').chars, tableOf('windows-1252').chars];
  let differs = false;
  for (let i = 0; i < head.length && !differs; i++) differs = head[i]! >= 0x80 && central[head[i]! - 0x80] !== western[head[i]! - 0x80];
  if (!differs) return 'windows-1252';
  const [asCentral, asWestern] = [europeanSense(head, 'windows-1250'), europeanSense(head, 'windows-1252')];
  if (Math.abs(asCentral - asWestern) < Math.max(1, 0.05 * Math.max(Math.abs(asCentral), Math.abs(asWestern)))) return preferred;
  return asCentral > asWestern ? 'windows-1250' : 'windows-1252';
}
