import { computed } from 'nanostores';
import { settingsArea } from '../lib/persist/areas/settings';
import type { Settings } from '../lib/settings';
import { createAreaStore } from './area-store';

export const settingsStore = createAreaStore(settingsArea);
export const $settings = settingsStore.$store;
export const $currency = computed($settings, (settings) => settings.currency);

export function updateSettings(change: Partial<Settings>): void {
  settingsStore.update((current) => ({ ...current, ...change }));
}
