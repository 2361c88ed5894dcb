import { computed } from 'nanostores';
import { settingsArea } from '../lib/persist/areas/settings';
import type { Settings } from '../lib/settings';
import { createAreaStore, type AreaStore } from './area-store';
import { readRaw } from './storage-engine';
import { htmlLang, localeCurrency, locales } from '../i18n/locales';

/** The currency of the page's language (Polish → PLN), if the page has one of ours. */
function pageCurrency(): Settings['currency'] | undefined {
  if (typeof document === 'undefined') return undefined;
  const locale = locales.find((code) => htmlLang[code] === document.documentElement.lang);
  return locale && localeCurrency[locale];
}

/** Settings as a first visit to this page has them. */
function pageDefaults(): Settings {
  const currency = pageCurrency();
  return currency ? { ...settingsArea.defaults(), currency } : settingsArea.defaults();
}

// Settings start from what a first visit here has: on a Polish page złoty, not dollars, after a
// reset and when the stored copy cannot be read alike.
export const settingsStore: AreaStore<Settings> = createAreaStore({ ...settingsArea, defaults: pageDefaults });
export const $settings = settingsStore.$store;

// A first visit takes the currency of the language it opened in (Polish → PLN, Traditional
// Chinese → TWD, Simplified Chinese → CNY) and keeps it; once settings are stored, whatever the
// user chose stands, in every language.
const firstCurrency = pageCurrency();
if (firstCurrency && readRaw(settingsArea.key) === undefined) settingsStore.set({ ...$settings.get(), currency: firstCurrency });
export const $currency = computed($settings, (settings) => settings.currency);

export function updateSettings(change: Partial<Settings>): void {
  settingsStore.update((current) => ({ ...current, ...change }));
}
