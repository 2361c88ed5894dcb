import type { EarlyEdit } from './early-input';
import { useI18n } from './i18n';

/**
 * What was typed before the tool started into fields it no longer shows: each field's label
 * and the text as typed, to copy where it belongs. Rendered as text, like all user text.
 */
export function UnplacedTyping({ edits, onDismiss }: { edits: EarlyEdit[]; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div class="notice warning unplaced-typing" role="status">
      <p>{t('kit.early.unplaced')}</p>
      <dl>
        {edits.map((edit) => (
          <div key={edit.id}>
            <dt>{edit.label || t('kit.early.field')}</dt>
            <dd>{edit.value as string}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="button secondary" onClick={onDismiss}>
        {t('kit.dismiss')}
      </button>
    </div>
  );
}
