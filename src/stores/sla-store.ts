/**
 * The stored SLA area alone: what pages that only read the drafts (the monthly review) need,
 * without the draft operations and template code of src/stores/sla.ts, which re-exports it.
 */
import { computed } from 'nanostores';
import { slaArea } from '../lib/persist/areas/sla';
import { activeDraft } from '../lib/sla/state';
import { createAreaStore } from './area-store';

export const slaStore = createAreaStore(slaArea);
export const $sla = slaStore.$store;
export const $activeDraft = computed($sla, (state) => activeDraft(state));
