import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { fieldId, problemAt, type SectionProps } from './fields';

/** Where the forward plan starts: the leads a month you can get, or the budget a month you have. */
export function ForwardFields({ scenario, edit, problems, currency }: SectionProps & { currency: Currency }) {
  const { t } = useI18n();
  const mode = scenario.forwardMode;
  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.forward')}</legend>
      <p class="hint">{t('funnel.forwardHint')}</p>
      <fieldset class="choice-group">
        <legend>{t('funnel.forwardMode')}</legend>
        {(['leads', 'budget'] as const).map((option) => (
          <div class="choice" key={option}>
            <input
              type="radio"
              id={fieldId(`forwardMode.${option}`)}
              name="funnel-forward-mode"
              checked={mode === option}
              onChange={() => edit((s) => ({ ...s, forwardMode: option }))}
            />
            <label for={fieldId(`forwardMode.${option}`)}>{t(option === 'leads' ? 'funnel.leadsPerMonth' : 'funnel.budgetPerMonth')}</label>
          </div>
        ))}
      </fieldset>
      {mode === 'leads' ? (
        <NumberField
          id={fieldId('leadsPerMonth')}
          label={t('funnel.leadsPerMonth')}
          kind="count"
          rule={{ whole: false }}
          value={scenario.leadsPerMonth}
          onInput={(leadsPerMonth) => edit((s) => ({ ...s, leadsPerMonth }))}
          problem={problemAt(problems, 'leadsPerMonth')}
        />
      ) : (
        <NumberField
          id={fieldId('budgetPerMonth')}
          label={t('funnel.budgetPerMonth')}
          kind="money"
          currency={currency}
          value={scenario.budgetPerMonth}
          onInput={(budgetPerMonth) => edit((s) => ({ ...s, budgetPerMonth }))}
          problem={problemAt(problems, 'budgetPerMonth')}
        />
      )}
    </fieldset>
  );
}
