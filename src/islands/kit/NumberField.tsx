import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { parseNumber, type NumberKind, type NumberRule } from '../../lib/number';
import { groupedInput } from '../../lib/number-display';
import type { Problem } from '../../lib/problem';
import type { Currency } from '../../lib/settings';
import { useI18n } from './i18n';
import { problemMessage } from './problem-message';
import { useMounted } from './use-client-store';

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
  /** Names another input by its id: the one a contradiction on this field is against. */
  nameOf?: (field?: string) => string;
  /** Shorter layout for table cells: the label is visually hidden. */
  compact?: boolean;
  /** May be left empty (a range's low or high): empty is never an error here. */
  optional?: boolean;
  /**
   * Once left, show the number grouped in the page's style (1,200,000; 1 200 000 in Polish).
   * Default true; false for identifiers such as a seed.
   */
  grouped?: boolean;
}

/**
 * The one number input of the workbook: money, counts, percentages, days and months.
 * Takes text as people type it, stores it untouched, and says in place why it can't be used.
 * While the field has focus it shows that text; once left, the number it reads as, grouped in the
 * page's style (see groupedInput: only the display changes, so what is stored reads the same in
 * every locale, and a reader who typed "1,5" meaning one and a half sees "1.5" at once).
 */
export function NumberField(props: NumberFieldProps) {
  const { id, label, kind, value, onInput, rule, hint, currency, compact, optional, grouped = true, nameOf = String } = props;
  const { t, lang, marks } = useI18n();
  const [touched, setTouched] = useState(false);
  const [focused, setFocused] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const started = useMounted();
  // The text a field had when focused before its tool started, while not yet typed into.
  const focusedEarly = useRef<string | null>(null);
  // A field focused before its tool started has the focus already: show the text as typed.
  useLayoutEffect(() => {
    const field = input.current;
    if (!field || field !== document.activeElement) return;
    setFocused(true);
    if (field.value === field.defaultValue) focusedEarly.current = field.value;
  }, []);
  // Starting swaps its grouped text for the text as typed, which drops the caret at the end: select
  // it, as a focus now would (onFocus), so the next key replaces the number. (Typed-into fields
  // get their text back from early-input.ts.)
  useLayoutEffect(() => {
    const field = input.current;
    const before = focusedEarly.current;
    if (!started || before === null || !field) return;
    focusedEarly.current = null;
    if (field === document.activeElement && field.value !== before) field.select();
  }, [started]);
  const shown = grouped && !focused ? (groupedInput(value, kind, lang) ?? value) : value;

  // Money may carry the workbook's currency sign, as its consumers read it (the funnel, the calculators).
  const parsed = parseNumber(value, { kind, ...rule, ...(kind === 'money' && currency ? { currency } : {}) });
  const parseProblem = parsed.ok || (optional && parsed.problem.code === 'empty') ? null : parsed.problem;
  // An empty field is only an error once the user has been there: a fresh form is not all red.
  const problem = parseProblem && (parseProblem.code !== 'empty' || touched) ? parseProblem : (props.problem ?? null);

  const unit =
    kind === 'money' ? currency
    : kind === 'percent' ? t('unit.percent')
    : kind === 'days' ? t('unit.days')
    : kind === 'months' ? t('unit.months')
    : undefined;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div class={compact ? 'field compact' : 'field'}>
      <label for={id} class={compact ? 'visually-hidden' : undefined}>
        {label}
        {unit && <span class="unit">{marks.open}{unit}{marks.close}</span>}
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
        ref={input}
        value={shown}
        onInput={(event) => onInput(event.currentTarget.value)}
        onFocus={(event) => {
          // Swap in the text as typed at once, before any keystroke, and select it: the next key
          // replaces the number, as it would have replaced "1,200,000" (a selection made over
          // the grouped text cannot be carried over to different characters).
          const field = event.currentTarget;
          if (field.value !== value) {
            field.value = value;
            field.select();
          }
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
          setTouched(true);
        }}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {problem && (
        <p id={errorId} class="field-error">
          {problemMessage(t, problem, label, nameOf, lang)}
        </p>
      )}
    </div>
  );
}
