/**
 * A short, stable fingerprint of the funnel plan numbers an SLA is linked to. The draft keeps
 * the fingerprint taken when it was linked; when the plan's fingerprint now differs, the UI marks
 * the draft "the plan has changed since". Not a security hash: FNV-1a over a canonical text of
 * the numbers, which is plenty to tell two plans apart.
 */

/** The funnel plan figures an agreement commits to (from the funnel planner's active scenario). */
export interface PlanNumbers {
  mqlsPerMonth: number;
  sqlsPerMonth: number;
  mqlsPerRep: number;
  sqlsPerRep: number;
  reps: number;
  capacityOk: boolean;
  maxMqlsPerMonth: number;
}

/** Fixed order, so the same numbers always give the same text whatever order an object lists them in. */
const ORDER = ['mqlsPerMonth', 'sqlsPerMonth', 'mqlsPerRep', 'sqlsPerRep', 'reps', 'capacityOk', 'maxMqlsPerMonth'] as const;

/** Rounded to 6 significant digits, so float noise (41.666666666 vs 41.666666667) is not a change. */
function canonical(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (!Number.isFinite(value)) return 'x';
  const rounded = Number(value.toPrecision(6));
  return String(rounded === 0 ? 0 : rounded);
}

export function planFingerprint(plan: PlanNumbers): string {
  const text = ORDER.map((key) => canonical(plan[key])).join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
