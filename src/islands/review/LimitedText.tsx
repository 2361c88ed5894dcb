import { useState } from 'preact/hooks';
import { noteLength } from '../../lib/review/actuals';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { counted } from './labels';

/** From this share of the limit on, the count of characters is shown beside the field. */
const SHOW_COUNT_FROM = 0.8;

interface LimitedTextProps {
  id: string;
  label: string;
  value: string;
  max: number;
  onInput: (value: string) => void;
  fmt: ReviewFormat;
  multiline?: boolean;
  /** The label is visually hidden (a table cell, whose headers say what it is). */
  compact?: boolean;
}

/**
 * Free text with a limit said before it bites: the limit is stated under the field, the count
 * shows as the text nears it, a paste that would go over is refused with a message (never cut to
 * fit), and text typed past it is kept whole and marked, so nothing is ever lost silently.
 */
export function LimitedText({
  id,
  label,
  value,
  max,
  onInput,
  fmt,
  multiline,
  compact,
}: LimitedTextProps) {
  const { t } = useI18n();
  const [refused, setRefused] = useState<string | null>(null);
  const length = noteLength(value);
  const over = length > max;
  const limitId = `${id}-limit`;
  const messageId = `${id}-message`;
  const message = refused ?? (over ? t('problem.tooLong', { max: fmt.count(max) }) : null);

  const paste = (event: ClipboardEvent) => {
    const field = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const after =
      noteLength(field.value) - noteLength(field.value.slice(start, end)) + noteLength(pasted);
    if (after <= max) return;
    event.preventDefault();
    setRefused(
      t('review.limit.pasteRefused', {
        pasted: counted(t, 'review.characters', noteLength(pasted), fmt),
        max: fmt.count(max),
        after: fmt.count(after),
      }),
    );
  };
  const common = {
    id,
    value,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setRefused(null);
      onInput(event.currentTarget.value);
    },
    onPaste: paste,
    'aria-invalid': message ? ('true' as const) : undefined,
    'aria-describedby':
      [compact ? '' : limitId, message ? messageId : ''].filter(Boolean).join(' ') || undefined,
  };

  return (
    <div class={compact ? 'field compact limited' : 'field limited'}>
      <label for={id} class={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
      {!compact && (
        <p id={limitId} class="hint">
          {counted(t, 'review.limit.upTo', max, fmt)}
        </p>
      )}
      {length >= max * SHOW_COUNT_FROM && (
        <p class={over ? 'char-count over' : 'char-count'} aria-live="polite">
          {t('review.limit.count', { n: fmt.count(length), max: fmt.count(max) })}
        </p>
      )}
      {message && (
        <p id={messageId} class="field-error" role={refused ? 'alert' : undefined}>
          {message}
        </p>
      )}
    </div>
  );
}
