import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlanVolumes } from '../../lib/funnel/sla-link';
import { setAt } from '../../lib/sla/content-path';
import { buildSlaDocument } from '../../lib/sla/document';
import { slaSectionIds, type SlaContent, type SlaSectionId } from '../../lib/sla/draft';
import type { TemplateEntry } from '../../lib/sla/drafts';
import { healthCheck, type HealthOptions } from '../../lib/sla/health';
import { linkPlan, planChangedSinceLink, unlinkPlan } from '../../lib/sla/link';
import type { SlaDraft } from '../../lib/sla/state';
import { editDraftContent } from '../../stores/sla';
import { $activeScenario, $linkedPlanNow, $planVolumes } from '../../stores/sla-plan';
import { useI18n } from '../kit/i18n';
import { useClientStore } from '../kit/use-client-store';
import { ExportBar } from './ExportBar';
import { docSectionId, formSectionId, localToday, type SlaFormatters } from './format';
import { HealthPanel } from './HealthPanel';
import { LinkedPlanCard } from './LinkedPlanCard';
import type { BuilderNotice } from './notice';
import { SlaDocumentView } from './SlaDocumentView';
import { SlaForm } from './SlaForm';
import { VersionsPanel } from './VersionsPanel';
import { isolate } from '../../lib/bidi';
import { measuredForHealth } from '../../lib/pipeline/health';
import { defaultPipelineState } from '../../lib/pipeline/state';
import { $pipeline } from '../../stores/pipeline';
import { ViewStart } from '../kit/view-start';

export interface DraftWorkspaceProps {
  draft: SlaDraft;
  title: string;
  templates: readonly TemplateEntry[];
  fmt: SlaFormatters;
  funnelHref: string;
  open: ReadonlySet<SlaSectionId>;
  setOpen: (open: ReadonlySet<SlaSectionId>) => void;
  notify: (notice: BuilderNotice) => void;
}

const FIELD = 'input, textarea, select';

