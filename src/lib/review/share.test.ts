import { describe, expect, it } from 'vitest';
import { reviewShareShape } from '../persist/areas/review-share';
import { decodeShare, encodeShare } from '../persist/share';
import { setActuals } from './entry';
import { monthlyReview } from './review';
import { hasReviewWork, openedDraft, openedTracking, reportedMonths, reviewShare } from './share';
import { flatScenario, linkedPlanTo, slaContent } from './test-review';
import { defaultTracking, emptyMonth } from './tracking';

const scenario = flatScenario();
const draft = {
  id: 'draft-sender',
  name: 'Our SLA \u202Eevil',
  templateId: '',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  content: slaContent(),
  versions: [{ id: 'v1', name: 'Signed', savedAt: '2027-01-02T00:00:00.000Z', content: slaContent() }],
};
/** January and February reported, March with a note only, one action. */
const tracking = {
  ...setActuals(
    { ...defaultTracking(), scenarioId: scenario.id, draftId: draft.id },
    [
      { month: '2027-01', field: 'stages.0', text: '20' },
      { month: '2027-01', field: 'sla.mqlsDelivered', text: '70' },
      { month: '2027-02', field: 'revenue', text: '25000' },
    ],
    () => null,
  ),
  actions: [{ id: 'action-1', text: 'Call back', owner: 'Sam', month: '2027-01', dueMonth: '2027-02', done: false, doneMonth: '' }],
};
tracking.months['2027-03'] = { ...emptyMonth(), note: 'Only a note' };

describe('the review share link', () => {
  const shared = reviewShare({ scenario, draft, periodStart: '2027-01', tracking });

  it('leaves the saved versions of the draft and the sender’s ids at home', () => {
    expect(shared.draft?.versions).toEqual([]);
    expect(shared.draft?.name).toBe('Our SLA \u202Eevil');
    expect([shared.tracking.scenarioId, shared.tracking.draftId]).toEqual(['', '']);
    expect(shared.tracking.months).toBe(tracking.months);
  });

  it('comes back from its code as it went in', async () => {
    const code = await encodeShare(reviewShareShape, shared);
    expect(await decodeShare(reviewShareShape, code)).toEqual({ ok: true, data: shared });
  });

  it('opens on the recipient’s own ids and gives the sender’s review', () => {
    const opened = openedTracking(shared, 'scenario-7', 'draft-9');
    expect([opened.scenarioId, opened.draftId]).toEqual(['scenario-7', 'draft-9']);
    const at = (t: typeof tracking, d: typeof draft) =>
      monthlyReview({ scenario, draft: { id: d.id, content: d.content }, periodStart: '2027-01', tracking: t, today: '2027-04-10' });
    const sender = at(tracking, draft);
    const recipient = at(opened, { ...draft, id: 'draft-9' });
    if (!sender.ok || !recipient.ok) throw new Error('no review');
    expect(recipient.value.months.map((m) => m.scorecard)).toEqual(sender.value.months.map((m) => m.scorecard));
    expect(recipient.value.reforecast).toEqual(sender.value.reforecast);
  });

  it('counts the months with a figure, not the one with only a note', () => {
    expect(reportedMonths(tracking)).toEqual(['2027-01', '2027-02']);
  });

  it('knows when there is work a shared review would replace', () => {
    expect(hasReviewWork(defaultTracking())).toBe(false);
    expect(hasReviewWork({ ...defaultTracking(), months: { '2027-05': { ...emptyMonth(), note: ' x ' } } })).toBe(true);
    expect(hasReviewWork({ ...defaultTracking(), actions: tracking.actions })).toBe(true);
    expect(hasReviewWork({ ...defaultTracking(), months: { '2027-05': emptyMonth() } })).toBe(false);
    // Typed text that is not a figure yet is still the user's work: it reports no month, but a
    // shared review would replace it.
    const typed = { ...defaultTracking(), months: { '2027-05': { ...emptyMonth(), revenue: 'abc' } } };
    expect(reportedMonths(typed)).toEqual([]);
    expect(hasReviewWork(typed)).toBe(true);
  });
});

describe('the shared draft as stored here', () => {
  const linked = (scenarioId: string) => ({
    ...draft,
    content: {
      ...slaContent(),
      linkedPlan: linkedPlanTo(scenarioId),
    },
  });

  it('links to the shared plan under the id it is stored under here', () => {
    const share = reviewShare({ scenario, draft: linked(scenario.id), periodStart: '2027-01', tracking });
    expect(openedDraft(share, 'scenario-7')?.content.linkedPlan?.scenarioId).toBe('scenario-7');
  });

  it('leaves a link to some other plan of the sender’s, and a draft with no link, as they are', () => {
    const other = reviewShare({ scenario, draft: linked('scenario-elsewhere'), periodStart: '2027-01', tracking });
    expect(openedDraft(other, 'scenario-7')?.content.linkedPlan?.scenarioId).toBe('scenario-elsewhere');
    const unlinked = reviewShare({ scenario, draft, periodStart: '2027-01', tracking });
    expect(openedDraft(unlinked, 'scenario-7')?.content.linkedPlan).toBe(draft.content.linkedPlan);
    expect(openedDraft(reviewShare({ scenario, draft: null, periodStart: '2027-01', tracking }), 'scenario-7')).toBeNull();
  });
});
