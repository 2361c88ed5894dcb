import { useCallback, useMemo } from 'preact/hooks';
import type { Scenario } from '../../lib/funnel/scenario';
import { planScenario, type ScenarioPlan } from '../../lib/funnel/sections';
import type { FunnelState } from '../../lib/persist/areas/funnel';
import type { Currency } from '../../lib/settings';
import { $funnel, editScenario } from '../../stores/funnel';
import { useI18n } from '../kit/i18n';
import { useClientStore } from '../kit/use-client-store';
import { localizedScenario } from './localized-default';

const EMPTY: FunnelState = { scenarios: [], activeId: '', compareIds: [] };

export interface Planner {
  state: FunnelState;
  /** The scenario on screen: the active saved one, or the unsaved example while none is saved. */
  scenario: Scenario;
  isSaved: boolean;
  planned: ScenarioPlan;
  edit: (change: (scenario: Scenario) => Scenario) => void;
}

/**
 * The planner's state. With nothing saved yet it shows a localized example held in memory
 * (the server renders the same one), and stores it on the first edit.
 */
export function usePlanner(currency: Currency): Planner {
  const { t } = useI18n();
  const state = useClientStore($funnel, EMPTY);
  const example = useMemo(() => localizedScenario(t, t('funnel.scenario.defaultName'), 'scenario-1'), [t]);
  const saved = state.scenarios.find((s) => s.id === state.activeId) ?? state.scenarios[0] ?? null;
  const scenario = saved ?? example;
  const planned = useMemo(() => planScenario(scenario, currency), [scenario, currency]);
  const edit = useCallback((change: (s: Scenario) => Scenario) => editScenario(scenario, change), [scenario]);
  return { state, scenario, isSaved: saved !== null, planned, edit };
}