/** One open draft: health check and funnel link, the form beside its live document, and its versions. */
export function DraftWorkspace({
  draft,
  title,
  templates,
  fmt,
  funnelHref,
  open,
  setOpen,
  notify,
}: DraftWorkspaceProps) {
  const { t } = useI18n();
  const volumes = useClientStore($planVolumes, null);
  const active = useClientStore($activeScenario, null);
  const linkedNow = useClientStore($linkedPlanNow, undefined);
  const pane = useRef<HTMLDivElement>(null);
  const focusSection = useRef<SlaSectionId | null>(null);
  const { content } = draft;

  const changed = planChangedSinceLink(content, linkedNow ?? null);
  const linked = content.linkedPlan;
  const plan: HealthOptions['plan'] = !linked
    ? undefined
    : linkedNow
      ? {
          capacityOk: linkedNow.capacityOk,
          mqlsPerMonth: linkedNow.mqlsPerMonth,
          maxMqlsPerMonth: linkedNow.maxMqlsPerMonth,
          changedSinceLink: changed,
        }
      : { ...linked, changedSinceLink: changed };
  const measured = useClientStore($pipeline, defaultPipelineState()).measured;
  const findings = useMemo(() => {
    const fromCrm = measuredForHealth(measured);
    // The file's name sits inside the finding's sentence: isolated, like all user text.
    const options = {
      today: localToday(),
      plan,
      ...(fromCrm ? { measured: { ...fromCrm, file: isolate(fromCrm.file) } } : {}),
    };
    return healthCheck(content, options);
  }, [content, plan?.capacityOk, plan?.mqlsPerMonth, plan?.maxMqlsPerMonth, changed, measured]);
  const counts = useMemo(() => {
    const bySection: Partial<Record<SlaSectionId, number>> = {};
    for (const finding of findings)
      bySection[finding.section] = (bySection[finding.section] ?? 0) + 1;
    return bySection;
  }, [findings]);
  // The document beside the form draws a task after it: opening a stored draft would otherwise
  // draw the whole workspace in one long task, and a slow phone would answer no tap until then.
  // Over a kept view of the builder (view-start.ts), the page already shows it: drawn at once.
  const [documentDue, setDocumentDue] = useState(useContext(ViewStart));
  useEffect(() => {
    const due = setTimeout(() => setDocumentDue(true));
    return () => clearTimeout(due);
  }, []);
  const document = useMemo(
    () =>
      documentDue ? buildSlaDocument(content, fmt.labels, { title, ...fmt.documentOptions }) : null,
    [documentDue, content, fmt, title],
  );
  const template = templates.find((entry) => entry.slug === draft.templateId) ?? templates[0];
  const guidanceFor = (key: string) => template?.template.guidance[key];

  const edit = (change: (content: SlaContent) => SlaContent) => editDraftContent(draft.id, change);
  const setField = (path: string, value: unknown) => edit((c) => setAt(c, path, value));

  // Opening a section from the health check or the document puts focus on its first field.
  useEffect(() => {
    const section = focusSection.current;
    if (!section) return;
    focusSection.current = null;
    const body = globalThis.document.getElementById(`${formSectionId(section)}-body`);
    body?.querySelector<HTMLElement>(FIELD)?.focus();
  });
  const goTo = (section: SlaSectionId) => {
    focusSection.current = section;
    setOpen(new Set([...open, section]));
  };
  const toggle = (section: SlaSectionId) => {
    const next = new Set(open);
    if (!next.delete(section)) next.add(section);
    setOpen(next);
  };

  // Beside the form, the document follows the section being edited (when it scrolls on its own).
  const follow = (event: FocusEvent) => {
    const section = (event.target as HTMLElement).closest<HTMLElement>('[data-section]')?.dataset
      .section;
    const box = pane.current;
    const target = section && globalThis.document.getElementById(docSectionId(section));
    if (
      !box ||
      !target ||
      box.scrollHeight <= box.clientHeight ||
      getComputedStyle(box).overflowY === 'visible'
    )
      return;
    box.scrollTo({ top: target.offsetTop - box.offsetTop - 8 });
  };

  const use = (from: PlanVolumes) => {
    const before = content;
    edit((c) => linkPlan(c, from, new Date().toISOString()));
    setOpen(new Set([...open, 'marketing']));
    notify({
      message: t('sla.linked.done', { name: isolate(from.scenarioName) }),
      undo: { draftId: draft.id, content: before },
    });
  };

  return (
    <>
      <div class="sla-overview no-print">
        <HealthPanel findings={findings} dateTime={fmt.dateTime} onGoTo={goTo} />
        <LinkedPlanCard
          linked={linked}
          activeName={active ? active.name : null}
          volumes={volumes}
          linkedNow={linkedNow}
          changed={changed}
          funnelHref={funnelHref}
          number={fmt.number}
          total={fmt.documentOptions.formatTotal}
          dateTime={fmt.dateTime}
          onUse={use}
          onUnlink={() => edit(unlinkPlan)}
        />
      </div>
      <div class="sla-workspace">
        <div class="sla-form-pane no-print" onFocusIn={follow}>
          <SlaForm
            content={content}
            guidanceFor={guidanceFor}
            findings={counts}
            open={open}
            onToggle={toggle}
            onToggleAll={(all) => setOpen(new Set(all ? slaSectionIds : []))}
            setField={setField}
            edit={edit}
          />
        </div>
        <div class="sla-doc-pane" ref={pane}>
          {document && (
            <>
              <ExportBar draft={draft} document={document} />
              <SlaDocumentView
                document={document}
                labels={fmt.labels}
                dateLine={t('sla.print.draftOf', { date: fmt.date(draft.updatedAt) })}
                onEdit={goTo}
              />
            </>
          )}
        </div>
      </div>
      <div class="no-print">
        <VersionsPanel
          draft={draft}
          dateTime={fmt.dateTime}
          notify={(message) => notify({ message })}
        />
      </div>
    </>
  );
}
