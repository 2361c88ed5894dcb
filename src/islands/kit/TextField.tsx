import { TEXT_LIMITS, type TextKind } from '../../lib/text-limit';
import { useTextLimit } from './TextLimit';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  /** A multi-line field. */
  multiline?: boolean;
  rows?: number;
  compact?: boolean;
  placeholder?: string;
  /**
   * The most characters the field takes: a kind of field (see TEXT_LIMITS) or a number; false
   * for none. Default: a paragraph's limit for a multi-line field, a line's for the others.
   * Text past it is kept, marked and said, never cut.
   */
  limit?: TextKind | number | false;
  /** A problem with what is typed (a name that must not be blank), shown on the field. */
  error?: string | null | undefined;
}

/** A labelled text input or textarea, in the direction of what is typed in it. User text is only ever rendered as text. */
export function TextField({ id, label, value, onInput, hint, multiline, rows = 3, compact, placeholder, limit, error }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const kind = limit ?? (multiline ? 'text' : 'line');
  const max = kind === false ? null : typeof kind === 'number' ? kind : TEXT_LIMITS[kind];
  const limitView = useTextLimit(id, value, max);
  const describedBy = [hint && !compact ? hintId : '', error ? errorId : '', ...limitView.describedBy].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    placeholder,
    // Arabic or Hebrew typed here reads right to left, and the line sets out from the right.
    dir: 'auto' as const,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onInput(event.currentTarget.value),
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error || limitView.over ? ('true' as const) : undefined,
  };
  return (
    <div class={compact ? 'field compact' : 'field'}>
      <label for={id} class={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && !compact && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" autoComplete="off" {...common} />}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
      {limitView.note}
    </div>
  );
}
