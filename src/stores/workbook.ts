/**
 * The whole workbook: every area store together, for the data page (export, import, reset,
 * sizes). Tool pages import only their own area's store.
 */
import type { AreaStore } from './area-store';
import { CORRUPT_SUFFIX } from './area-store';
import { calculatorsStore } from './calculators';
import { funnelStore } from './funnel-store';
import { slaStore } from './sla-store';
import { learningStore } from './learning';
import { pipelineStore } from './pipeline';
import { trackingStore } from './tracking';
import { planStore } from './plan';
import { settingsStore } from './settings';
import { worksheetsStore } from './worksheets';
import { readRaw, removeRaw, unprotectKey } from './storage-engine';
import { storedKeys } from './storage-survey';
import { buildWorkbookFile, parseWorkbookFile, type ImportResult } from '../lib/persist/workbook-file';
import { WORKBOOK_KEY_PREFIX } from '../lib/persist/area';

// Each store is typed by its own area; here they are handled as a list of opaque values, which
// is sound because a value only ever goes back into the store (or area) it came from.
export const areaStores = [
  settingsStore,
  calculatorsStore,
  funnelStore,
  slaStore,
  worksheetsStore,
  learningStore,
  planStore,
  pipelineStore,
  trackingStore,
] as unknown as readonly AreaStore<unknown>[];

const areas = () => areaStores.map((store) => store.area);

export function workbookSnapshot(): Record<string, unknown> {
  return Object.fromEntries(areaStores.map((store) => [store.area.name, structuredClone(store.$store.get())]));
}

export function exportWorkbook(now = new Date()): string {
  return buildWorkbookFile(areas(), workbookSnapshot(), now);
}

export function readWorkbookFile(text: string, bytes: number): ImportResult {
  return parseWorkbookFile(areas(), text, bytes);
}

/** Replaces the areas an import holds; returns what they held before, for undo. */
export function replaceAreas(data: Record<string, unknown>): Record<string, unknown> {
  const before: Record<string, unknown> = {};
  for (const store of areaStores) {
    if (!(store.area.name in data)) continue;
    before[store.area.name] = structuredClone(store.$store.get());
    unprotectKey(store.area.key); // the user chose to replace it
    store.set(data[store.area.name]);
  }
  return before;
}

/** Resets areas to their defaults; returns what they held before, for undo. */
export function resetAreas(names: readonly string[]): Record<string, unknown> {
  const before: Record<string, unknown> = {};
  for (const store of areaStores) {
    if (!names.includes(store.area.name)) continue;
    before[store.area.name] = structuredClone(store.$store.get());
    unprotectKey(store.area.key);
    store.reset();
  }
  return before;
}

export interface StoredKey {
  key: string;
  area: string | null;
  bytes: number;
  corrupt: boolean;
}

/** Every key the workbook holds in this browser, with its size in bytes. */
export function storedAreaKeys(): StoredKey[] {
  const encoder = new TextEncoder();
  return storedKeys(WORKBOOK_KEY_PREFIX).map((key) => {
    const corrupt = key.endsWith(CORRUPT_SUFFIX);
    const base = corrupt ? key.slice(0, -CORRUPT_SUFFIX.length) : key;
    const store = areaStores.find((s) => s.area.key === base);
    return { key, area: store?.area.name ?? null, bytes: encoder.encode(readRaw(key) ?? '').length, corrupt };
  });
}

export function readStoredText(key: string): string {
  return readRaw(key) ?? '';
}

export function forgetKey(key: string): void {
  removeRaw(key);
}
