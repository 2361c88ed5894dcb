import type { Currency } from '../../lib/settings';
import { updateSettings } from '../../stores/settings';
import { useSettings } from '../kit/use-settings';
import { useI18n } from '../kit/i18n';
import { MonthField } from '../kit/MonthField';
import { TextField } from '../kit/TextField';

/**
 * A currency the settings offer and its label in the page's language: ["KRW", "South Korean Won
 * (KRW)"]. A pair, not an object: the page carries some 160 of them to the island.
 */
export type CurrencyOption = readonly [code: Currency, label: string];

/** The common currencies first, then every other the server's Intl knows, sorted by name for the page's language. */
export interface CurrencyOptions {
  common: CurrencyOption[];
  others: CurrencyOption[];
}

const option = ([code, label]: CurrencyOption) => (
  <option key={code} value={code}>
    {label}
  </option>
);

/**
 * Currency, company, preparer and period: used by every tool and the plan's cover. The currencies
 * are listed and named by the server, in the page's language (src/lib/currency-choices.ts).
 */
export function SettingsForm({ currencies }: { currencies: CurrencyOptions }) {
  const { t } = useI18n();
  const settings = useSettings();
  // A currency stored from elsewhere (a browser that knows a newer one) is still shown as chosen.
  const listed = [...currencies.common, ...currencies.others].some(
    ([code]) => code === settings.currency,
  );

  return (
    <section aria-labelledby="settings-title" class="card">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div class="fields">
        <div class="field">
          <label for="settings-currency">{t('settings.currency')}</label>
          <select
            id="settings-currency"
            value={settings.currency}
            onChange={(e) => updateSettings({ currency: e.currentTarget.value })}
          >
            {!listed && <option value={settings.currency}>{settings.currency}</option>}
            <optgroup label={t('settings.currencyCommon')}>
              {currencies.common.map(option)}
            </optgroup>
            <optgroup label={t('settings.currencyOthers')}>
              {currencies.others.map(option)}
            </optgroup>
          </select>
        </div>
        <TextField
          id="settings-company"
          label={t('settings.companyName')}
          limit="name"
          value={settings.companyName}
          onInput={(companyName) => updateSettings({ companyName })}
        />
        <TextField
          id="settings-prepared-by"
          label={t('settings.preparedBy')}
          limit="name"
          value={settings.preparedBy}
          onInput={(preparedBy) => updateSettings({ preparedBy })}
        />
        <MonthField
          id="settings-period"
          label={t('settings.periodStart')}
          hint={t('settings.periodStartHint')}
          prompt={t('settings.periodNotSet')}
          value={settings.periodStart}
          onInput={(periodStart) => updateSettings({ periodStart })}
        />
      </div>
      <p class="hint">{t('settings.saved')}</p>
    </section>
  );
}
