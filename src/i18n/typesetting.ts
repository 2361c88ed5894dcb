/**
 * How a typesetter of the language breaks lines, where the browser does not know it. Polish
 * never leaves a one-letter word (a, i, o, u, w, z) at the end of a line, away from the word it
 * belongs to ("w | tej przeglądarce" is a fault a Polish reader sees at once): the space after
 * it is a no-break space. Applied to the workbook's own text at build time (dictionaries, guides),
 * never to what a user types.
 */

/** A one-letter Polish word, at the start or after a space or an opening mark, and the space after it. */
const POLISH_ONE_LETTER_WORD = /(?<=^|[\s\u00a0(„"«[{])([aiouwzAIOUWZ]) (?=\S|$)/g;

/** `text` with the spaces its language keeps from breaking made no-break spaces. */
export function bindShortWords(text: string, locale: string): string {
  if (!/^pl\b/i.test(locale)) return text;
  return text.replace(POLISH_ONE_LETTER_WORD, '$1\u00a0');
}

/** Every string in `value` (content data: objects, arrays) through bindShortWords; a new value, the rest as it was. */
export function bindShortWordsIn<T>(value: T, locale: string): T {
  if (typeof value === 'string') return bindShortWords(value, locale) as T;
  if (Array.isArray(value)) return value.map((item) => bindShortWordsIn(item, locale)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bindShortWordsIn(item, locale)])) as T;
  }
  return value;
}
