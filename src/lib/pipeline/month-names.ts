/**
 * Months written as words in CRM and spreadsheet dates ("5-Mar-26", "Mar 5, 2026", "5 marca
 * 2026"): English names and abbreviations, Polish ones in the nominative and the genitive a date
 * uses ("5 marca"), each also without its diacritics (exports that lose them write "pazdziernika").
 */

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'styczeń', 'stycznia', 'sty'],
  ['february', 'feb', 'luty', 'lutego', 'lut'],
  ['march', 'mar', 'marzec', 'marca'],
  ['april', 'apr', 'kwiecień', 'kwietnia', 'kwi'],
  ['may', 'maj', 'maja'],
  ['june', 'jun', 'czerwiec', 'czerwca', 'cze'],
  ['july', 'jul', 'lipiec', 'lipca', 'lip'],
  ['august', 'aug', 'sierpień', 'sierpnia', 'sie'],
  ['september', 'sep', 'sept', 'wrzesień', 'września', 'wrz'],
  ['october', 'oct', 'październik', 'października', 'paź'],
  ['november', 'nov', 'listopad', 'listopada', 'lis'],
  ['december', 'dec', 'grudzień', 'grudnia', 'gru'],
];

const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

const MONTHS = new Map(NAMES.flatMap((names, i) => names.flatMap((name) => [[name, i + 1] as const, [withoutMarks(name), i + 1] as const])));

/** The month (1–12) a word names, in any case; null for a word that names none. */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.normalize('NFC').toLowerCase()) ?? null;
}
