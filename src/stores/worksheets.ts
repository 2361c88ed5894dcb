import { worksheetsArea } from '../lib/persist/areas/worksheets';
import type { Worksheets } from '../lib/worksheet';
import { createAreaStore } from './area-store';

export const worksheetsStore = createAreaStore(worksheetsArea);
export const $worksheets = worksheetsStore.$store;

export function updateMarketingMix(change: Partial<Worksheets['marketingMix']>): void {
  worksheetsStore.update((sheets) => ({ ...sheets, marketingMix: { ...sheets.marketingMix, ...change } }));
}
