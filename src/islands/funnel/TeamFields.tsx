import type { NumberKind, NumberRule } from '../../lib/number';
import type { MessageKey } from '../../i18n/messages/types';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { fieldId, problemAt, type SectionProps } from './fields';

type TeamKey = 'reps' | 'attemptsPerLead' | 'minutesPerAttempt' | 'hoursPerRepPerMonth';

// The same bounds parseScenario applies, so a field says what is wrong as it is typed.
const TEAM_FIELDS: readonly { key: TeamKey; label: MessageKey; kind: NumberKind; rule?: Omit<NumberRule, 'kind'> }[] = [
  { key: 'reps', label: 'funnel.reps', kind: 'count' },
  { key: 'attemptsPerLead', label: 'funnel.attemptsPerLead', kind: 'number', rule: { min: 0 } },
  { key: 'minutesPerAttempt', label: 'funnel.minutesPerAttempt', kind: 'number', rule: { min: 0 } },
  { key: 'hoursPerRepPerMonth', label: 'funnel.hoursPerRep', kind: 'number', rule: { min: 0, max: 744 } },
];

/** The sales team that works the MQLs. */
export function TeamFields({ scenario, edit, problems }: SectionProps) {
  const { t } = useI18n();
  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.team')}</legend>
      <p class="hint">{t('funnel.teamHint')}</p>
      <div class="field-pair">
        {TEAM_FIELDS.map(({ key, label, kind, rule }) => (
          <NumberField
            key={key}
            id={fieldId(key)}
            label={t(label)}
            kind={kind}
            {...(rule ? { rule } : {})}
            value={scenario[key]}
            onInput={(value) => edit((s) => ({ ...s, [key]: value }))}
            problem={problemAt(problems, key)}
          />
        ))}
      </div>
    </fieldset>
  );
}
