// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../lib/funnel/scenario';
import { reviewShare } from '../lib/review/share';
import { flatScenario, linkedPlanTo, slaContent } from '../lib/review/test-review';
import { defaultTracking, emptyMonth } from '../lib/review/tracking';

async function loadStores() {
  vi.resetModules();
  const funnel = await import('./funnel');
  const sla = await import('./sla');
  const slaStore = await import('./sla-store');
  const tracking = await import('./tracking');
  const settings = await import('./settings');
  const share = await import('./review-share');
  const unbind = [funnel.$funnel, slaStore.$sla, tracking.$tracking, settings.$settings].map((store) => store.listen(() => {}));
  await Promise.resolve();
  return { ...funnel, ...sla, ...slaStore, ...tracking, ...settings, ...share, unbind };
}

beforeEach(() => localStorage.clear());

describe('opening a shared review and undoing it', () => {
  // The sender's plan is "Their plan" (id scenario-1); the SLA draft is linked to it.
  const theirs = { ...flatScenario(), name: 'Their plan' };
  const linkedPlan = linkedPlanTo(theirs.id, 'Their plan');
  const linkedContent = { ...slaContent(), linkedPlan };
  const shared = reviewShare({
    scenario: theirs,
    draft: { id: 'draft-x', name: 'Their SLA', templateId: '', createdAt: '', updatedAt: '', content: linkedContent, versions: [] },
    periodStart: '2027-01',
    tracking: { ...defaultTracking(), months: { '2027-01': { ...emptyMonth(), note: 'Their January' } } },
  });

  it('puts back the review, the period and the plan and draft that were open', async () => {
    const s = await loadStores();
    s.addScenario(defaultScenario('My plan', 'scenario-1'));
    const mine = s.startDraft(null, 'My SLA');
    s.updateSettings({ periodStart: '2026-07' });
    const myTracking = { ...defaultTracking(), months: { '2026-07': { ...emptyMonth(), note: 'My July' } } };
    s.trackingStore.set(myTracking);

    const opened = s.openSharedReview(shared, { scenario: 'Their plan', draft: 'Their SLA' });
    const added = s.$funnel.get().scenarios.find((x) => x.name === 'Their plan')!;
    expect(added.id).not.toBe('scenario-1');
    expect(s.$tracking.get().scenarioId).toBe(added.id);
    // The shared draft's link follows the shared plan to its id here, not to "My plan".
    const addedDraft = s.$sla.get().drafts.find((d) => d.name === 'Their SLA')!;
    expect(addedDraft.content.linkedPlan?.scenarioId).toBe(added.id);
    expect(s.$settings.get().periodStart).toBe('2027-01');

    opened.undo();
    expect(s.$tracking.get().months['2026-07']?.note).toBe('My July');
    expect(s.$settings.get().periodStart).toBe('2026-07');
    expect(s.$funnel.get().activeId).toBe('scenario-1');
    expect(s.$sla.get().activeDraftId).toBe(mine);
    // What was added stays, as any opened shared plan or draft does.
    expect(s.$funnel.get().scenarios.map((x) => x.name)).toEqual(['My plan', 'Their plan']);
    s.unbind.forEach((stop) => stop());
  });
});
