import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { emptySlaContent, slaContentSchema } from './draft';
import { activeDraft, defaultSlaState, slaStateSchema } from './state';

describe('draft content', () => {
  it('starts with every field blank', () => {
    const content = emptySlaContent();
    expect(content.parties).toEqual({ marketingTeam: '', marketingOwner: '', salesTeam: '', salesOwner: '' });
    expect(content.definitions.sql).toEqual({ definition: '', criteria: [] });
    expect(content.grading.d).toEqual({ meaning: '', responseHours: '' });
    expect(content.temperature.hot).toEqual({ actions: [], owner: '' });
    expect(content.signOff).toEqual([]);
    expect(content.linkedPlan).toBeUndefined();
  });

  it('fills a partial object to a full draft and keeps what was typed', () => {
    const content = v.parse(slaContentSchema, {
      marketing: { mqlsPerMonth: 'about 300' },
      icp: { personas: [{ name: 'Ops lead' }] },
      signOff: [{ party: 'sales' }],
    });
    expect(content.marketing).toEqual({ mqlsPerMonth: 'about 300', mqlsPerRep: '', minMqlToSqlRate: '', dataCaptured: [], handoverHours: '', notes: '' });
    expect(content.icp.personas).toEqual([{ name: 'Ops lead', description: '' }]);
    expect(content.signOff).toEqual([{ party: 'sales', name: '', role: '', date: '' }]);
    expect(content.goal.statement).toBe('');
  });

  it('drops keys it does not know and refuses values of the wrong kind', () => {
    expect(v.parse(slaContentSchema, { hacked: 1, parties: { extra: 'x' } })).toEqual(emptySlaContent());
    expect(v.safeParse(slaContentSchema, { term: { reviewCadence: 'weekly' } }).success).toBe(false);
    expect(v.safeParse(slaContentSchema, { goal: { period: 12 } }).success).toBe(false);
  });
});

describe('stored SLA state', () => {
  it('defaults to no drafts', () => {
    expect(defaultSlaState()).toEqual({ drafts: [], activeDraftId: '' });
  });

  it('fills a stored draft and its versions to the full shape', () => {
    const state = v.parse(slaStateSchema, { drafts: [{ id: 'd1', versions: [{ id: 'v1' }] }], activeDraftId: 'd1' });
    expect(state.drafts[0]).toMatchObject({ id: 'd1', name: '', templateId: '', content: emptySlaContent() });
    expect(state.drafts[0]!.versions[0]).toEqual({ id: 'v1', name: '', savedAt: '', content: emptySlaContent() });
  });

  it('opens the active draft, or the first when the active one is gone', () => {
    const state = v.parse(slaStateSchema, { drafts: [{ id: 'a' }, { id: 'b' }], activeDraftId: 'b' });
    expect(activeDraft(state)?.id).toBe('b');
    expect(activeDraft({ ...state, activeDraftId: 'zzz' })?.id).toBe('a');
    expect(activeDraft(defaultSlaState())).toBeUndefined();
  });
});
