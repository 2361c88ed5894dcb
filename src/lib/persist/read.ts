import type { VersionedShape } from './area';
import { isPlainObject, safeParseJson } from './safe-json';
import { validate } from './validate';

/**
 * What reading an area's stored value found:
 * - `empty`: nothing stored; defaults.
 * - `ok`: valid data (`migratedFrom` set when it was upgraded from an older version).
 * - `corrupt`: unreadable (bad JSON, wrong shape, failed migration); defaults, raw kept.
 * - `newer`: written by a newer version of the workbook; defaults in memory, raw never overwritten.
 */
export type ReadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok'; data: T; migratedFrom?: number }
  | { status: 'corrupt'; data: T; raw: string; reason: CorruptReason }
  | { status: 'newer'; data: T; raw: string; version: number };

export type CorruptReason = 'notJson' | 'notEnvelope' | 'migrationFailed' | 'invalid';

export type EnvelopeResult<T> =
  | { ok: true; data: T; migratedFrom?: number }
  | { ok: false; reason: CorruptReason | 'newer'; version?: number; issues?: string[] };

/** Upgrades and validates an already-parsed `{ v, data }` envelope: the one path for storage, files and links. */
export function openEnvelope<T>(area: VersionedShape<T>, value: unknown): EnvelopeResult<T> {
  if (!isPlainObject(value) || !Number.isInteger(value.v) || (value.v as number) < 1 || !('data' in value)) {
    return { ok: false, reason: 'notEnvelope' };
  }
  const version = value.v as number;
  if (version > area.version) return { ok: false, reason: 'newer', version };

  let data = value.data;
  try {
    for (let v = version + 1; v <= area.version; v++) data = area.migrations[v]!(data);
  } catch {
    return { ok: false, reason: 'migrationFailed' };
  }
  const checked = validate(area.schema, data);
  if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
  return version < area.version
    ? { ok: true, data: checked.data, migratedFrom: version }
    : { ok: true, data: checked.data };
}

/** Reads an area from the raw text of its storage key (null when the key is absent). */
export function readArea<T>(area: VersionedShape<T>, raw: string | null | undefined): ReadResult<T> {
  if (raw === null || raw === undefined) return { status: 'empty', data: area.defaults() };
  const json = safeParseJson(raw);
  if (!json.ok) return { status: 'corrupt', data: area.defaults(), raw, reason: 'notJson' };
  const opened = openEnvelope(area, json.value);
  if (opened.ok) {
    return opened.migratedFrom === undefined
      ? { status: 'ok', data: opened.data }
      : { status: 'ok', data: opened.data, migratedFrom: opened.migratedFrom };
  }
  if (opened.reason === 'newer') {
    return { status: 'newer', data: area.defaults(), raw, version: opened.version ?? 0 };
  }
  return { status: 'corrupt', data: area.defaults(), raw, reason: opened.reason };
}

/** The text an area's value is stored as. */
export function writeArea<T>(area: VersionedShape<T>, data: T): string {
  return JSON.stringify({ v: area.version, data });
}
