import type { LeadGrade } from '../sla/draft';
import type { MonthActuals } from './actuals';
import {
  commitmentsOf,
  type Commitment,
  type CommitmentKey,
  type Owner,
  type Unit,
} from './commitments';
import type { ReviewProblem } from './problems';
import { statusOf, type Direction, type Status, type Thresholds } from './status';
import type { SlaCommitments } from './tracking';
import { variance, type Variance } from './variance';

/** A commitment's standing in one month. */
export type Score =
  | { kind: 'scored'; target: number; actual: number; variance: Variance; status: Status }
  /** No usable actual: `problem` is 'notReported' (blank) or why the entered text is not a figure. */
  | { kind: 'noActual'; target: number; problem: ReviewProblem }
  /** The draft states the commitment in words that cannot be measured. */
  | { kind: 'notMeasurable'; problem: ReviewProblem };

export interface ScorecardRow {
  key: CommitmentKey;
  owner: Owner;
  direction: Direction;
  unit: Unit;
  grade?: LeadGrade;
  promisedHours?: number;
  /**
   * Whether a miss counts towards escalation. The monthly MQL volume does not: the SLA counts
   * volume cumulatively, so a short month made up later is no breach; its cumulative row is.
   */
  escalates: boolean;
  score: Score;
  /** Cumulative rows: the months counted so far, and the months left out (not reported or not measurable). */
  counted?: string[];
  leftOut?: string[];
}

/** A month as the scorecard sees it: its actuals and the commitments that applied (null: no draft). */
export interface ScorecardMonth {
  actuals: MonthActuals;
  sla: SlaCommitments | null;
  /** The month's place in the period (0 = first): picks its part of a linked plan's MQL split. */
  index?: number;
  /** Whether its actuals are due (absent: due). A month not begun yet is never listed as left out. */
  due?: boolean;
}

function score(
  target: Commitment['target'],
  actual: ReturnType<Commitment['actual']>,
  direction: Direction,
  thresholds: Thresholds,
): Score {
  if (!target.ok) return { kind: 'notMeasurable', problem: target.problem };
  if (!actual.ok) return { kind: 'noActual', target: target.value, problem: actual.problem };
  return {
    kind: 'scored',
    target: target.value,
    actual: actual.value,
    variance: variance(target.value, actual.value),
    status: statusOf(target.value, actual.value, direction, thresholds),
  };
}

/**
 * The scorecard of every month, in order: one row per commitment the month's SLA states, plus
 * the cumulative MQL volume after the monthly one. The cumulative row compares like with like:
 * the sum of the monthly targets of the months whose MQLs were reported (with a linked plan's
 * split, each month's own part of it, so a full year sums to the period total exactly) against the sum of
 * those months' MQLs (a due month not reported is left out and listed, never counted as 0). So a
 * short month made up later is on track again once the sum catches up. Each month's targets
 * are its own (from its snapshot), so a later change to the SLA does not rewrite the past.
 * One pass with running sums: linear in months × commitments.
 */
export function scorecards(
  months: readonly ScorecardMonth[],
  thresholds: Thresholds,
): ScorecardRow[][] {
  let cumulativeTarget = 0;
  let cumulativeActual = 0;
  const counted: string[] = [];
  const leftOut: string[] = [];
  return months.map(({ actuals, sla, index, due = true }) => {
    const commitments = sla ? commitmentsOf(sla, index) : [];
    const volume = commitments.find((c) => c.key === 'mqlVolume');
    const mqls = actuals.sla.mqlsDelivered;
    if (volume?.target.ok && mqls.ok) {
      cumulativeTarget += volume.target.value;
      cumulativeActual += mqls.value;
      counted.push(actuals.month);
    } else if (due) {
      leftOut.push(actuals.month);
    }

    const rows: ScorecardRow[] = [];
    for (const c of commitments) {
      const row: ScorecardRow = {
        key: c.key,
        owner: c.owner,
        direction: c.direction,
        unit: c.unit,
        escalates: c.key !== 'mqlVolume',
        score: score(c.target, c.actual(actuals), c.direction, thresholds),
      };
      if (c.grade) row.grade = c.grade;
      if (c.promisedHours !== undefined) row.promisedHours = c.promisedHours;
      rows.push(row);
      if (c.key !== 'mqlVolume') continue;
      // This month's own MQLs must be in for the cumulative to say where the month leaves it.
      const cumulativeScore: Score = !c.target.ok
        ? { kind: 'notMeasurable', problem: c.target.problem }
        : !mqls.ok
          ? { kind: 'noActual', target: cumulativeTarget + c.target.value, problem: mqls.problem }
          : score(
              { ok: true, value: cumulativeTarget },
              { ok: true, value: cumulativeActual },
              'higher',
              thresholds,
            );
      rows.push({
        key: 'mqlVolumeCumulative',
        owner: 'marketing',
        direction: 'higher',
        unit: 'count',
        escalates: true,
        score: cumulativeScore,
        counted: [...counted],
        leftOut: [...leftOut],
      });
    }
    return rows;
  });
}
