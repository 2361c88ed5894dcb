import { diffWordsWithSpace } from 'diff';
import type { SlaContent } from './draft';
import { fieldKeyOf, slaFields } from './fields';

/**
 * Comparing two versions of a draft field by field, for the other team's review.
 *
 * Fields are flattened to path → text in the form's order (lists item by item, so
 * 'definitions.mql.criteria.2'), and only fields whose text differs are returned, each with its
 * word-level changes. Words come from jsdiff's diffWordsWithSpace: Latin words, numbers and
 * runs of spaces are tokens, and every other character is a token of its own. That last rule
 * is what Chinese needs: 每月提供300个MQL → 每季度提供900个合格MQL changes 月 → 季度, 300 → 900
 * and adds 合格, instead of replacing the whole run (there are no spaces between Chinese words),
 * while Latin words inside Chinese text stay whole. So one tokenizer serves both languages;
 * diffChars is not needed.
 */

export interface SlaChangePart {
  value: string;
  added?: true;
  removed?: true;
}

export interface SlaFieldChange {
  /** The content path ('marketing.mqlsPerMonth', 'icp.personas.1.name', 'linkedPlan.mqlsPerMonth'). */
  path: string;
  /** The field's key, for its label: the path without list indices (`sla.field.<key>`; `sla.linked.<name>` for 'linkedPlan.<name>'). */
  key: string;
  before: string;
  after: string;
  /** The after text with the removed text in place: unchanged, removed and added parts in reading order. */
  parts: SlaChangePart[];
}

/** Beyond this many token edits a field is shown as replaced whole (keeps huge pastes fast). */
const MAX_EDIT_LENGTH = 2000;

const order = new Map<string, number>(slaFields.map((field, i) => [field.key, i]));
/** Bookkeeping a reader cannot act on: the scenario's name and figures show the change instead. */
// The period's length shows in the totals' own text ('1,000 over 12 months').
const HIDDEN = new Set(['linkedPlan.scenarioId', 'linkedPlan.fingerprint', 'linkedPlan.months']);

/** Every leaf of a content value as path → text (choices as their raw value, booleans as 'true'/'false'). */
function flatten(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, i) => flatten(item, `${path}.${i}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
  } else if (value !== undefined) out.set(path, String(value));
  return out;
}

/** Form order by field key, then list index; the linked plan and anything unknown last. */
function comparePaths(a: string, b: string): number {
  const rank = (path: string) => order.get(fieldKeyOf(path)) ?? order.size;
  const indices = (path: string) => path.split('.').filter((s) => /^\d+$/.test(s)).map(Number);
  const byField = rank(a) - rank(b);
  if (byField !== 0) return byField;
  const [ia, ib] = [indices(a), indices(b)];
  for (let i = 0; i < Math.max(ia.length, ib.length); i++) {
    const d = (ia[i] ?? -1) - (ib[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The word-level changes from `before` to `after`. */
export function diffText(before: string, after: string): SlaChangePart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [...(before ? [{ value: before, removed: true as const }] : []), ...(after ? [{ value: after, added: true as const }] : [])];
  }
  return changes.map((c) => ({ value: c.value, ...(c.added ? { added: true as const } : {}), ...(c.removed ? { removed: true as const } : {}) }));
}

/** The fields that differ between two versions' content, in form order. A list item only one side has compares with ''. */
export function diffContents(before: SlaContent, after: SlaContent): SlaFieldChange[] {
  const a = flatten(before, '', new Map());
  const b = flatten(after, '', new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])].filter((path) => !HIDDEN.has(path)).sort(comparePaths);
  return paths.flatMap((path) => {
    const [was, is] = [a.get(path) ?? '', b.get(path) ?? ''];
    return was === is ? [] : [{ path, key: fieldKeyOf(path), before: was, after: is, parts: diffText(was, is) }];
  });
}
