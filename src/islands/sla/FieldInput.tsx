import type { MessageKey } from '../../i18n/messages/types';
import type { SlaFieldSpec } from '../../lib/sla/fields';
import { slaNumberProblem } from '../../lib/sla/health';
import { slaTextLimit } from '../../lib/sla/limits';
import { useI18n } from '../kit/i18n';
import { useTextLimit } from '../kit/TextLimit';
import { fieldId } from './format';

export interface FieldInputProps {
  spec: SlaFieldSpec;
  /** The concrete content path ('signOff.1.name'). */
  path: string;
  value: string;
  onInput: (value: string) => void;
  /** The template's guidance for the field. */
  guidance?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
type NumericInput = Parameters<typeof slaNumberProblem>[1];
const NUMERIC = new Set<SlaFieldSpec['input']>(['count', 'percent', 'hours', 'days']);

/** What the hint under a number the health check cannot read asks for. */
const numberHint: Partial<Record<NonNullable<ReturnType<typeof slaNumberProblem>>, MessageKey>> = {
  negative: 'sla.form.numberNegative',
  outOfRange: 'sla.form.rateRange',
  tooLarge: 'sla.form.numberTooLarge',
};

/** Labels of a choice's options live under the same prefix as in the document. */
const optionPrefix: Record<string, string> = {
  'term.reviewCadence': 'sla.cadence',
  'temperature.cold.owner': 'sla.owner',
  'temperature.warm.owner': 'sla.owner',
  'temperature.hot.owner': 'sla.owner',
  'signOff.party': 'sla.party',
};

/**
 * One field of the agreement: a line, a text, a date, a choice or a number typed as text. The
 * value is stored exactly as typed; a number field the health check cannot read (not a number,
 * below zero, a rate past 100 %) only gets a gentle hint saying why, because the agreement may
 * say "about 300" on purpose.
 */
export function FieldInput({ spec, path, value, onInput, guidance }: FieldInputProps) {
  const { t } = useI18n();
  const id = fieldId(path);
  const text = t(`sla.field.${spec.key}` as MessageKey);
  const numeric = NUMERIC.has(spec.input);
  const problem = numeric ? slaNumberProblem(value, spec.input as NumericInput) : null;
  const unreadable = problem !== null;
  const hintId = `${id}-hint`;
  const numberHintId = `${id}-number`;
  // Text past its limit is kept here, marked, and left out of the document until shortened.
  const limit = useTextLimit(id, value, spec.input === 'choice' ? null : slaTextLimit(path), t('sla.form.leftOut'));
  const describedBy =
    [guidance ? hintId : '', unreadable ? numberHintId : '', ...limit.describedBy].filter(Boolean).join(' ') || undefined;
  const invalid = limit.over ? ('true' as const) : undefined;
  const onChange = (event: { currentTarget: { value: string } }) => onInput(event.currentTarget.value);

  let control;
  if (spec.input === 'choice') {
    const prefix = optionPrefix[spec.key] ?? 'sla';
    control = (
      <select id={id} value={value} onChange={onChange} aria-describedby={describedBy}>
        <option value="">{t('sla.form.choose')}</option>
        {spec.options?.map((option) => (
          <option key={option} value={option}>
            {t(`${prefix}.${option}` as MessageKey)}
          </option>
        ))}
      </select>
    );
  } else if (spec.input === 'text') {
    control = <textarea id={id} dir="auto" value={value} onInput={onChange} rows={3} aria-describedby={describedBy} aria-invalid={invalid} />;
  } else {
    // A date picker while the value is a date (or empty); anything else stays visible as text.
    const type = spec.input === 'date' && (value === '' || ISO_DATE.test(value)) ? 'date' : 'text';
    control = (
      <input
        id={id}
        // Words in Arabic or Hebrew read right to left; a number or a date has no direction of its own.
        dir="auto"
        type={type}
        value={value}
        onInput={onChange}
        autoComplete="off"
        inputMode={numeric ? 'decimal' : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        class={numeric ? 'sla-number' : undefined}
      />
    );
  }

  return (
    <div class={`field sla-field sla-field-${spec.input}`}>
      <label for={id}>{text}</label>
      {guidance && (
        <p id={hintId} class="hint">
          {guidance}
        </p>
      )}
      {control}
      {unreadable && (
        <p id={numberHintId} class="sla-number-hint">
          {t((problem && numberHint[problem]) ?? 'sla.form.numberHint')}
        </p>
      )}
      {limit.note}
    </div>
  );
}
