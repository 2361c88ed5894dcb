/**
 * The stored funnel area alone: what the data page needs to export, import and reset it, without
 * the plan model that src/stores/funnel.ts (which re-exports it) derives from the scenarios.
 */
import { funnelArea } from '../lib/persist/areas/funnel';
import { createAreaStore } from './area-store';

export const funnelStore = createAreaStore(funnelArea);
export const $funnel = funnelStore.$store;
