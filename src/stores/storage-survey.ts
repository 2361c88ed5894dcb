/**
 * What the whole of this browser's storage holds and takes: the data page's questions, apart
 * from the engine every tool loads (storage-engine.ts), so a tool does not carry them.
 */
import { isQuotaError, keysInMemory, localStore } from './storage-engine';

/** Every stored key with a prefix (the workbook's `pw:`), from storage and memory. */
export function storedKeys(prefix: string): string[] {
  const keys = new Set<string>([...keysInMemory()].filter((key) => key.startsWith(prefix)));
  const storage = localStore();
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.add(key);
    }
  } catch {
    // Unavailable storage lists nothing.
  }
  return [...keys].sort();
}

export type StorageState = 'ok' | 'full' | 'unavailable';

/** The key storageState() writes and removes: not a workbook key, so never listed and never starts a tool. */
export const PROBE_KEY = 'pw-probe';

/** Whether localStorage takes a write in this browser now: yes, it is full, or not at all. */
export function storageState(): StorageState {
  const storage = localStore();
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}
