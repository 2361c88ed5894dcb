/**
 * The locales the workbook ships in: the one list. The first is the default and lives at the
 * site root; the others under /<code>/. Each has a folder of strings in ./messages/<code>/ and
 * of content in content/<collection>/<code>/.
 */
export const locales = ['en', 'zh-cn', 'zh-tw', 'pl'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW', pl: 'pl' };

/** The name of each locale in its own language, for the language switch. */
export const localeName: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文', 'zh-tw': '繁體中文', pl: 'Polski' };

/** The currency a reader of each locale most likely plans in: the default until they choose one. */
export const localeCurrency = { en: 'USD', 'zh-cn': 'CNY', 'zh-tw': 'TWD', pl: 'PLN' } as const satisfies Record<Locale, string>;

/**
 * Letters a language's readers often type as a plain letter ("ł" as "l", on a phone without a
 * Polish keyboard) that Unicode does not write as that letter plus a mark, so search cannot read
 * the plain letter as them the way it reads "o" as "ó". Keyed by the plain letter (the letter's
 * searchFold); search also tries the query with them (lib/search-spellings).
 */
export const plainTypedLetters: Record<Locale, Readonly<Record<string, string>>> = {
  en: {},
  'zh-cn': {},
  'zh-tw': {},
  pl: { l: 'ł' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
