// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../lib/funnel/scenario';

async function loadFunnel() {
  vi.resetModules();
  const funnel = await import('./funnel');
  const unbind = funnel.$funnel.listen(() => {});
  await Promise.resolve();
  return { ...funnel, unbind };
}

const named = (id: string, name: string) => defaultScenario(name, id);

beforeEach(() => localStorage.clear());

describe('deleting a scenario and undoing it', () => {
  it('puts it back in its place, active again', async () => {
    const { $funnel, addScenario, deleteScenario, restoreScenario } = await loadFunnel();
    addScenario(named('scenario-1', 'Alpha'));
    addScenario(named('scenario-2', 'Beta'));
    addScenario(named('scenario-3', 'Gamma'));
    $funnel.set({ ...$funnel.get(), activeId: 'scenario-2' });
    const deleted = deleteScenario('scenario-2')!;
    expect($funnel.get().scenarios.map((s) => s.name)).toEqual(['Alpha', 'Gamma']);
    restoreScenario(deleted);
    expect($funnel.get().scenarios.map((s) => s.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect($funnel.get().activeId).toBe('scenario-2');
    restoreScenario(deleted); // a second undo changes nothing
    expect($funnel.get().scenarios).toHaveLength(3);
  });

  it('brings it back under a fresh id when a new scenario has taken its id meanwhile', async () => {
    const { $funnel, addScenario, addScenarioCopy, deleteScenario, restoreScenario } = await loadFunnel();
    addScenario(named('scenario-1', 'Alpha'));
    addScenario(named('scenario-2', 'Beta'));
    addScenario(named('scenario-3', 'Gamma'));
    const deleted = deleteScenario('scenario-3')!;
    const added = addScenarioCopy(named('ignored', 'New'));
    expect(added.id).toBe('scenario-3');
    restoreScenario(deleted);
    const { scenarios, activeId } = $funnel.get();
    expect(scenarios.map((s) => [s.id, s.name])).toEqual([
      ['scenario-1', 'Alpha'],
      ['scenario-2', 'Beta'],
      ['scenario-4', 'Gamma'],
      ['scenario-3', 'New'],
    ]);
    expect(activeId).toBe('scenario-4');
    expect(scenarios[2]!.channels.every((c) => c.id.startsWith('scenario-4-'))).toBe(true);
  });

  it('keeps the last scenario even after the example shown in its place is edited and stored', async () => {
    const { $funnel, addScenario, deleteScenario, editScenario, restoreScenario } = await loadFunnel();
    addScenario(named('scenario-1', 'Alpha'));
    const deleted = deleteScenario('scenario-1')!;
    editScenario(named('scenario-1', 'Example'), (s) => ({ ...s, target: '900000' }));
    restoreScenario(deleted);
    expect($funnel.get().scenarios.map((s) => s.name)).toEqual(['Alpha', 'Example']);
  });
});
