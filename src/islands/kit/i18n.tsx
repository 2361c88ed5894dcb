/**
 * Islands get their strings as a prop (a slice of the page's dictionary, picked on the server),
 * so no island bundles whole dictionaries. `useI18n()` reads them back.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { messageOf } from '../../i18n/lookup';
import type { MessageKey, Messages } from '../../i18n/messages/types';
import { interpolate } from '../../i18n/interpolate';
import { htmlLang, type Locale } from '../../i18n/locales';
import { punctuation } from '../../i18n/punctuation';

export interface IslandStrings {
  locale: Locale;
  messages: Partial<Messages>;
}

const I18nContext = createContext<IslandStrings>({ locale: 'en', messages: {} });

export function I18nProvider({ strings, children }: { strings: IslandStrings; children: ComponentChildren }) {
  return <I18nContext.Provider value={strings}>{children}</I18nContext.Provider>;
}

export type IslandTranslate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function useI18n() {
  const { locale, messages } = useContext(I18nContext);
  return useMemo(() => {
    const t: IslandTranslate = (key, vars) => interpolate(messageOf(messages, key), vars);
    // marks: what joins pieces of text in this language ("Amount (USD)", "金額（TWD）").
    return { locale, lang: htmlLang[locale], t, marks: punctuation(locale) };
  }, [locale, messages]);
}
