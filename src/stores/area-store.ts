/**
 * A nanostore for one workbook area, persisted through the guarded engine:
 * read = safe parse → migrate → validate → else defaults; a corrupt value is copied to
 * `<key>:corrupt` before anything overwrites it (where that copy is free: else it is left
 * untouched, as unrecoverable); a value from a newer version is never
 * overwritten; other tabs' changes arrive through `storage` events.
 */
import type { WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { AreaDefinition } from '../lib/persist/area';
import { readArea, writeArea } from '../lib/persist/read';
import { addNotice } from './notices';
import { protectKey, readRaw, writeRaw } from './storage-engine';

export const CORRUPT_SUFFIX = ':corrupt';

export interface AreaStore<T> {
  area: AreaDefinition<T>;
  $store: WritableAtom<T>;
  /** Replaces the area's value (and stores it). */
  set(value: T): void;
  /** Updates the area's value from the current one. */
  update(change: (current: T) => T): void;
  /** Back to defaults. */
  reset(): void;
}

export function createAreaStore<T>(area: AreaDefinition<T>): AreaStore<T> {
  let $store: WritableAtom<T> | undefined;
  let repairPending = false;

  const decode = (raw: string): T => {
    const result = readArea(area, raw);
    switch (result.status) {
      case 'ok':
        if (result.migratedFrom !== undefined) {
          addNotice({ id: `${area.key}:migrated`, kind: 'migrated', area: area.name });
          scheduleRepair(); // store it in the current version
        }
        return result.data;
      case 'empty':
        return result.data;
      case 'newer':
        protectKey(area.key);
        addNotice({ id: `${area.key}:newer`, kind: 'newer', area: area.name });
        // In another tab's event, keep what this tab shows rather than jumping to defaults.
        return $store ? $store.get() : result.data;
      case 'corrupt': {
        const copyKey = area.key + CORRUPT_SUFFIX;
        const kept = readRaw(copyKey);
        // One copy an area: a second unreadable value never replaces the first, which may be the
        // only record of the user's work; it stays where it is until that copy is deleted.
        if (kept === raw || (kept === undefined && writeRaw(copyKey, raw) === 'saved')) {
          addNotice({ id: `${area.key}:corrupt`, kind: 'corrupt', area: area.name, copyKey });
          scheduleRepair(); // replace the unreadable value with defaults now that it is safe
        } else {
          protectKey(area.key);
          addNotice({ id: `${area.key}:unrecoverable`, kind: 'unrecoverable', area: area.name });
        }
        return $store ? $store.get() : result.data;
      }
    }
  };

  function scheduleRepair() {
    if (repairPending) return;
    repairPending = true;
    queueMicrotask(() => {
      repairPending = false;
      if ($store) writeRaw(area.key, writeArea(area, $store.get()));
    });
  }

  $store = persistentAtom<T>(area.key, area.defaults(), {
    encode: (value) => writeArea(area, value),
    decode,
    listen: true,
  });
  const store = $store;

  return {
    area,
    $store: store,
    set: (value) => store.set(value),
    update: (change) => store.set(change(store.get())),
    reset: () => store.set(area.defaults()),
  };
}
