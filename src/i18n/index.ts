import type { Locale } from './locales';
import { locales } from './locales';
import { interpolate } from './interpolate';
import { messageOf } from './lookup';
import { bindShortWords } from './typesetting';
import { flatMessages, type LocaleMessages, type MessageKey, type Messages } from './messages/types';

export type { MessageKey, Messages } from './messages/types';
export * from './locales';
export * from './paths';

// Every folder of ./messages/ holding an index is a locale's strings; locales.ts says which ship.
const folders = import.meta.glob<{ messages: LocaleMessages }>('./messages/*/index.ts', { eager: true });

function dictionaryOf(locale: Locale): Messages {
  const module = folders[`./messages/${locale}/index.ts`];
  if (!module) throw new Error(`No strings for the locale "${locale}": add src/i18n/messages/${locale}/`);
  // Set as the language's typesetters set it (typesetting.ts); text is made here, at build time.
  const messages = Object.entries(flatMessages(module.messages)).map(([key, message]) => [key, bindShortWords(message, locale)]);
  return Object.fromEntries(messages) as Messages;
}

export const dictionaries = Object.fromEntries(locales.map((locale) => [locale, dictionaryOf(locale)])) as Record<Locale, Messages>;

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export { interpolate };

/** The translator for one locale. */
export function useTranslations(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, vars) => interpolate(messageOf(messages, key), vars);
}

/** The messages whose keys start with one of `prefixes`, to hand to an island as a prop. */
export function pickMessages<P extends string>(locale: Locale, prefixes: readonly P[]): Partial<Messages> {
  const messages = dictionaries[locale];
  const picked: Partial<Messages> = {};
  for (const key of Object.keys(messages) as MessageKey[]) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = messages[key];
  }
  return picked;
}
