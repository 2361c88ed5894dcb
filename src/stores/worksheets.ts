import { worksheetsArea } from '../lib/persist/areas/worksheets';
import type { MarketingMixP, Worksheets } from '../lib/worksheet';
import { createAreaStore } from './area-store';

export const worksheetsStore = createAreaStore(worksheetsArea);
export const $worksheets = worksheetsStore.$store;

export function updateMarketingMix(change: Partial<Worksheets['marketingMix']>): void {
  worksheetsStore.update((sheets) => ({ ...sheets, marketingMix: { ...sheets.marketingMix, ...change } }));
}

/** Writes the answer for one P. */
export function answerMarketingMix(p: MarketingMixP, value: string): void {
  worksheetsStore.update((sheets) => ({
    ...sheets,
    marketingMix: { ...sheets.marketingMix, answers: { ...sheets.marketingMix.answers, [p]: value } },
  }));
}
