import { en, type MessageKey, type Messages } from './en';
import { zhCn } from './zh-cn';
import type { Locale } from './locales';
import { interpolate } from './interpolate';

export { type MessageKey, type Messages } from './en';
export * from './locales';
export * from './paths';

export const dictionaries: Record<Locale, Messages> = { en, 'zh-cn': zhCn };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export { interpolate };

/** The translator for one locale. */
export function useTranslations(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, vars) => interpolate(messages[key], vars);
}

/** The messages whose keys start with one of `prefixes`, to hand to an island as a prop. */
export function pickMessages<P extends string>(
  locale: Locale,
  prefixes: readonly P[],
): Partial<Messages> {
  const messages = dictionaries[locale];
  const picked: Partial<Messages> = {};
  for (const key of Object.keys(messages) as MessageKey[]) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = messages[key];
  }
  return picked;
}
