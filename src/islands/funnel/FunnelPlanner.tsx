import { useState } from 'preact/hooks';
import { scenarioShareShape } from '../../lib/persist/areas/funnel';
import { encodeShare, SHARE_PARAM } from '../../lib/persist/share';
import { restoreScenario } from '../../stores/funnel';
import { useSettings } from '../kit/use-settings';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { ShareButton } from '../kit/ShareButton';
import { StorageBanner } from '../kit/StorageBanner';
import { Toast } from '../kit/Toast';
import { BudgetFields } from './BudgetFields';
import { CapacityPanel } from './CapacityPanel';
import { printWhenReady } from '../kit/print-when-ready';
import { DrawnAfterStart } from '../kit/DrawnAfterStart';
import { ComparePanel } from './ComparePanel';
import { describeProblem, type SectionProps } from './fields';
import { useFormatters } from './format';
import { ForwardFields } from './ForwardFields';
import { ForwardPanel } from './ForwardPanel';
import { useIncomingScenario, type ShareNotice } from './IncomingScenario';
import { LeadsInHandEditor } from './LeadsInHandEditor';
import { PlanFigures } from './PlanFigures';
import { PrintSummary } from './PrintSummary';
import { ScenarioBar } from './ScenarioBar';
import { SensitivityPanel } from './SensitivityPanel';
import { SimulationPanel } from './SimulationPanel';
import { StagePlan } from './StagePlan';
import { StagesEditor } from './StagesEditor';
import { TargetFields } from './TargetFields';
import { TeamFields } from './TeamFields';
import { TimelinePanel } from './TimelinePanel';
import { usePlanner } from './use-planner';
import { useSimulation } from './use-simulation';
import { isolate } from '../../lib/bidi';
import { sentenceGap } from '../../i18n/punctuation';


export interface FunnelPlannerProps {
  dataHref: string;
}

function Planner({ dataHref }: FunnelPlannerProps) {
  const { t, lang } = useI18n();
  const settings = useSettings();
  const { state, scenario, isSaved, planned, edit } = usePlanner(settings.currency);
  const { currency } = settings;
  const fmt = useFormatters(currency, settings.periodStart);
  const [notice, setNotice] = useState<ShareNotice | null>(null);
  const incoming = useIncomingScenario(scenario, setNotice);
  const simulation = useSimulation(planned.failed.seed ? null : planned.input);

  const plan = planned.plan.ok ? planned.plan.value : null;
  const explain = (problem: Parameters<typeof describeProblem>[2] | undefined) =>
    problem ? describeProblem(t, scenario, problem, lang) : t('problem.figureUnavailable');
  // The plan's own problem is told once, above its figures; the figures below only point to it.
  const planReason = t('problem.figureUnavailable');
  const section: SectionProps = { scenario, edit, problems: planned.problems };


  return (
    // The planner is inputs and figures, not prose: search indexes the page's text around it.
    <div class="funnel-planner" data-pagefind-ignore>
      <span class="chart-print-probe" hidden />
      <StorageBanner dataHref={dataHref} />
      {incoming}
      <ScenarioBar
        state={state}
        scenario={scenario}
        isSaved={isSaved}
        edit={edit}
        onDeleted={(deleted) =>
          setNotice({
            message: t('funnel.scenario.deleted', { name: isolate(deleted.scenario.name.trim() || t('funnel.scenario.untitled')) }),
            undo: () => restoreScenario(deleted),
          })
        }
      >
        <ShareButton makeHash={async () => `#${SHARE_PARAM}=${await encodeShare(scenarioShareShape, scenario)}`} />
        <button type="button" class="button secondary" onClick={() => void printWhenReady()}>
          {t('funnel.print')}
        </button>
      </ScenarioBar>
      <PrintSummary scenario={scenario} currency={currency} />
      <div class="funnel-workspace">
        <section class="card funnel-inputs no-print" aria-labelledby="funnel-inputs-title">
          <h2 id="funnel-inputs-title">{t('funnel.inputs')}</h2>
          <p class="hint">
            {t('funnel.currencyNote', { currency })}
            {sentenceGap(lang)}
            <a href={dataHref}>{t('funnel.changeCurrency')}</a>
          </p>
          <TargetFields {...section} currency={currency} />
          <StagesEditor {...section} />
          <BudgetFields {...section} currency={currency} />
          <ForwardFields {...section} currency={currency} />
          <TeamFields {...section} />
          <LeadsInHandEditor {...section} />
        </section>
        {/* The figures follow the fields by a task when a stored plan opens (DrawnAfterStart). */}
        <DrawnAfterStart>
          {() => (
            <div class="funnel-outcome">
              <div class="card plan-card">
                <PlanFigures planned={planned} scenario={scenario} fmt={fmt} />
                {plan && planned.input && <StagePlan reverse={plan.reverse} input={planned.input} fmt={fmt} />}
              </div>
              <CapacityPanel
                capacity={plan?.capacity ?? null}
                reason={plan && !plan.capacity.ok ? explain(plan.capacity.problem) : planReason}
                stages={scenario.stages}
                fmt={fmt}
              />
              <ForwardPanel forward={plan?.forward ?? null} reason={plan && !plan.forward.ok ? explain(plan.forward.problem) : planReason} fmt={fmt} />
            </div>
          )}
        </DrawnAfterStart>
      </div>
      <DrawnAfterStart>
        {() =>
          plan &&
          planned.input && (
            <TimelinePanel
              timeline={plan.timeline}
              input={planned.input}
              fmt={fmt}
              periodStartSet={settings.periodStart !== ''}
              inHandIgnored={planned.failed.leadsInHand !== undefined}
              dataHref={dataHref}
            />
          )
        }
      </DrawnAfterStart>
      <SimulationPanel
        {...section}
        simulation={simulation}
        unavailable={planned.failed.plan ? explain(planned.failed.plan) : planned.failed.seed ? explain(planned.failed.seed) : null}
        fmt={fmt}
       
      />
      <DrawnAfterStart>{() => plan && <SensitivityPanel sensitivity={plan.sensitivity} stages={scenario.stages} fmt={fmt} />}</DrawnAfterStart>
      <ComparePanel state={state} fmt={fmt} currency={currency} />
      <Toast
        message={notice?.message ?? null}
        actionLabel={notice?.undo ? t('kit.undo') : undefined}
        onAction={() => {
          notice?.undo?.();
          setNotice(null);
        }}
        onDismiss={() => setNotice(null)}
        dismissLabel={t('kit.dismiss')}
      />
    </div>
  );
}

export default function FunnelPlanner({ strings, ...props }: FunnelPlannerProps & { strings: IslandStrings }) {
  return (
    <IslandRoot strings={strings}>
      <Planner {...props} />
    </IslandRoot>
  );
}
