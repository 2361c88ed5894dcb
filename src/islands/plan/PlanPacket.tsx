import { useEffect } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import {
  defaultPacket,
  packetParts,
  type PacketSection,
  type PartStatus,
} from '../../lib/plan-packet';
import { defaultWorksheets, worksheetIsEmpty } from '../../lib/worksheet';
import { slaContentIsBlank } from '../../lib/sla/blank';
import { $calculators } from '../../stores/calculators';
import { $activeScenario } from '../../stores/active-scenario';
import { $sla } from '../../stores/sla-store';
import { $packet } from '../../stores/plan';
import { $pipeline } from '../../stores/pipeline';
import { $tracking } from '../../stores/tracking';
import { defaultTracking } from '../../lib/review/tracking';
import { defaultPipelineState } from '../../lib/pipeline/state';
import { $worksheets } from '../../stores/worksheets';
import { useSettings } from '../kit/use-settings';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { StorageBanner } from '../kit/StorageBanner';
import { useClientStore, useMounted } from '../kit/use-client-store';
import { filledKpis, KpiTargets } from './KpiTargets';
import { PacketControls } from './PacketControls';
import { PacketCover } from './PacketCover';
import { PacketFormulas, PacketGlossary, PacketWorksheet } from './PacketReference';
import { useLazyModule } from '../kit/use-lazy-module';
import type { PacketText } from './types';
import { isolate } from '../../lib/bidi';
import { sentenceGap } from '../../i18n/punctuation';

