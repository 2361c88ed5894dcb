import { useState } from 'preact/hooks';
import type { Scenario } from '../../lib/funnel/scenario';
import { scenarioShareShape } from '../../lib/persist/areas/funnel';
import { $funnel, addScenarioCopy, replaceScenario } from '../../stores/funnel';
import { Dialog } from '../kit/Dialog';
import { useI18n } from '../kit/i18n';
import { useIncomingShare } from '../kit/use-incoming-share';
import { isolate } from '../../lib/bidi';

export interface ShareNotice {
  message: string;
  undo?: () => void;
}

/**
 * Opens a shared scenario from the link's fragment. With no saved scenarios it simply opens;
 * otherwise it asks: add it as a new scenario (nothing is lost) or replace the active one.
 */
export function useIncomingScenario(active: Scenario, notify: (notice: ShareNotice) => void) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Scenario | null>(null);
  const nameOf = (s: Scenario) => s.name.trim() || t('funnel.scenario.sharedName');

  const addNew = (shared: Scenario) => {
    const added = addScenarioCopy({ ...shared, name: nameOf(shared) });
    notify({ message: t('funnel.share.added', { name: isolate(added.name) }) });
  };

  // The kit's question is about replacing; here the choice is add or replace, so ask it ourselves.
  const status = useIncomingShare({
    shape: scenarioShareShape,
    hasLocalWork: () => false,
    apply: (shared) => ($funnel.get().scenarios.length === 0 ? addNew(shared) : setPending(shared)),
  });

  const replace = (shared: Scenario) => {
    const before = structuredClone(active);
    replaceScenario(active.id, { ...shared, name: nameOf(shared) });
    notify({ message: t('funnel.share.replaced', { name: isolate(before.name) }), undo: () => replaceScenario(before.id, before) });
  };
  const choose = (action: ((shared: Scenario) => void) | null) => {
    if (pending && action) action(pending);
    setPending(null);
  };

  return (
    <>
      {status}
      <Dialog open={pending !== null} title={t('funnel.share.title')} onClose={() => setPending(null)}>
        <p>{pending && t('funnel.share.body', { name: isolate(nameOf(pending)), active: isolate(active.name.trim() || t('funnel.scenario.untitled')) })}</p>
        <div class="actions">
          <button type="button" class="button" autoFocus onClick={() => choose(addNew)}>
            {t('funnel.share.add')}
          </button>
          <button type="button" class="button secondary" onClick={() => choose(replace)}>
            {t('funnel.share.replace', { active: isolate(active.name.trim() || t('funnel.scenario.untitled')) })}
          </button>
          <button type="button" class="button secondary" onClick={() => choose(null)}>
            {t('funnel.share.cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
