import type { SlaContent } from '../sla/draft';
import type { CommitmentKey, Owner } from './commitments';
import type { ScorecardRow } from './scorecard';

/** A commitment that keeps missing, and where the draft's ladder sends it. */
export interface Escalation {
  key: CommitmentKey;
  owner: Owner;
  /** Consecutive misses ending at the month reviewed: 2 or more. */
  streak: number;
  /** The months of the streak, first first. */
  months: string[];
  /** The ladder step it has reached (0-based) and its text, which names the people; null when the draft has no ladder. */
  step: { index: number; text: string } | null;
  /** The owning team's owner named in the draft's parties ('' when none). */
  ownerName: string;
  /** What the draft says happens when this team misses ('' when it says nothing). */
  consequence: string;
}

/** The escalation path of a draft: its non-blank ladder steps, the owners, the consequences. */
export interface EscalationPath {
  steps: readonly string[];
  owners: Record<Owner, string>;
  consequences: Record<Owner, string>;
}

export function escalationPath(content: SlaContent): EscalationPath {
  return {
    steps: content.escalation.steps.map((s) => s.trim()).filter((s) => s !== ''),
    owners: {
      marketing: content.parties.marketingOwner.trim(),
      sales: content.parties.salesOwner.trim(),
    },
    consequences: {
      marketing: content.escalation.whenMarketingMisses.trim(),
      sales: content.escalation.whenSalesMisses.trim(),
    },
  };
}

/**
 * What to escalate in the last month of `history` (the scorecards up to the month reviewed,
 * first first). A commitment missed in that month and in the reported months before it counts
 * its streak: a month where it was not reported is skipped (it neither breaks nor extends the
 * streak: a gap in reporting must not wipe a breach), a month on track or at risk ends it.
 * A second miss in a row takes the first step of the ladder, a third the second, and so on,
 * staying on the last step once the ladder runs out.
 */
export function escalations(
  history: readonly { month: string; rows: readonly ScorecardRow[] }[],
  path: EscalationPath,
): Escalation[] {
  const current = history[history.length - 1];
  if (!current) return [];
  const found: Escalation[] = [];
  for (const row of current.rows) {
    if (!row.escalates || row.score.kind !== 'scored' || row.score.status !== 'missed') continue;
    const months: string[] = [];
    for (let i = history.length - 1; i >= 0; i--) {
      const { month, rows } = history[i]!;
      const then = rows.find((r) => r.key === row.key)?.score;
      if (!then || then.kind !== 'scored') continue;
      if (then.status !== 'missed') break;
      months.unshift(month);
    }
    if (months.length < 2) continue;
    const index = Math.min(months.length - 2, path.steps.length - 1);
    found.push({
      key: row.key,
      owner: row.owner,
      streak: months.length,
      months,
      step: index >= 0 ? { index, text: path.steps[index]! } : null,
      ownerName: path.owners[row.owner],
      consequence: path.consequences[row.owner],
    });
  }
  return found;
}
