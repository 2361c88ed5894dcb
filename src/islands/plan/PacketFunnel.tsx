/**
 * The plan packet's funnel part: the active scenario's inputs, plan, capacity, timeline, range
 * and levers, drawn by the planner's own panels one heading level down. Loaded with import()
 * only when the packet includes a funnel scenario, so chart code never loads otherwise.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { Scenario } from '../../lib/funnel/scenario';
import { planScenario } from '../../lib/funnel/sections';
import type { Settings } from '../../lib/settings';
import { CapacityPanel } from '../funnel/CapacityPanel';
import { prepareForPrint } from '../kit/ChartBox';
import { describeProblem } from '../funnel/fields';
import { useFormatters } from '../funnel/format';
import { ForwardPanel } from '../funnel/ForwardPanel';
import { PlanFigures } from '../funnel/PlanFigures';
import { PrintSummary } from '../funnel/PrintSummary';
import { SensitivityPanel } from '../funnel/SensitivityPanel';
import { SimulationPanel } from '../funnel/SimulationPanel';
import { StagePlan } from '../funnel/StagePlan';
import { TimelinePanel } from '../funnel/TimelinePanel';
import { useSimulation } from '../funnel/use-simulation';
import { Deeper } from '../kit/Heading';
import { useI18n } from '../kit/i18n';

/**
 * Whether the scenario plans without a problem: the packet prints it, or leaves it out with a
 * note. Here, with the model, so the packet loads the model only when there is a scenario.
 */
export function plansSoundly(scenario: Scenario, currency: Settings['currency']): boolean {
  return planScenario(scenario, currency).plan.ok;
}

interface PacketFunnelProps {
  scenario: Scenario;
  settings: Settings;
  dataHref: string;
}

export function PacketFunnel({ scenario, settings, dataHref }: PacketFunnelProps) {
  const { t, lang } = useI18n();
  const fmt = useFormatters(settings.currency, settings.periodStart);
  const planned = useMemo(() => planScenario(scenario, settings.currency), [scenario, settings.currency]);
  const simulation = useSimulation(planned.failed.seed ? null : planned.input);
  const plan = planned.plan.ok ? planned.plan.value : null;
  const explain = (problem: Parameters<typeof describeProblem>[2] | undefined) =>
    problem ? describeProblem(t, scenario, problem, lang) : t('problem.figureUnavailable');
  const readOnly = { scenario, edit: () => {}, problems: planned.problems };

  // Charts draw as they near the screen; "Save as PDF" draws the rest first, and a print from the
  // browser's menu finds the chart code here to draw them with.
  useEffect(prepareForPrint, []);

  return (
    <div
      class="funnel-planner packet-funnel"
      data-paper
      data-simulated={simulation.result ? '' : undefined}
    >
      <span class="chart-print-probe" hidden />
      <Deeper>
        <PrintSummary scenario={scenario} currency={settings.currency} always />
        <div class="card plan-card">
          <PlanFigures planned={planned} scenario={scenario} fmt={fmt} />
          {plan && planned.input && (
            <StagePlan reverse={plan.reverse} input={planned.input} fmt={fmt} />
          )}
        </div>
        {plan && (
          <CapacityPanel
            capacity={plan.capacity}
            reason={plan.capacity.ok ? '' : explain(plan.capacity.problem)}
            stages={scenario.stages}
            fmt={fmt}
          />
        )}
        {plan && (
          <ForwardPanel
            forward={plan.forward}
            reason={plan.forward.ok ? '' : explain(plan.forward.problem)}
            fmt={fmt}
          />
        )}
        {plan && planned.input && (
          <TimelinePanel
            timeline={plan.timeline}
            input={planned.input}
            fmt={fmt}
            periodStartSet={settings.periodStart !== ''}
            inHandIgnored={planned.failed.leadsInHand !== undefined}
            dataHref={dataHref}
          />
        )}
        <SimulationPanel
          {...readOnly}
          readOnly
          simulation={simulation}
          unavailable={planned.failed.seed ? explain(planned.failed.seed) : null}
          fmt={fmt}
        />
        {plan && (
          <SensitivityPanel sensitivity={plan.sensitivity} stages={scenario.stages} fmt={fmt} />
        )}
      </Deeper>
    </div>
  );
}
