/**
 * The one guarded path to localStorage. @nanostores/persistent reads and writes through this
 * engine, so a full disk (QuotaExceededError), storage that throws on access (private windows,
 * disabled storage) or a key we must not overwrite never breaks editing: values live on in
 * memory and `$saveFailures` says which areas are not being saved. The next good write of an
 * area clears its failure. What the whole of storage holds and takes, which only the data page
 * asks, is in storage-survey.ts.
 */
import { map } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type SaveFailure = 'quota' | 'unavailable' | 'protected';

/** Areas (by storage key) whose latest change is held in memory only, and why. */
export const $saveFailures = map<Record<string, SaveFailure>>({});

/** Values that could not be written, or that must not be: the source of truth for reads. */
const memory = new Map<string, string>();
/** Keys holding a value this version must never overwrite (written by a newer version). */
const protectedKeys = new Set<string>();

/** The browser's localStorage where it can be used, else null. Never throws. */
export function localStore(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    void storage.length; // some browsers throw only on first use
    return storage;
  } catch {
    return null;
  }
}

function fail(key: string, reason: SaveFailure) {
  if ($saveFailures.get()[key] !== reason) $saveFailures.setKey(key, reason);
}

function succeed(key: string) {
  if (key in $saveFailures.get()) $saveFailures.setKey(key, undefined as unknown as SaveFailure);
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError');
}

/** Reads a key's raw text, or undefined. Never throws. */
export function readRaw(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  const storage = localStore();
  if (!storage) return undefined;
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a key's raw text. Never throws; reports whether it reached storage. */
export function writeRaw(key: string, value: string): 'saved' | SaveFailure {
  if (protectedKeys.has(key)) {
    memory.set(key, value);
    fail(key, 'protected');
    return 'protected';
  }
  const storage = localStore();
  if (!storage) {
    memory.set(key, value);
    fail(key, 'unavailable');
    return 'unavailable';
  }
  try {
    storage.setItem(key, value);
    memory.delete(key);
    succeed(key);
    return 'saved';
  } catch (error) {
    memory.set(key, value);
    const reason = isQuotaError(error) ? 'quota' : 'unavailable';
    fail(key, reason);
    return reason;
  }
}

/**
 * Tries again to store each change held in memory for want of space or access (never one held to
 * protect a newer version's data). Space freed since — by another tab, or by the user — saves
 * them without another keystroke, and lifts the banner and the question on leaving.
 */
export function retryHeld(): void {
  for (const [key, value] of [...memory]) {
    if (!protectedKeys.has(key)) writeRaw(key, value);
  }
}

/** Removes a key. Never throws; a protected key is only forgotten in memory. */
export function removeRaw(key: string): void {
  memory.delete(key);
  if (protectedKeys.has(key)) return;
  try {
    localStore()?.removeItem(key);
    succeed(key);
  } catch {
    // Nothing to do: the key is gone from memory, and storage that throws holds nothing we wrote.
  }
}

/** The keys whose latest value is held in memory only. */
export const keysInMemory = (): IterableIterator<string> => memory.keys();

/** Marks a key as holding data this version must never overwrite. */
export function protectKey(key: string): void {
  protectedKeys.add(key);
}

/** Lifts the protection, when the user chooses to replace the newer data. */
export function unprotectKey(key: string): void {
  protectedKeys.delete(key);
}

// The object @nanostores/persistent treats as its storage: property reads and writes.
const engine = new Proxy({} as Record<string, string>, {
  get: (_target, key) => (typeof key === 'string' ? readRaw(key) : undefined),
  has: (_target, key) => typeof key === 'string' && readRaw(key) !== undefined,
  set: (_target, key, value) => {
    if (typeof key === 'string') writeRaw(key, String(value));
    return true;
  },
  deleteProperty: (_target, key) => {
    if (typeof key === 'string') removeRaw(key);
    return true;
  },
});

setPersistentEngine(engine, typeof window === 'undefined' ? { addEventListener() {}, removeEventListener() {} } : windowPersistentEvents);

// While any change lives in memory only, leaving or reloading the page would lose it: the
// browser asks first. The next good write of every such area lifts the question, and so does space
// found on the way out. Another tab removing or shrinking a key may free space: the changes held
// here are tried again then (not on that key's own event: the store takes the other tab's value).
const askBeforeLeaving = (event: BeforeUnloadEvent) => {
  retryHeld();
  if (Object.values($saveFailures.get()).some(Boolean)) event.preventDefault();
};
if (typeof window !== 'undefined') {
  addEventListener('storage', (event: StorageEvent) => {
    if (memory.size > 0 && (event.key === null || !memory.has(event.key))) retryHeld();
  });
  $saveFailures.subscribe((failures) => {
    if (Object.values(failures).some(Boolean)) addEventListener('beforeunload', askBeforeLeaving);
    else removeEventListener('beforeunload', askBeforeLeaving);
  });
}
