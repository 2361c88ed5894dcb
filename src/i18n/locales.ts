/** The locales the workbook ships in. The first is the default and lives at the site root. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tags for `<html lang>` and `Intl`. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** The name of each locale in its own language, for the language switch. */
export const localeName: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
