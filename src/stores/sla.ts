/**
 * SLA drafts: every draft, its saved versions and the active one. Actions wrap the pure draft
 * operations of src/lib/sla/drafts.ts; ids and times are made here, never in the library.
 */
import type { SlaContent } from '../lib/sla/draft';
import {
  addDraft, createDraft, deleteDraft, deleteVersion, duplicateDraft, editDraft, renameDraft, restoreDraft,
  saveVersion, setActiveDraft, updateDraftContent, type DeletedDraft, type TemplateEntry,
} from '../lib/sla/drafts';
import type { SlaDraft, SlaState } from '../lib/sla/state';
import { slaStore } from './sla-store';

export { $activeDraft, $sla, slaStore } from './sla-store';

/** Applies a pure change to the SLA state and stores it. */
export function changeSla(change: (state: SlaState) => SlaState): void {
  slaStore.update(change);
}

/** A new id for a draft or a version; unique enough for one person's browser. */
export function newId(prefix: string): string {
  const [random = 0] = crypto.getRandomValues(new Uint32Array(1));
  return `${prefix}-${Date.now().toString(36)}-${random.toString(36)}`;
}

const now = () => new Date().toISOString();

/** Starts a draft from a template (or blank with `null`) and opens it; returns its id. The template's money is set with `formatMoney`. */
export function startDraft(entry: TemplateEntry | null, name: string, formatMoney?: (amount: number) => string): string {
  const draft = createDraft(entry, name, newId('draft'), now(), formatMoney);
  changeSla((state) => addDraft(state, draft));
  return draft.id;
}

/** Adds a draft that came from elsewhere (a share link) under a fresh id, with its versions, and opens it. */
export function addSharedDraft(shared: SlaDraft, name: string): string {
  const id = newId('draft');
  const time = now();
  changeSla((state) => addDraft(state, { ...shared, id, name, updatedAt: time, createdAt: shared.createdAt || time }));
  return id;
}

export function openDraft(id: string): void {
  changeSla((state) => setActiveDraft(state, id));
}

export function duplicateDraftAs(sourceId: string, name: string): void {
  changeSla((state) => duplicateDraft(state, sourceId, newId('draft'), name, now()));
}

export function renameDraftTo(id: string, name: string): void {
  changeSla((state) => renameDraft(state, id, name, now()));
}

/** Deletes a draft; returns what `undoDelete` needs. */
export function removeDraft(id: string): DeletedDraft | null {
  let deleted: DeletedDraft | null = null;
  changeSla((state) => {
    const result = deleteDraft(state, id);
    deleted = result.deleted;
    return result.state;
  });
  return deleted;
}

export function undoDelete(deleted: DeletedDraft): void {
  changeSla((state) => restoreDraft(state, deleted));
}

/** Writes one field of a draft's content by its path ('definitions.mql.criteria.2'). */
export function setDraftField(draftId: string, path: string, value: unknown): void {
  changeSla((state) => updateDraftContent(state, draftId, path, value, now()));
}

/** Any change to a draft's content (insertAt, moveAt, linkPlan, …). */
export function editDraftContent(draftId: string, edit: (content: SlaContent) => SlaContent): void {
  changeSla((state) => editDraft(state, draftId, edit, now()));
}

export function saveDraftVersion(draftId: string, name: string): void {
  changeSla((state) => saveVersion(state, draftId, newId('version'), name, now()));
}

export function removeDraftVersion(draftId: string, versionId: string): void {
  changeSla((state) => deleteVersion(state, draftId, versionId));
}
