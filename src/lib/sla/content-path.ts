import * as v from 'valibot';
import { entriesOf, itemOf } from '../persist/shapes';
import { slaContentSchema, type SlaContent } from './draft';

/**
 * Reading and writing one place in a draft's content by a dotted path
 * ('definitions.mql.criteria.2', 'icp.personas.0.name'). Writes are immutable: the objects on
 * the path are copied, everything else is shared. A path that does not name an existing field
 * (or the next free list slot) is a programming error and throws; so does a value of the wrong
 * shape, which the field's schema rejects. `linkedPlan` is written only through link.ts.
 */

type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

function segmentsOf(path: string): string[] {
  const segments = path.split('.');
  if (segments.some((s) => s === '') || segments[0] === 'linkedPlan') throw new Error(`Not a content path: "${path}"`);
  return segments;
}

/** Resolves one step, or undefined when the step leaves the content's shape. */
function step(node: unknown, segment: string, allowAppend: boolean): { index: number | string } | undefined {
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
    const index = Number(segment);
    return index < node.length || (allowAppend && index === node.length) ? { index } : undefined;
  }
  // Own keys only: '__proto__', 'constructor' and friends are never content fields.
  if (isNode(node) && Object.hasOwn(node, segment)) return { index: segment };
  return undefined;
}

/** The value at `path`, or undefined when there is none. */
export function getAt(content: SlaContent, path: string): unknown {
  let node: unknown = content;
  for (const segment of segmentsOf(path)) {
    const found = step(node, segment, false);
    if (!found) return undefined;
    node = (node as Record<string | number, unknown>)[found.index];
  }
  return node;
}

function setIn(node: unknown, segments: string[], value: unknown, path: string): unknown {
  const [head, ...rest] = segments as [string, ...string[]];
  const found = step(node, head, rest.length === 0);
  if (!found) throw new Error(`Not a content path: "${path}"`);
  const current = (node as Record<string | number, unknown>)[found.index];
  const next = rest.length === 0 ? value : setIn(current, rest, value, path);
  if (Object.is(next, current)) return node;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[found.index as number] = next;
    return copy;
  }
  return { ...(node as Record<string, unknown>), [found.index]: next };
}

/** The schema of the value at `segments` (list indices step into the list's element). */
function schemaAt(segments: string[]): v.GenericSchema {
  let schema: v.GenericSchema = slaContentSchema;
  for (const segment of segments) {
    const item = itemOf(schema);
    const entries = entriesOf(schema);
    if (item) schema = item;
    else if (entries && Object.hasOwn(entries, segment)) schema = entries[segment]!;
    else throw new Error(`Not a content path: "${segments.join('.')}"`);
  }
  return schema;
}

function validated(value: unknown, segments: string[], path: string): unknown {
  const parsed = v.safeParse(schemaAt(segments), value);
  if (!parsed.success) throw new Error(`Invalid value for "${path}": ${parsed.issues[0].message}`);
  return parsed.output;
}

/**
 * A copy of `content` with `value` at `path`; the same object when nothing changes. A list
 * index one past the end appends; an object written into a list of objects gets its missing
 * fields filled with '' (so `{}` adds an empty row).
 */
export function setAt(content: SlaContent, path: string, value: unknown): SlaContent {
  const segments = segmentsOf(path);
  const current = getAt(content, path);
  if (Object.is(current, value)) return content;
  return setIn(content, segments, validated(value, segments, path), path) as SlaContent;
}

function listAt(content: SlaContent, listPath: string): unknown[] {
  const list = getAt(content, listPath);
  if (!Array.isArray(list)) throw new Error(`Not a list: "${listPath}"`);
  return list;
}

/** Inserts `item` into the list at `listPath` before `index` (the list's length appends). */
export function insertAt(content: SlaContent, listPath: string, index: number, item: unknown): SlaContent {
  const list = listAt(content, listPath);
  if (!Number.isInteger(index) || index < 0 || index > list.length) throw new Error(`No slot ${index} in "${listPath}"`);
  return setAt(content, listPath, [...list.slice(0, index), item, ...list.slice(index)]);
}

/** Removes the item at `index` from the list at `listPath`. */
export function removeAt(content: SlaContent, listPath: string, index: number): SlaContent {
  const list = listAt(content, listPath);
  if (!Number.isInteger(index) || index < 0 || index >= list.length) throw new Error(`No item ${index} in "${listPath}"`);
  return setAt(content, listPath, list.filter((_, i) => i !== index));
}

/** Moves the item at `from` in the list at `listPath` to position `to`. */
export function moveAt(content: SlaContent, listPath: string, from: number, to: number): SlaContent {
  const list = listAt(content, listPath).slice();
  if (!(from in list) || !(to in list)) throw new Error(`Cannot move ${from} to ${to} in "${listPath}"`);
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(content, listPath, list);
}
