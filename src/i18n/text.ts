import { HAN, LATIN } from './interpolate';

/**
 * Locale-aware pieces of sentences, from the platform: plural choice (Intl.PluralRules), lists
 * (Intl.ListFormat) and templates whose placeholders are elements (a link, a code span). What
 * code sets between the pieces of text it joins is in ./punctuation.ts (sentenceGap, punctuation).
 */

/** A CLDR plural category: English writes `<key>.one` and `.other`; Polish adds `.few` and `.many`. */
export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Which form of a counted message to use: "1 lead" / "2 leady" / "5 leadów". A form a
 * dictionary does not write (Chinese has only "other") falls back to "other" at lookup.
 */
export function pluralForm(count: number, locale: string): PluralForm {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** The key of the right form: pluralKey('data.count.drafts', 1, 'en') → 'data.count.drafts.one'. */
export function pluralKey<K extends string>(key: K, count: number, locale: string): `${K}.${PluralForm}` {
  return `${key}.${pluralForm(count, locale)}`;
}

const FORMS: readonly PluralForm[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A counted message handed to a page script as data attributes, every form the dictionary has:
 * pluralData('msgCount', (form) => t(`search.count.${form}`)) → { 'data-msg-count-one': …,
 * 'data-msg-count-other': … }. With `locale`, only the forms its language selects; `message`
 * returns undefined for a form the dictionary does not write.
 */
export function pluralData(name: string, message: (form: PluralForm) => string | undefined, locale?: string): Record<string, string> {
  const attribute = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const forms = locale ? (new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralForm[]) : FORMS;
  const data: Record<string, string> = {};
  for (const form of FORMS.filter((f) => f === 'other' || forms.includes(f))) {
    const text = message(form);
    if (text !== undefined) data[`data-${attribute}-${form}`] = text;
  }
  return data;
}

/** In a page script: the form of a counted message for `count`, from the attributes pluralData wrote. */
export function pluralFromData(dataset: DOMStringMap, name: string, count: number, locale: string): string {
  const form = pluralForm(count, locale);
  const key = (f: PluralForm) => `${name}${f[0]!.toUpperCase()}${f.slice(1)}`;
  return dataset[key(form)] ?? dataset[key('other')] ?? '';
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  const key = `${locale}|${options.type ?? ''}|${options.style ?? ''}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, options);
    lists.set(key, format);
  }
  return format;
}

/** "1, 2, and 3" / "1、2和3". */
export function formatList(
  items: readonly (string | number)[],
  locale: string,
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  return listFormat(locale, options).format(items.map(String));
}

/**
 * A list set in a sentence, with a space where a Latin item meets a Chinese word joining it, as
 * interpolate spaces a Latin value in a Chinese template: "行銷投報率或 ROMI", "CLV 或 LTV", but
 * "CLV、LTV" (a full-width mark carries its own space). Other languages as formatList sets them.
 */
export function formatListSpaced(
  items: readonly string[],
  locale: string,
  options: Intl.ListFormatOptions = { type: 'conjunction' },
): string {
  const parts = listFormat(locale, options).formatToParts(items);
  return parts
    .map(({ type, value }, i) => {
      if (type === 'element') return value;
      const before = parts[i - 1]?.value.at(-1) ?? '';
      const after = parts[i + 1]?.value[0] ?? '';
      const lead = LATIN.test(before) && HAN.test(value[0] ?? '') ? ' ' : '';
      const trail = HAN.test(value.at(-1) ?? '') && LATIN.test(after) ? ' ' : '';
      return `${lead}${value}${trail}`;
    })
    .join('');
}

/**
 * A list whose items are elements (links): the items in order with the locale's separators
 * between them as strings, ready to render. "A, B, C" / "A、B、C" with the default narrow style.
 */
export function listParts<T>(
  items: readonly T[],
  locale: string,
  options: Intl.ListFormatOptions = { type: 'conjunction', style: 'narrow' },
): (string | T)[] {
  return listFormat(locale, options)
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value))
    .filter((part) => part !== '');
}

/**
 * A template whose placeholders are elements: "Formula: {formula}" with a code span →
 * ["Formula: ", <code/>]. Unknown placeholders stay visible as text; empty strings are dropped.
 */
export function interpolateParts<T>(template: string, vars: Record<string, T>): (string | T)[] {
  return template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return name !== undefined && Object.hasOwn(vars, name) ? vars[name]! : piece;
    })
    .filter((part) => part !== '');
}
