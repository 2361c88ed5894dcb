import { useState } from 'preact/hooks';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { keptTabDraft } from '../kit/tab-draft';
import { useLazyModule } from '../kit/use-lazy-module';
import type { PasteBlockProps } from './PasteForm';
import { PasteMessage } from './PasteMessage';

/** The tab-draft key of the text in the paste box (see useTabDraft). */
const PASTE_TEXT = 'review-paste';

/**
 * A block of cells pasted into a box and put in the table from a chosen month and column: for
 * phones and screen readers, where pasting into a cell is awkward. Most visits type, or paste
 * into a cell, so the box is a part the reader opens, and its code loads on the first opening;
 * it is open from the start when this tab kept text in it (a reload with a block still to fix).
 */
export function PasteBlock(props: PasteBlockProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(() => keptTabDraft(PASTE_TEXT) !== null);
  const Form = useLazyModule(open, () => import('./PasteForm').then((m) => m.PasteForm));
  return (
    <div class="paste-block">
      <Heading sub={1} id="review-paste-title" class="disclosure-title">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="review-paste-body"
          onClick={() => setOpen(!open)}
        >
          <span class="disclosure-chevron" aria-hidden="true" />
          {t('review.paste.title')}
        </button>
      </Heading>
      {/* Once loaded the box stays, hidden when closed: its choices and an undo outlive a close. */}
      <div id="review-paste-body" hidden={!open} aria-busy={open && !Form ? 'true' : undefined}>
        {Form && <Form {...props} textKey={PASTE_TEXT} Message={PasteMessage} />}
      </div>
    </div>
  );
}
