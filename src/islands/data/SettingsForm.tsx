import { currencies, type Currency } from '../../lib/settings';
import { updateSettings } from '../../stores/settings';
import { useSettings } from '../kit/use-settings';
import { useI18n } from '../kit/i18n';
import { MonthField } from '../kit/MonthField';
import { TextField } from '../kit/TextField';

/** Currency, company, preparer and period: used by every tool and the plan's cover. */
export function SettingsForm() {
  const { t, lang } = useI18n();
  const settings = useSettings();
  const currencyName = new Intl.DisplayNames([lang], { type: 'currency' });

  return (
    <section aria-labelledby="settings-title" class="card">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div class="fields">
        <div class="field">
          <label for="settings-currency">{t('settings.currency')}</label>
          <select
            id="settings-currency"
            value={settings.currency}
            onChange={(e) => updateSettings({ currency: e.currentTarget.value as Currency })}
          >
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code} · {currencyName.of(code)}
              </option>
            ))}
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
