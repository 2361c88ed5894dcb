import { describe, expect, it } from 'vitest';
import { slaTemplateSchema } from '../../schemas/sla-template';
import { insertAt } from './content-path';
import { emptySlaContent } from './draft';
import {
  addDraft, createDraft, deleteDraft, deleteVersion, duplicateDraft, editDraft, renameDraft, restoreDraft,
  saveVersion, setActiveDraft, updateContent, updateDraftContent,
} from './drafts';
import { slaFieldKeys } from './fields';
import { defaultSlaState, type SlaState } from './state';

const T0 = '2025-03-01T09:00:00.000Z';
const T1 = '2025-03-02T10:30:00.000Z';

const template = slaTemplateSchema.parse({
  name: 'Test template',
  description: 'A template for the tests.',
  suitedFor: 'Tests',
  content: { parties: { marketingTeam: 'Growth' }, definitions: { mql: { criteria: ['Fits the ICP'] } } },
  guidance: Object.fromEntries(slaFieldKeys.map((key) => [key, `Guidance for ${key}.`])),
});
const entry = { slug: 'test', template };

function threeDrafts(): SlaState {
  return ['a', 'b', 'c'].reduce(
    (state, id) => addDraft(state, createDraft(entry, `Draft ${id}`, id, T0)),
    defaultSlaState(),
  );
}

describe('creating drafts', () => {
  it('starts a draft from a template with the template’s content, remembered by slug', () => {
    const draft = createDraft(entry, 'Our SLA', 'd1', T0);
    expect(draft).toMatchObject({ id: 'd1', name: 'Our SLA', templateId: 'test', createdAt: T0, updatedAt: T0, versions: [] });
    expect(draft.content.parties.marketingTeam).toBe('Growth');
    expect(draft.content.parties.salesTeam).toBe('');
  });

  it('never shares lists with the template', () => {
    const draft = createDraft(entry, 'Our SLA', 'd1', T0);
    expect(draft.content.definitions.mql.criteria).not.toBe(template.content.definitions.mql.criteria);
  });

  it('starts a blank draft without a template', () => {
    expect(createDraft(null, 'Blank', 'd2', T0)).toMatchObject({ templateId: '', content: emptySlaContent() });
  });

  it('adds a draft at the end and opens it', () => {
    const state = threeDrafts();
    expect(state.drafts.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(state.activeDraftId).toBe('c');
    expect(setActiveDraft(state, 'a').activeDraftId).toBe('a');
    expect(setActiveDraft(state, 'nope')).toBe(state);
  });
});

describe('managing drafts', () => {
  it('duplicates the current content after the original, without its versions', () => {
    const state = saveVersion(threeDrafts(), 'a', 'v1', 'First', T0);
    const next = duplicateDraft(state, 'a', 'a2', 'Draft a (copy)', T1);
    expect(next.drafts.map((d) => d.id)).toEqual(['a', 'a2', 'b', 'c']);
    expect(next.drafts[1]).toMatchObject({ name: 'Draft a (copy)', createdAt: T1, versions: [] });
    expect(next.drafts[1]!.content).toEqual(state.drafts[0]!.content);
    expect(next.activeDraftId).toBe('a2');
    expect(duplicateDraft(state, 'missing', 'x', 'x', T1)).toBe(state);
  });

  it('renames and stamps the time, and leaves the state alone when the name is the same', () => {
    const state = threeDrafts();
    const next = renameDraft(state, 'b', 'Q3 agreement', T1);
    expect(next.drafts[1]).toMatchObject({ name: 'Q3 agreement', updatedAt: T1 });
    expect(renameDraft(state, 'b', 'Draft b', T1)).toBe(state);
  });

  it('deletes a draft and undoes the deletion exactly', () => {
    const state = setActiveDraft(threeDrafts(), 'b');
    const { state: after, deleted } = deleteDraft(state, 'b');
    expect(after.drafts.map((d) => d.id)).toEqual(['a', 'c']);
    expect(after.activeDraftId).toBe('c');
    expect(deleted).toMatchObject({ index: 1, wasActive: true });
    expect(restoreDraft(after, deleted!)).toEqual(state);
  });

  it('opens the previous draft when the last one is deleted, and none when no draft is left', () => {
    expect(deleteDraft(threeDrafts(), 'c').state.activeDraftId).toBe('b');
    const only = addDraft(defaultSlaState(), createDraft(null, 'Only', 'x', T0));
    expect(deleteDraft(only, 'x').state).toEqual({ drafts: [], activeDraftId: '' });
  });

  it('keeps the active draft when another one is deleted, and ignores unknown ids', () => {
    const state = threeDrafts();
    expect(deleteDraft(state, 'a').state.activeDraftId).toBe('c');
    expect(deleteDraft(state, 'zzz')).toEqual({ state, deleted: null });
  });
});

describe('versions and edits', () => {
  it('saves named versions that later edits do not change', () => {
    let state = saveVersion(threeDrafts(), 'a', 'v1', 'Sent to sales', T0);
    state = updateDraftContent(state, 'a', 'parties.salesTeam', 'Inside sales', T1);
    const draft = state.drafts[0]!;
    expect(draft.versions).toHaveLength(1);
    expect(draft.versions[0]).toMatchObject({ id: 'v1', name: 'Sent to sales', savedAt: T0 });
    expect(draft.versions[0]!.content.parties.salesTeam).toBe('');
    expect(draft.content.parties.salesTeam).toBe('Inside sales');
    expect(deleteVersion(state, 'a', 'v1').drafts[0]!.versions).toEqual([]);
    expect(deleteVersion(state, 'a', 'nope')).toBe(state);
  });

  it('updates one field by path and stamps the time', () => {
    const draft = createDraft(entry, 'Ours', 'd', T0);
    const next = updateContent(draft, 'definitions.mql.criteria.0', 'Fits the ICP and opted in', T1);
    expect(next.content.definitions.mql.criteria).toEqual(['Fits the ICP and opted in']);
    expect(next.updatedAt).toBe(T1);
    expect(draft.content.definitions.mql.criteria).toEqual(['Fits the ICP']);
    expect(updateContent(draft, 'parties.marketingTeam', 'Growth', T1)).toBe(draft);
  });

  it('applies any content edit to one draft of the state', () => {
    const state = editDraft(threeDrafts(), 'b', (c) => insertAt(c, 'icp.personas', 0, { name: 'CFO' }), T1);
    expect(state.drafts[1]!.content.icp.personas).toEqual([{ name: 'CFO', description: '' }]);
    expect(state.drafts[0]!.content.icp.personas).toEqual([]);
  });
});
