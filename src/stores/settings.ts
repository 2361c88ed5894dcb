import { computed } from 'nanostores';
import { settingsArea } from '../lib/persist/areas/settings';
import type { Settings } from '../lib/settings';
import { createAreaStore } from './area-store';
import { readRaw } from './storage-engine';
import { htmlLang, localeCurrency, locales } from '../i18n/locales';

export const settingsStore = createAreaStore(settingsArea);
export const $settings = settingsStore.$store;

// A first visit takes the currency of the language it opened in (Polish → PLN, Traditional
// Chinese → TWD, Simplified Chinese → CNY) and keeps it; once settings are stored, whatever the
// user chose stands, in every language.
if (typeof document !== 'undefined' && readRaw(settingsArea.key) === undefined) {
  const locale = locales.find((code) => htmlLang[code] === document.documentElement.lang);
  if (locale) settingsStore.set({ ...$settings.get(), currency: localeCurrency[locale] });
}
export const $currency = computed($settings, (settings) => settings.currency);

export function updateSettings(change: Partial<Settings>): void {
  settingsStore.update((current) => ({ ...current, ...change }));
}
