import { useState } from 'preact/hooks';
import { textLength } from '../../lib/text-limit';
import { useI18n } from '../kit/i18n';
import { useTextLimit } from '../kit/TextLimit';
import type { ReviewFormat } from './format';
import { counted } from './labels';

interface LimitedTextProps {
  id: string;
  label: string;
  value: string;
  /** The most characters the field takes (see TEXT_LIMITS). */
  max: number;
  onInput: (value: string) => void;
  fmt: ReviewFormat;
  multiline?: boolean;
  /** The label and the stated limit are visually hidden (a table cell, whose headers say what it is). */
  compact?: boolean;
}

/**
 * Free text with its limit said before it bites: the limit is stated under the field, the count
 * shows as the text nears it and the field says how far past it is (the kit's useTextLimit, as in
 * every tool), and a paste that would go over is refused with a message instead of being cut to
 * fit. Text typed or dropped past the limit is kept whole and marked: nothing is lost silently.
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
  const limit = useTextLimit(id, value, max);
  const limitId = `${id}-stated`;
  const refusedId = `${id}-refused`;

  const paste = (event: ClipboardEvent) => {
    const field = event.currentTarget as HTMLInputElement | HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const after =
      textLength(field.value) - textLength(field.value.slice(start, end)) + textLength(pasted);
    if (after <= max) return;
    event.preventDefault();
    setRefused(
      t('review.limit.pasteRefused', {
        pasted: counted(t, 'review.characters', textLength(pasted), fmt),
        max: fmt.count(max),
        after: fmt.count(after),
      }),
    );
  };
  const common = {
    id,
    value,
    // As the kit's TextField: right-to-left text typed here is laid out right to left.
    dir: 'auto' as const,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setRefused(null);
      onInput(event.currentTarget.value);
    },
    onPaste: paste,
    'aria-invalid': refused || limit.over ? ('true' as const) : undefined,
    'aria-describedby':
      [compact ? '' : limitId, refused ? refusedId : '', ...limit.describedBy]
        .filter(Boolean)
        .join(' ') || undefined,
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
      {refused && (
        <p id={refusedId} class="field-error" role="alert">
          {refused}
        </p>
      )}
      {limit.note}
    </div>
  );
}
