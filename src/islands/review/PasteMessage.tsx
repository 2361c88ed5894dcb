import { useI18n } from '../kit/i18n';
import type { PasteOutcome } from './ActualsEntry';

const tone = { done: 'success', check: 'warning', refused: 'danger' } as const;

/** What a paste did: refused is an alert; done, or done with cells to check, a status; a paste put can be undone. */
export function PasteMessage({
  outcome,
  id,
  onUndo,
}: {
  outcome: PasteOutcome;
  id?: string;
  onUndo: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <p
        id={id}
        class={`notice ${tone[outcome.status]}`}
        role={outcome.status === 'refused' ? 'alert' : 'status'}
      >
        {outcome.text}
      </p>
      {outcome.undo && (
        <button type="button" class="button secondary" onClick={onUndo}>
          {t('review.paste.undo')}
        </button>
      )}
    </>
  );
}
