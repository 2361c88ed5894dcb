import type { SlaTemplate } from '../../schemas/sla-template';
import { setAt } from './content-path';
import { emptySlaContent, type SlaContent } from './draft';
import type { SlaDraft, SlaState } from './state';
import { templateToContent } from './template';

/**
 * Pure actions on the stored SLA drafts. Ids and times are passed in (the store makes them),
 * so every action is deterministic; each returns a new state and never changes its input.
 */

/** A template as the picker has it: its slug (the same in every locale) and its data. */
export interface TemplateEntry {
  slug: string;
  template: SlaTemplate;
}

/** What deleteDraft hands back so the deletion can be undone exactly. */
export interface DeletedDraft {
  draft: SlaDraft;
  index: number;
  wasActive: boolean;
}

/** A new draft from a template (or blank, with `null`), the template's money set with `formatMoney`. */
export function createDraft(
  entry: TemplateEntry | null,
  name: string,
  id: string,
  now: string,
  formatMoney?: (amount: number) => string,
): SlaDraft {
  return {
    id,
    name,
    templateId: entry?.slug ?? '',
    createdAt: now,
    updatedAt: now,
    content: entry ? templateToContent(entry.template, formatMoney) : emptySlaContent(),
    versions: [],
  };
}

/** Adds a draft at the end and opens it. */
export function addDraft(state: SlaState, draft: SlaDraft): SlaState {
  return { drafts: [...state.drafts, draft], activeDraftId: draft.id };
}

function mapDraft(state: SlaState, id: string, change: (draft: SlaDraft) => SlaDraft): SlaState {
  let changed = false;
  const drafts = state.drafts.map((draft) => {
    if (draft.id !== id) return draft;
    const next = change(draft);
    changed ||= next !== draft;
    return next;
  });
  return changed ? { ...state, drafts } : state;
}

/** A copy of a draft's current content under a new id and name, placed after it and opened. Versions stay with the original. */
export function duplicateDraft(state: SlaState, sourceId: string, id: string, name: string, now: string): SlaState {
  const index = state.drafts.findIndex((d) => d.id === sourceId);
  const source = state.drafts[index];
  if (!source) return state;
  const copy: SlaDraft = { ...source, id, name, createdAt: now, updatedAt: now, versions: [] };
  return { drafts: [...state.drafts.slice(0, index + 1), copy, ...state.drafts.slice(index + 1)], activeDraftId: id };
}

export function renameDraft(state: SlaState, id: string, name: string, now: string): SlaState {
  return mapDraft(state, id, (draft) => (draft.name === name ? draft : { ...draft, name, updatedAt: now }));
}

export function setActiveDraft(state: SlaState, id: string): SlaState {
  return state.drafts.some((d) => d.id === id) ? { ...state, activeDraftId: id } : state;
}

/**
 * Removes a draft. Returns the new state and what restoreDraft needs to put it back; when the
 * active draft goes, the next one (or else the previous one) becomes active.
 */
export function deleteDraft(state: SlaState, id: string): { state: SlaState; deleted: DeletedDraft | null } {
  const index = state.drafts.findIndex((d) => d.id === id);
  const draft = state.drafts[index];
  if (!draft) return { state, deleted: null };
  const drafts = state.drafts.filter((d) => d.id !== id);
  const wasActive = state.activeDraftId === id;
  const neighbour = drafts[index] ?? drafts[index - 1];
  const activeDraftId = wasActive ? (neighbour?.id ?? '') : state.activeDraftId;
  return { state: { drafts, activeDraftId }, deleted: { draft, index, wasActive } };
}

/** Undoes deleteDraft: the draft returns to its place (and is active again if it was). */
export function restoreDraft(state: SlaState, deleted: DeletedDraft): SlaState {
  if (state.drafts.some((d) => d.id === deleted.draft.id)) return state;
  const index = Math.min(deleted.index, state.drafts.length);
  const drafts = [...state.drafts.slice(0, index), deleted.draft, ...state.drafts.slice(index)];
  return { drafts, activeDraftId: deleted.wasActive ? deleted.draft.id : state.activeDraftId };
}

/** Keeps the draft's current content as a named version (content is immutable, so no copy is needed). */
export function saveVersion(state: SlaState, draftId: string, versionId: string, name: string, now: string): SlaState {
  return mapDraft(state, draftId, (draft) => ({
    ...draft,
    versions: [...draft.versions, { id: versionId, name, savedAt: now, content: draft.content }],
  }));
}

export function deleteVersion(state: SlaState, draftId: string, versionId: string): SlaState {
  return mapDraft(state, draftId, (draft) =>
    draft.versions.some((v) => v.id === versionId)
      ? { ...draft, versions: draft.versions.filter((v) => v.id !== versionId) }
      : draft,
  );
}

/** A draft whose content went through `edit` (setAt, insertAt, removeAt, moveAt, linkPlan, …); the same draft when nothing changes. */
export function editContent(draft: SlaDraft, edit: (content: SlaContent) => SlaContent, now: string): SlaDraft {
  const content = edit(draft.content);
  return content === draft.content ? draft : { ...draft, content, updatedAt: now };
}

/** A draft with `value` at the content path `path` ('definitions.mql.criteria.2'; see content-path.ts). */
export function updateContent(draft: SlaDraft, path: string, value: unknown, now: string): SlaDraft {
  return editContent(draft, (content) => setAt(content, path, value), now);
}

/** editContent for the draft `draftId` of the state. */
export function editDraft(state: SlaState, draftId: string, edit: (content: SlaContent) => SlaContent, now: string): SlaState {
  return mapDraft(state, draftId, (draft) => editContent(draft, edit, now));
}

/** updateContent for the draft `draftId` of the state. */
export function updateDraftContent(state: SlaState, draftId: string, path: string, value: unknown, now: string): SlaState {
  return mapDraft(state, draftId, (draft) => updateContent(draft, path, value, now));
}
