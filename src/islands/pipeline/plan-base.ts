/**
 * What the CRM page needs of the funnel planner: the active scenario's stages (to map stage
 * values to) and a new scenario started from the measured figures. Loaded with import() when a
 * file arrives or a stored measurement is shown, so a first visit does not load the planner's
 * store and schemas up front.
 */
import type { IslandTranslate } from '../kit/i18n';
import { calibrate } from '../../lib/pipeline/calibrate';
import type { PipelineSummary } from '../../lib/pipeline/summary';
import { $funnel, addScenarioCopy } from '../../stores/funnel';
import { localizedScenario } from '../funnel/localized-default';

/** The scenario a plan starts from: the active one, or the default one in the page's language. */
export function activeScenario(t: IslandTranslate) {
  const funnel = $funnel.get();
  return funnel.scenarios.find((s) => s.id === funnel.activeId) ?? funnel.scenarios[0] ?? localizedScenario(t, t('funnel.scenario.defaultName'), 'scenario-1');
}

/** The funnel's stage names now, and each time they change (another tab, say). */
export function watchStages(t: IslandTranslate, onStages: (stages: string[]) => void): () => void {
  return $funnel.subscribe(() => onStages([...activeScenario(t).stages]));
}

/**
 * Adds a scenario named `name` with the measured rates, deal size and lag (never replacing one);
 * its name once added, or null when the summary has nothing to plan from.
 */
export function startPlanFrom(t: IslandTranslate, summary: PipelineSummary, file: string, measuredAt: string, name: string): string | null {
  const base = activeScenario(t);
  const calibration = calibrate(summary, base.steps, file, measuredAt);
  if (!calibration) return null;
  const { steps, deal, sources } = calibration;
  return addScenarioCopy({ ...structuredClone(base), steps, ...deal, name, sources, updatedAt: new Date().toISOString() }).name;
}
