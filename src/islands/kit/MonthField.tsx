export interface MonthFieldProps {
  id: string;
  label: string;
  /** 'yyyy-mm', or '' when not set. */
  value: string;
  onInput: (value: string) => void;
  hint?: string | undefined;
  /** What an empty field says in place of the browser's "--------- ----": "Not set: pick a month". */
  prompt: string;
}

/**
 * A month picker (the browser's own, so it can be typed into and read out as a date) that, while
 * empty, reads as a prompt instead of the dashes Chromium draws. The prompt is also the field's
 * description, so a screen reader hears "not set" too.
 */
export function MonthField({ id, label, value, onInput, hint, prompt }: MonthFieldProps) {
  const hintId = `${id}-hint`;
  const promptId = `${id}-prompt`;
  const empty = value === '';
  return (
    <div class="field month-field" data-empty={empty ? '' : undefined}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <div class="month-input">
        <input
          id={id}
          type="month"
          value={value}
          placeholder={prompt}
          aria-describedby={[hint ? hintId : '', empty ? promptId : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            if (typed === '' || /^\d{4}-\d{2}$/.test(typed)) onInput(typed);
          }}
        />
        {empty && (
          <span id={promptId} class="month-prompt">
            {prompt}
          </span>
        )}
      </div>
    </div>
  );
}
