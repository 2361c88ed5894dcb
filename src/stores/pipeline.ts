import { pipelineArea } from '../lib/persist/areas/pipeline';
import type { MeasuredFile } from '../lib/pipeline/state';
import { createAreaStore } from './area-store';

export const pipelineStore = createAreaStore(pipelineArea);
export const $pipeline = pipelineStore.$store;

/** Keeps the last measured file (aggregates only), replacing the one before. */
export function saveMeasured(measured: MeasuredFile): void {
  pipelineStore.update((state) => ({ ...state, measured }));
}
