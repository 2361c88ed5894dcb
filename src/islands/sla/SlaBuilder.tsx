import { useEffect, useRef, useState } from 'preact/hooks';
import { $settings } from '../../stores/settings';
import { defaultSlaState, type SlaDraft } from '../../lib/sla/state';
import type { TemplateEntry } from '../../lib/sla/drafts';
import type { SlaSectionId } from '../../lib/sla/draft';
import { $sla, startDraft, undoDelete, editDraftContent } from '../../stores/sla';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { StorageBanner } from '../kit/StorageBanner';
import { Toast } from '../kit/Toast';
import { useClientStore } from '../kit/use-client-store';
import { DraftBar } from './DraftBar';
import { DraftWorkspace } from './DraftWorkspace';
import { useSlaFormatters } from './format';
import { useIncomingDraft } from './IncomingDraft';
import type { BuilderNotice } from './notice';
import { TemplatePicker } from './TemplatePicker';
import { usePrintPageNumbers } from './use-print-page-numbers';

export interface SlaBuilderProps {
  /** The locale's templates, read at build time. */
  templates: TemplateEntry[];
  dataHref: string;
  funnelHref: string;
}

function Builder({ templates, dataHref, funnelHref }: SlaBuilderProps) {
  const { t, lang, marks } = useI18n();
  const state = useClientStore($sla, defaultSlaState());
  const fmt = useSlaFormatters();
  const [notice, setNotice] = useState<BuilderNotice | null>(null);
  const notify = (message: string) => setNotice({ message });
  const incoming = useIncomingDraft(notify);
  const [open, setOpen] = useState<ReadonlySet<SlaSectionId>>(() => new Set<SlaSectionId>(['parties']));
  const focusSelect = useRef(false);
  usePrintPageNumbers(t('sla.print.page'));

  const draft = state.drafts.find((d) => d.id === state.activeDraftId) ?? state.drafts[0];
  const draftName = (d: SlaDraft) => d.name.trim() || t('sla.drafts.defaultName', { n: state.drafts.indexOf(d) + 1 });

  useEffect(() => {
    if (!focusSelect.current || !draft) return;
    focusSelect.current = false;
    document.getElementById('sla-draft-select')?.focus();
  });

  const start = (entry: TemplateEntry | null) => {
    const base = entry ? entry.template.name : t('sla.drafts.defaultName', { n: state.drafts.length + 1 });
    const taken = new Set(state.drafts.map((d) => d.name));
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${marks.open}${n}${marks.close}`;
    const begin = (formatMoney?: (amount: number) => string) => {
      startDraft(entry, name, formatMoney);
      setOpen(new Set<SlaSectionId>(['parties']));
      focusSelect.current = true;
    };
    if (!entry) return begin();
    // A template's money is set in the workbook's currency, like every other figure. Its amounts
    // are whole, so Intl alone formats them as formatMoney would, without loading lib/format here.
    const money = new Intl.NumberFormat(lang, { style: 'currency', currency: $settings.get().currency, maximumFractionDigits: 0 });
    begin((amount) => money.format(amount));
  };

  const undo = () => {
    const what = notice?.undo;
    if (what && 'draft' in what) undoDelete(what);
    else if (what) editDraftContent(what.draftId, () => what.content);
    setNotice(null);
  };

  return (
    <div class="sla-builder">
      <StorageBanner dataHref={dataHref} />
      {incoming}
      {draft ? (
        <>
          <DraftBar state={state} draft={draft} templates={templates} onStart={start} notify={setNotice} draftName={draftName} dateTime={fmt.dateTime} />
          <DraftWorkspace
            key={draft.id}
            draft={draft}
            title={draftName(draft)}
            templates={templates}
            fmt={fmt}
            funnelHref={funnelHref}
            open={open}
            setOpen={setOpen}
            notify={setNotice}
          />
        </>
      ) : (
        <section class="sla-start" aria-labelledby="sla-start-title">
          <p class="notice">{t('sla.drafts.none')}</p>
          <h2 id="sla-start-title">{t('sla.template.pick')}</h2>
          <TemplatePicker templates={templates} onPick={start} idPrefix="sla-start" />
        </section>
      )}
      <Toast
        message={notice?.message ?? null}
        actionLabel={notice?.undo ? t('sla.drafts.undo') : undefined}
        onAction={undo}
        onDismiss={() => setNotice(null)}
        dismissLabel={t('kit.dismiss')}
      />
    </div>
  );
}

/** The SLA builder island: drafts, the form beside the live document, health check, versions and export. */
export default function SlaBuilder({ strings, ...props }: SlaBuilderProps & { strings: IslandStrings }) {
  return (
    <IslandRoot strings={strings}>
      <Builder {...props} />
    </IslandRoot>
  );
}
