import { useState } from 'preact/hooks';
import { slaDraftShareShape } from '../../lib/persist/areas/sla-share';
import type { SlaDraft } from '../../lib/sla/state';
import { addSharedDraft } from '../../stores/sla';
import { Dialog } from '../kit/Dialog';
import { useI18n } from '../kit/i18n';
import { useIncomingShare } from '../kit/use-incoming-share';
import { isolate } from '../../lib/bidi';

/**
 * Opens a shared draft from the link's fragment as a NEW draft: nothing of the user's is
 * replaced, so the kit's "replace?" question does not apply; the dialog says what will happen.
 */
export function useIncomingDraft(notify: (message: string) => void) {
  const { t } = useI18n();
  const [pending, setPending] = useState<SlaDraft | null>(null);
  const nameOf = (draft: SlaDraft) => draft.name.trim() || t('sla.share.sharedName');
  const status = useIncomingShare({ shape: slaDraftShareShape, hasLocalWork: () => false, apply: setPending });

  const open = () => {
    if (pending) {
      addSharedDraft(pending, nameOf(pending));
      notify(t('sla.share.opened', { name: isolate(nameOf(pending)) }));
    }
    setPending(null);
  };

  return (
    <>
      {status}
      <Dialog open={pending !== null} title={t('sla.share.title')} onClose={() => setPending(null)}>
        <p>{pending && t('sla.share.body', { name: isolate(nameOf(pending)) })}</p>
        <div class="actions">
          <button type="button" class="button" autoFocus onClick={open}>
            {t('sla.share.open')}
          </button>
          <button type="button" class="button secondary" onClick={() => setPending(null)}>
            {t('sla.share.cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
