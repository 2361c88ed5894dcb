import { defaultSettingsFor, type Settings } from '../../lib/settings';
import { $settings } from '../../stores/settings';
import { useI18n } from './i18n';
import { useClientStore } from './use-client-store';

/**
 * The workbook's settings. Until the island has started (and on the server), what a first visit
 * in the page's language has: its currency (Polish → PLN), so a page never shows dollars first.
 */
export function useSettings(): Settings {
  const { locale } = useI18n();
  return useClientStore($settings, defaultSettingsFor(locale));
}
