/**
 * SLA drafts: every draft, its saved versions and the active one. Actions wrap the pure draft
 * operations of src/lib/sla/drafts.ts; ids and times are made here, never in the library.
 */
import { computed } from 'nanostores';
import { slaArea } from '../lib/persist/areas/sla';
import { activeDraft, type SlaState } from '../lib/sla/state';
import { createAreaStore } from './area-store';

export const slaStore = createAreaStore(slaArea);
export const $sla = slaStore.$store;
export const $activeDraft = computed($sla, (state) => activeDraft(state));

/** Applies a pure change to the SLA state and stores it. */
export function changeSla(change: (state: SlaState) => SlaState): void {
  slaStore.update(change);
}

/** A new id for a draft or a version; unique enough for one person's browser. */
export function newId(prefix: string): string {
  const [random = 0] = crypto.getRandomValues(new Uint32Array(1));
  return `${prefix}-${Date.now().toString(36)}-${random.toString(36)}`;
}
