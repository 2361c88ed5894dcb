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
import { forgetViews } from '../scripts/view-cache';
import { worksheetsStore } from './worksheets';
import { localStore, readRaw, removeRaw, unprotectKey } from './storage-engine';
import { storedKeys } from './storage-survey';
import { readArea } from '../lib/persist/read';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  type ImportResult,
} from '../lib/persist/workbook-file';
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
  return Object.fromEntries(
    areaStores.map((store) => [store.area.name, structuredClone(store.$store.get())]),
  );
}

/**
 * The stored envelope of each area a newer version wrote (this page works on defaults there), read
 * from storage itself: what this page holds in memory for such an area is never saved over it.
 */
function newerAreas(): Record<string, unknown> {
  const newer: Record<string, unknown> = {};
  for (const { area } of areaStores) {
    let raw: string | null = null;
    try {
      raw = localStore()?.getItem(area.key) ?? null;
    } catch {
      // Storage that throws holds nothing a newer version wrote that this page could read.
    }
    const read = readArea(area, raw);
    if (read.status === 'newer') newer[area.name] = JSON.parse(read.raw);
  }
  return newer;
}

export function exportWorkbook(now = new Date()): string {
  return buildWorkbookFile(areas(), workbookSnapshot(), now, newerAreas());
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
  // The tools' kept views (src/scripts/island-view.ts) show the work just reset: forgotten too.
  forgetViews();
  return before;
}

export interface StoredKey {
  key: string;
  area: string | null;
  bytes: number;
  corrupt: boolean;
  /** Written by a newer version: what it holds is not this page's to say. */
  newer: boolean;
}

/** Every key the workbook holds in this browser, with its size in bytes. */
export function storedAreaKeys(): StoredKey[] {
  const encoder = new TextEncoder();
  const newer = newerAreas();
  return storedKeys(WORKBOOK_KEY_PREFIX).map((key) => {
    const corrupt = key.endsWith(CORRUPT_SUFFIX);
    const base = corrupt ? key.slice(0, -CORRUPT_SUFFIX.length) : key;
    const store = areaStores.find((s) => s.area.key === base);
    const area = store?.area.name ?? null;
    return {
      key,
      area,
      bytes: encoder.encode(readRaw(key) ?? '').length,
      corrupt,
      newer: !corrupt && area !== null && area in newer,
    };
  });
}

export function readStoredText(key: string): string {
  return readRaw(key) ?? '';
}

export function forgetKey(key: string): void {
  removeRaw(key);
}
