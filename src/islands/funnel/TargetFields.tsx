import { MAX_MONTHS } from '../../lib/funnel/model';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { fieldId, fieldLabel, problemAt, type SectionProps } from './fields';
import { sourceNote } from './source-note';

/** Revenue target, deal size with its optional range, and the period. */
export function TargetFields({ scenario, edit, problems, currency }: SectionProps & { currency: Currency }) {
  const { t, lang } = useI18n();
  const set = (key: 'target' | 'dealSize' | 'dealSizeLow' | 'dealSizeHigh' | 'months') => (value: string) =>
    edit((s) => ({ ...s, [key]: value }));
  const money = (key: 'target' | 'dealSize' | 'dealSizeLow' | 'dealSizeHigh', label: string) => (
    <NumberField
      id={fieldId(key)}
      label={label}
      hint={sourceNote(t, lang, scenario, key, scenario[key])}
      kind="money"
      currency={currency}
      value={scenario[key]}
      onInput={set(key)}
      problem={problemAt(problems, key)}
      nameOf={(path) => fieldLabel(t, scenario, path, lang)}
      optional={key === 'dealSizeLow' || key === 'dealSizeHigh'}
    />
  );

  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.target')}</legend>
      <div class="field-pair">
        {money('target', t('funnel.target'))}
        <NumberField
          id={fieldId('months')}
          label={t('funnel.months')}
          kind="months"
          rule={{ min: 1, max: MAX_MONTHS }}
          value={scenario.months}
          onInput={set('months')}
          problem={problemAt(problems, 'months')}
        />
      </div>
      <div class="estimate-fields">
        {money('dealSize', t('funnel.dealSize'))}
        {money('dealSizeLow', t('funnel.low'))}
        {money('dealSizeHigh', t('funnel.high'))}
      </div>
      <p class="hint">{t('funnel.rangeHint')}</p>
    </fieldset>
  );
}
