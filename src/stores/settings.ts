import { computed } from 'nanostores';
import { settingsArea } from '../lib/persist/areas/settings';
import { defaultSettingsFor, type Settings } from '../lib/settings';
import { createAreaStore, type AreaStore } from './area-store';
import { readRaw } from './storage-engine';
import { htmlLang, locales, type Locale } from '../i18n/locales';

/** The page's language, if the page is one of ours. */
function pageLocale(): Locale | undefined {
  if (typeof document === 'undefined') return undefined;
  return locales.find((code) => htmlLang[code] === document.documentElement.lang);
}

/** Settings as a first visit to this page has them. */
function pageDefaults(): Settings {
  const locale = pageLocale();
  return locale ? defaultSettingsFor(locale) : settingsArea.defaults();
}

// Settings start from what a first visit here has: on a Polish page złoty, not dollars, after a
// reset and when the stored copy cannot be read alike.
export const settingsStore: AreaStore<Settings> = createAreaStore({ ...settingsArea, defaults: pageDefaults });
export const $settings = settingsStore.$store;

// A first visit takes the currency of the language it opened in (Polish → PLN, Traditional
// Chinese → TWD, Simplified Chinese → CNY) and keeps it; once settings are stored, whatever the
// user chose stands, in every language.
const firstLocale = pageLocale();
if (firstLocale && readRaw(settingsArea.key) === undefined) {
  settingsStore.set({ ...$settings.get(), currency: defaultSettingsFor(firstLocale).currency });
}
export const $currency = computed($settings, (settings) => settings.currency);

export function updateSettings(change: Partial<Settings>): void {
  settingsStore.update((current) => ({ ...current, ...change }));
}
