import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../lib/funnel/scenario';
import type { FunnelState } from '../../lib/persist/areas/funnel';
import { addScenarioBeside, deleteScenario, setActiveScenario, type DeletedScenario } from '../../stores/funnel';
import { useI18n } from '../kit/i18n';
import { TextField } from '../kit/TextField';
import { localizedScenario } from './localized-default';
import { isolate } from '../../lib/bidi';

interface ScenarioBarProps {
  state: FunnelState;
  scenario: Scenario;
  isSaved: boolean;
  edit: (change: (scenario: Scenario) => Scenario) => void;
  onDeleted: (deleted: DeletedScenario) => void;
  /** Actions on the scenario as a whole: share, print. */
  children?: ComponentChildren;
}

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** Switch, name, create, duplicate and delete scenarios. */
export function ScenarioBar({ state, scenario, isSaved, edit, onDeleted, children }: ScenarioBarProps) {
  const { t } = useI18n();
  // A new or duplicated scenario's name is selected once it is the one shown, so typing replaces it.
  const selectNameOf = useRef(false);
  useLayoutEffect(() => {
    if (!selectNameOf.current) return;
    selectNameOf.current = false;
    const name = document.getElementById('funnel-scenario-name') as HTMLInputElement | null;
    name?.focus();
    name?.select();
  }, [scenario.id]);
  const listed = isSaved ? state.scenarios : [scenario];
  const nameOf = (s: Scenario) => s.name.trim() || t('funnel.scenario.untitled');

  const create = () => {
    const n = (isSaved ? state.scenarios.length : 1) + 1;
    addScenarioBeside(scenario, localizedScenario(t, t('funnel.scenario.newName', { n }), 'new'));
    // A new scenario is usually renamed first.
    selectNameOf.current = true;
  };
  const duplicate = () => {
    addScenarioBeside(scenario, { ...structuredClone(scenario), name: t('funnel.scenario.copyName', { name: isolate(nameOf(scenario)) }) });
    selectNameOf.current = true;
  };
  const remove = (event: MouseEvent) => {
    const deleted = deleteScenario(scenario.id);
    if (deleted) onDeleted(deleted);
    // A click goes on to the list, which shows the scenario now open; from the keyboard (a click
    // of detail 0) the toast's Undo takes the focus, as after any removal (kit/ToastBody).
    if (event.detail > 0) focusLater('funnel-scenario');
  };

  return (
    <section class="card scenario-bar no-print" aria-labelledby="funnel-scenarios-title">
      <h2 id="funnel-scenarios-title" class="visually-hidden">
        {t('funnel.scenario.title')}
      </h2>
      <div class="scenario-fields">
        <div class="field">
          <label for="funnel-scenario">{t('funnel.scenario.active')}</label>
          <select id="funnel-scenario" value={scenario.id} onChange={(e) => setActiveScenario(e.currentTarget.value)}>
            {listed.map((s) => (
              <option key={s.id} value={s.id}>
                {nameOf(s)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="funnel-scenario-name"
          label={t('funnel.scenario.name')}
          limit="name"
          value={scenario.name}
          onInput={(name) => edit((s) => ({ ...s, name }))}
        />
      </div>
      <div class="actions">
        <button type="button" class="button secondary" onClick={create}>
          {t('funnel.scenario.new')}
        </button>
        <button type="button" class="button secondary" onClick={duplicate}>
          {t('funnel.scenario.duplicate')}
        </button>
        {isSaved && (
          <button type="button" class="button danger" onClick={remove}>
            {t('funnel.scenario.delete')}
          </button>
        )}
        <div class="actions scenario-output">{children}</div>
      </div>
      <p class="hint">{isSaved ? t('funnel.scenario.saved') : t('funnel.scenario.unsaved')}</p>
    </section>
  );
}
