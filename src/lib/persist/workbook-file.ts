import type { AreaDefinition } from './area';
import { openEnvelope } from './read';
import { isPlainObject, safeParseJson } from './safe-json';

export const WORKBOOK_FORMAT = 'planning-workbook';
/** The version of the file's outer shape; each area inside carries its own `{ v, data }`. */
export const WORKBOOK_FILE_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Builds the export file: `{ format, version, exportedAt, <area>: { v, data }, … }`. `newer`: the
 * stored envelopes of areas a newer version wrote, which this one cannot read: they go in as they
 * are, never this version's defaults in their place.
 */
export function buildWorkbookFile(
  areas: readonly AreaDefinition<unknown>[],
  data: Readonly<Record<string, unknown>>,
  exportedAt: Date,
  newer: Readonly<Record<string, unknown>> = {},
): string {
  const file: Record<string, unknown> = {
    format: WORKBOOK_FORMAT,
    version: WORKBOOK_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
  };
  for (const area of areas) {
    if (area.name in newer) file[area.name] = newer[area.name];
    else if (area.name in data) file[area.name] = { v: area.version, data: data[area.name] };
  }
  return JSON.stringify(file, null, 2);
}

export type ImportError =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson' }
  | { code: 'notWorkbook' }
  /** A workbook file that holds none of the workbook's parts. */
  | { code: 'empty' }
  | { code: 'newerVersion'; area?: string }
  /** `fields`: the paths of the fields not valid in that part ('cac.fields.leads'); none when the part itself is not one. */
  | { code: 'invalid'; area: string; fields: string[] };

export type ImportResult =
  | { ok: true; exportedAt: string | null; areas: Record<string, unknown>; migrated: string[] }
  | { ok: false; error: ImportError };

/**
 * The fields named by validation issues ("cac.fields.leads: Invalid type…"), each once: the
 * message itself is the validator's English, for developers; a user is told which fields.
 */
function fieldsOf(issues: readonly string[]): string[] {
  const fields = issues.map((issue) => issue.slice(0, issue.indexOf(': ')));
  return [...new Set(fields)].filter((field) => field !== '(root)');
}

/**
 * Reads an export file. Every area goes through the same migrate-and-validate path as storage;
 * any problem refuses the whole file, so the current workbook is never half-replaced.
 */
export function parseWorkbookFile(
  areas: readonly AreaDefinition<unknown>[],
  text: string,
  bytes: number,
): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'tooLarge', bytes } };
  const json = safeParseJson(text);
  if (!json.ok) return { ok: false, error: { code: 'notJson' } };
  const file = json.value;
  if (!isPlainObject(file) || file.format !== WORKBOOK_FORMAT || !Number.isInteger(file.version)) {
    return { ok: false, error: { code: 'notWorkbook' } };
  }
  if ((file.version as number) > WORKBOOK_FILE_VERSION) return { ok: false, error: { code: 'newerVersion' } };

  const result: Record<string, unknown> = {};
  const migrated: string[] = [];
  for (const area of areas) {
    if (!(area.name in file)) continue;
    const opened = openEnvelope(area, file[area.name]);
    if (!opened.ok) {
      if (opened.reason === 'newer') return { ok: false, error: { code: 'newerVersion', area: area.name } };
      return { ok: false, error: { code: 'invalid', area: area.name, fields: fieldsOf(opened.issues ?? []) } };
    }
    result[area.name] = opened.data;
    if (opened.migratedFrom !== undefined) migrated.push(area.name);
  }
  if (Object.keys(result).length === 0) return { ok: false, error: { code: 'empty' } };
  // The date is shown in the preview: one that is not a date is left out, never shown as typed.
  const exportedAt =
    typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : null;
  return { ok: true, exportedAt, areas: result, migrated };
}
