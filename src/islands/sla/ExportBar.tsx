import type { SlaDocument } from '../../lib/sla/document';
import { slaDraftShareShape } from '../../lib/persist/areas/sla-share';
import { SHARE_PARAM } from '../../lib/persist/share-hash';
import type { SlaDraft } from '../../lib/sla/state';
import { datedFilename, downloadText } from '../kit/download';
import { useI18n } from '../kit/i18n';
import { ShareButton } from '../kit/ShareButton';

export interface ExportBarProps {
  draft: SlaDraft;
  document: SlaDocument;
}

/** Print (the document only, through the print style sheet), a Markdown file and a share link. */
export function ExportBar({ draft, document }: ExportBarProps) {
  const { t } = useI18n();
  const downloadMarkdown = async () => {
    // The Markdown writer loads only when someone asks for a file.
    const { slaDocumentToMarkdown } = await import('../../lib/sla/markdown');
    // A Latin colon is followed by a space; the full-width one carries its own.
    const fieldSeparator = t('sla.markdown.fieldSeparator') === '：' ? '：' : ': ';
    downloadText(datedFilename('sla', 'md'), slaDocumentToMarkdown(document, { fieldSeparator }), 'text/markdown');
  };

  return (
    <div class="actions sla-export no-print" role="group" aria-label={t('sla.export.title')}>
      <button type="button" class="button" onClick={() => print()}>
        {t('sla.export.print')}
      </button>
      <button type="button" class="button secondary" onClick={downloadMarkdown}>
        {t('sla.export.markdown')}
      </button>
      <ShareButton
        title={t('sla.share.linkTitle')}
        body={t('sla.share.linkBody')}
        makeHash={async () => {
          const { encodeShare } = await import('../../lib/persist/share');
          return `#${SHARE_PARAM}=${await encodeShare(slaDraftShareShape, draft)}`;
        }}
      />
    </div>
  );
}
