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
}

/** A labelled text input or textarea. User text is only ever rendered as text. */
export function TextField({ id, label, value, onInput, hint, multiline, rows = 3, compact, placeholder }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const common = {
    id,
    value,
    placeholder,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onInput(event.currentTarget.value),
    'aria-describedby': hint && !compact ? hintId : undefined,
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
    </div>
  );
}
