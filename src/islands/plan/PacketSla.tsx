/**
 * The plan packet's SLA part: the chosen draft as the builder prints it, without edit buttons.
 * Loaded with import() only when the packet includes a draft.
 */
import { useMemo } from 'preact/hooks';
import { buildSlaDocument } from '../../lib/sla/document';
import type { SlaDraft } from '../../lib/sla/state';
import { useI18n } from '../kit/i18n';
import { useSlaFormatters } from '../sla/format';
import { SlaDocumentView } from '../sla/SlaDocumentView';

export function PacketSla({ draft, title }: { draft: SlaDraft; title: string }) {
  const { t } = useI18n();
  const fmt = useSlaFormatters();
  const document = useMemo(
    () =>
      buildSlaDocument(draft.content, fmt.labels, { title, ...fmt.documentOptions }),
    [draft.content, fmt, title],
  );
  return (
    <SlaDocumentView
      document={document}
      labels={fmt.labels}
      dateLine={t('sla.print.draftOf', { date: fmt.date(draft.updatedAt) })}
    />
  );
}