function Packet({ text }: { text: PacketText }) {
  const { t, lang } = useI18n();
  const mounted = useMounted();
  const choice = useClientStore($packet, defaultPacket());
  const settings = useSettings();
  const calculators = useClientStore($calculators, {});
  const sheet = useClientStore($worksheets, defaultWorksheets()).marketingMix;
  const scenario = useClientStore($activeScenario, null);
  const sla = useClientStore($sla, { drafts: [], activeDraftId: '' });
  const measured = useClientStore($pipeline, defaultPipelineState()).measured;
  const tracking = useClientStore($tracking, defaultTracking());
  // A month keeps the plan it was held against from its first actual on.
  const reported = Object.values(tracking.months).some((month) => month.plan !== undefined);
  const draftName = (index: number) =>
    sla.drafts[index]!.name.trim() || t('sla.drafts.defaultName', { n: index + 1 });
  const drafts = sla.drafts.map((draft, i) => ({ id: draft.id, name: draftName(i) }));
  const draftIndex = Math.max(
    0,
    sla.drafts.findIndex((d) => d.id === (choice.slaDraftId || sla.activeDraftId)),
  );
  const draft = sla.drafts[draftIndex] ?? null;
  const format = { locale: lang, currency: settings.currency };

  // The chosen paper size drives @page; a constructed sheet is allowed by the CSP.
  useEffect(() => {
    const sheetForPage = new CSSStyleSheet();
    sheetForPage.replaceSync(`@page { size: ${choice.paper === 'letter' ? 'letter' : 'A4'}; }`);
    document.adoptedStyleSheets = [
      ...document.adoptedStyleSheets.filter((s) => !s.cssRules[0]?.cssText.startsWith('@page')),
      sheetForPage,
    ];
  }, [choice.paper]);

  // The funnel model loads with the funnel part, once there is a scenario; until then the part
  // counts as printed (it says it is loading), then as left out if its plan has a problem.
  const funnelPart = useLazyModule(scenario !== null, () => import('./PacketFunnel'));
  const kpisFilled = filledKpis(calculators, settings.currency);
  const ready: Record<PacketSection, PartStatus> = {
    cover: settings.companyName.trim() || settings.preparedBy.trim() ? 'ready' : 'empty',
    kpis: kpisFilled.some((k) => k.result.ok) ? 'ready' : 'empty',
    funnel: !scenario ? 'empty' : !funnelPart || funnelPart.plansSoundly(scenario, settings.currency) ? 'ready' : 'invalid',
    pipeline: measured ? 'ready' : 'empty',
    tracking: reported ? 'ready' : 'empty',
    sla: draft && !slaContentIsBlank(draft.content) ? 'ready' : 'empty',
    worksheet: worksheetIsEmpty(sheet) ? 'empty' : 'ready',
    formulas: 'ready',
    glossary: 'ready',
  };
  const parts = packetParts(choice, ready);
  const pipelinePart = useLazyModule(
    parts.some((p) => p.section === 'pipeline' && p.status === 'ready'),
    () => import('./PacketPipeline'),
  );
  // The review's model and panels load only when a reported month is in the packet.
  const trackingPart = useLazyModule(
    parts.some((p) => p.section === 'tracking' && p.status === 'ready'),
    () => import('./PacketTrackingPart'),
  );
  const slaPart = useLazyModule(
    parts.some((p) => p.section === 'sla' && p.status === 'ready'),
    () => import('./PacketSla'),
  );
  const printed = parts.filter((part) => part.status === 'ready' || part.section === 'cover');
  const leftOut = parts.filter((part) => part.status !== 'ready' && part.section !== 'cover');
  const title = (section: PacketSection) => t(`plan.section.${section}` as MessageKey);
  const emptyNote: Record<PacketSection, { text: string; href?: string }> = {
    cover: { text: t('plan.empty.cover'), href: text.links.data },
    kpis: { text: t('plan.empty.kpis'), href: text.links.calculators },
    funnel: {
      text:
        ready.funnel === 'invalid'
          ? t('plan.empty.invalid', { name: isolate(scenario?.name.trim() || t('plan.section.funnel')) })
          : t('plan.empty.funnel'),
      href: text.links.funnel,
    },
    pipeline: { text: t('plan.empty.pipeline'), href: text.links.pipeline },
    tracking: { text: t('plan.empty.tracking'), href: text.links.review },
    sla: {
      text: draft ? t('plan.empty.slaBlank', { name: isolate(draftName(draftIndex)) }) : t('plan.empty.sla'),
      href: text.links.sla,
    },
    worksheet: { text: t('plan.empty.worksheet'), href: text.links.worksheet },
    formulas: { text: '' },
    glossary: { text: '' },
  };
  // A part still on its way says so, and keeps "Save as PDF" waiting for it (printWhenReady).
  const loading = () => (
    <p class="hint" aria-busy="true">
      {t('plan.loading')}
    </p>
  );
  const formulaKpis = kpisFilled.length ? kpisFilled.map((k) => k.kpi.id) : Object.keys(text.kpis);

  return (
    // The packet is the user's own figures and settings: nothing here is for search.
    <div class="plan-packet" data-pagefind-ignore>
      <StorageBanner dataHref={text.links.data} />
      <PacketControls choice={choice} drafts={drafts} activeDraftId={draft?.id ?? ''} />
      {parts.length === 0 && <p class="notice warning">{t('plan.nothingChosen')}</p>}
      <article
        class="packet"
        aria-label={t('plan.preview')}
        data-mounted={mounted ? '' : undefined}
      >
        {printed.map(({ section }) => (
          <section
            key={section}
            class={`packet-section packet-${section}`}
            aria-labelledby={`packet-${section}-title`}
          >
            {section === 'cover' ? (
              <PacketCover
                settings={settings}
                contents={printed
                  .filter((part) => part.section !== 'cover')
                  .map((part) => title(part.section))}
                settingsHref={text.links.data}
              />
            ) : (
              <>
                <h2 id={`packet-${section}-title`}>{title(section)}</h2>
                {section === 'kpis' && (
                  <KpiTargets calculators={calculators} text={text} format={format} />
                )}
                {section === 'funnel' &&
                  scenario &&
                  (funnelPart ? (
                    <funnelPart.PacketFunnel
                      scenario={scenario}
                      settings={settings}
                      dataHref={text.links.data}
                    />
                  ) : (
                    loading()
                  ))}
                {section === 'pipeline' &&
                  measured &&
                  (pipelinePart ? <pipelinePart.PacketPipeline measured={measured} format={format} /> : loading())}
                {section === 'tracking' &&
                  (trackingPart ? <trackingPart.PacketTrackingPart currency={settings.currency} /> : loading())}
                {section === 'sla' &&
                  draft &&
                  (slaPart ? (
                    <slaPart.PacketSla draft={draft} title={draftName(draftIndex)} />
                  ) : (
                    loading()
                  ))}
                {section === 'worksheet' && <PacketWorksheet sheet={sheet} />}
                {section === 'formulas' && <PacketFormulas ids={formulaKpis} kpis={text.kpis} />}
                {section === 'glossary' && <PacketGlossary terms={text.glossary} />}
              </>
            )}
          </section>
        ))}
        {leftOut.length > 0 && (
          <section class="packet-left-out" aria-labelledby="packet-left-out-title">
            <h2 id="packet-left-out-title">{t('plan.emptyTitle')}</h2>
            <ul>
              {leftOut.map((part) => (
                <li key={part.section}>
                  {emptyNote[part.section].text}
                  {sentenceGap(lang)}
                  {emptyNote[part.section].href && (
                    <a class="no-print" href={emptyNote[part.section].href}>
                      {t('plan.openTool')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </div>
  );
}

export default function PlanPacket({
  strings,
  text,
}: {
  strings: IslandStrings;
  text: PacketText;
}) {
  return (
    <IslandRoot strings={strings}>
      <Packet text={text} />
    </IslandRoot>
  );
}
