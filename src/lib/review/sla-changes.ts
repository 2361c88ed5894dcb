import type { LeadGrade } from '../sla/draft';
import type { SlaCommitments } from './tracking';

/**
 * What an SLA change means for a month already reported, commitment by commitment: kept apart
 * from targets.ts because only a month whose SLA changed shows it (the page loads it then).
 */

/** A commitment of the SLA as a month's snapshot keeps it. */
export type SlaTextField =
  | 'mqlsPerMonth'
  | 'minMqlToSqlRate'
  | 'handoverHours'
  | `responseHours.${LeadGrade}`
  | 'attempts'
  | 'recycling';

/** The linked plan's MQLs over its months, or null when no split applied. */
export type MqlSplit = { total: number; months: number } | null;

/** One commitment that says something else now than when a month was first reported. */
export type SlaChange =
  | { field: SlaTextField; then: string; now: string }
  | { field: 'mqlSplit'; then: MqlSplit; now: MqlSplit };

/**
 * Which commitments changed between a month's snapshot and the SLA now, each with what it said
 * then and says now (as typed: the page shows them as text). No SLA on one side: every
 * commitment the other states is a change from or to blank.
 */
export function slaChanges(then: SlaCommitments | undefined, now: SlaCommitments | undefined): SlaChange[] {
  if (!then && !now) return [];
  const text = (sla: SlaCommitments | undefined, field: SlaTextField): string => {
    if (!sla) return '';
    if (field.startsWith('responseHours.')) return sla.responseHours[field.slice(14) as LeadGrade];
    return sla[field as Exclude<SlaTextField, `responseHours.${string}`>];
  };
  const split = (sla: SlaCommitments | undefined): MqlSplit =>
    sla?.mqlsTotal !== undefined && sla.mqlMonths !== undefined
      ? { total: sla.mqlsTotal, months: sla.mqlMonths }
      : null;
  const fields: SlaTextField[] = [
    'mqlsPerMonth',
    'minMqlToSqlRate',
    'handoverHours',
    // The grades the snapshots hold (a–d), read from them: this module loads on its own, lightly.
    ...(Object.keys({ ...then?.responseHours, ...now?.responseHours }) as LeadGrade[])
      .sort()
      .map((g) => `responseHours.${g}` as const),
    'attempts',
    'recycling',
  ];
  const changes: SlaChange[] = [];
  for (const field of fields) {
    const [a, b] = [text(then, field), text(now, field)];
    if (a.trim() !== b.trim()) changes.push({ field, then: a, now: b });
    if (field === 'mqlsPerMonth') {
      const [x, y] = [split(then), split(now)];
      // A month reported before the split was kept has none: the same figure is the same promise.
      const unrecorded = then?.splitUnrecorded === true && a.trim() === b.trim();
      if (!unrecorded && (x?.total !== y?.total || x?.months !== y?.months)) changes.push({ field: 'mqlSplit', then: x, now: y });
    }
  }
  return changes;
}

