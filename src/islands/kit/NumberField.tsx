import { useState } from 'preact/hooks';
import { parseNumber, type NumberKind, type NumberRule } from '../../lib/number';
import type { Problem } from '../../lib/problem';
import type { Currency } from '../../lib/settings';
import { useI18n } from './i18n';
import { problemMessage } from './problem-message';

export interface NumberFieldProps {
  id: string;
  label: string;
  kind: NumberKind;
  /** The raw text, exactly as typed and stored. */
  value: string;
  onInput: (value: string) => void;
  /** Bounds beyond the kind's defaults. */
  rule?: Omit<NumberRule, 'kind'>;
  hint?: string | undefined;
  /** For money fields: the currency shown beside the label. */
  currency?: Currency;
  /** A problem found beyond parsing (a zero denominator, a contradiction), shown on this field. */
  problem?: Problem | null | undefined;
  /** Shorter layout for table cells: the label is visually hidden. */
  compact?: boolean;
  /** May be left empty (a range's low or high): empty is never an error here. */
  optional?: boolean;
}

/**
 * The one number input of the workbook: money, counts, percentages, days and months.
 * Takes text as people type it, stores it untouched, and says in place why it can't be used.
 */
export function NumberField(props: NumberFieldProps) {
  const { id, label, kind, value, onInput, rule, hint, currency, compact, optional } = props;
  const { t } = useI18n();
  const [touched, setTouched] = useState(false);

  const parsed = parseNumber(value, { kind, ...rule });
  const parseProblem = parsed.ok || (optional && parsed.problem.code === 'empty') ? null : parsed.problem;
  // An empty field is only an error once the user has been there: a fresh form is not all red.
  const shown = parseProblem && (parseProblem.code !== 'empty' || touched) ? parseProblem : (props.problem ?? null);

  const unit =
    kind === 'money' ? currency
    : kind === 'percent' ? t('unit.percent')
    : kind === 'days' ? t('unit.days')
    : kind === 'months' ? t('unit.months')
    : undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', shown ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div class={compact ? 'field compact' : 'field'}>
      <label for={id} class={compact ? 'visually-hidden' : undefined}>
        {label}
        {unit && <span class="unit"> ({unit})</span>}
      </label>
      {hint && !compact && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode={kind === 'count' || kind === 'months' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={shown ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {shown && (
        <p id={errorId} class="field-error">
          {problemMessage(t, shown, label)}
        </p>
      )}
    </div>
  );
}
