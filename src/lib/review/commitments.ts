import { parseNumber, type NumberRule } from '../number';
import { monthlyTargets } from '../sla/commitment';
import { leadGrades, type LeadGrade } from '../sla/draft';
import type { MonthActuals, Reading } from './actuals';
import type { ReviewOutcome } from './problems';
import type { Direction } from './status';
import type { SlaCommitments } from './tracking';

/**
 * The measurable commitments of an SLA draft: what the scorecard holds each month's actuals
 * against. Each names its owner, which way is better and where its actual is entered.
 */

export type CommitmentKey =
  | 'mqlVolume'
  | 'mqlVolumeCumulative'
  | 'handoverHours'
  | 'sqlAcceptance'
  | `firstResponse.${LeadGrade}`
  | 'followUpAttempts'
  | 'recycledHandling';

export type Owner = 'marketing' | 'sales';
export type Unit = 'count' | 'percent' | 'hours' | 'attempts';

export interface Commitment {
  key: CommitmentKey;
  owner: Owner;
  direction: Direction;
  unit: Unit;
  /** The target, or why the draft's text cannot be measured ('notMeasurable', its `reason` the parse problem). */
  target: ReviewOutcome<number>;
  /** For first response: the hours promised (the target is the share of leads reached within them). */
  promisedHours?: number;
  grade?: LeadGrade;
  /** The month's actual for it. */
  actual: (month: MonthActuals) => Reading;
}

const rules = {
  amount: { kind: 'number', min: 0 },
  percent: { kind: 'percent' },
} satisfies Record<string, NumberRule>;

/** Text that states a number, or 'notMeasurable' naming the field and why ("within a day" → notANumber). */
function measurable(raw: string, field: string, rule: NumberRule): ReviewOutcome<number> {
  const parsed = parseNumber(raw, rule);
  if (parsed.ok) return parsed;
  return { ok: false, problem: { code: 'notMeasurable', field, reason: parsed.problem.code } };
}

/**
 * One commitment per stated field of the draft; a blank field is no commitment and gives no row.
 * Ownership follows the draft's own sections: the MQL volume, the hand-over time and the least
 * MQL → SQL acceptance sit under marketing (the acceptance rate is marketing's promise about the
 * quality of its MQLs); first response by grade, follow-up attempts and recycling under sales.
 * Shares "met" are held against 100 %: the promise is every lead of the grade within the hours.
 * `index` is the month's place in the period: with the linked plan's MQL split, month `index`
 * is held against its own part of the split (83 or 84 of 1,000 over 12), so the months add up
 * to the total; a month past the split, or no split, against the stated figure.
 */
export function commitmentsOf(sla: SlaCommitments, index?: number): Commitment[] {
  const list: Commitment[] = [];
  const stated = (raw: string) => raw.trim() !== '';
  if (stated(sla.mqlsPerMonth)) {
    const split =
      sla.mqlsTotal !== undefined && sla.mqlMonths !== undefined && index !== undefined
        ? monthlyTargets(sla.mqlsTotal, sla.mqlMonths)[index]
        : undefined;
    list.push({
      key: 'mqlVolume',
      owner: 'marketing',
      direction: 'higher',
      unit: 'count',
      target:
        split !== undefined
          ? { ok: true, value: split }
          : measurable(sla.mqlsPerMonth, 'marketing.mqlsPerMonth', rules.amount),
      actual: (m) => m.sla.mqlsDelivered,
    });
  }
  if (stated(sla.handoverHours)) {
    list.push({
      key: 'handoverHours',
      owner: 'marketing',
      direction: 'lower',
      unit: 'hours',
      target: measurable(sla.handoverHours, 'marketing.handoverHours', rules.amount),
      actual: (m) => m.sla.handoverHours,
    });
  }
  if (stated(sla.minMqlToSqlRate)) {
    list.push({
      key: 'sqlAcceptance',
      owner: 'marketing',
      direction: 'higher',
      unit: 'percent',
      target: measurable(sla.minMqlToSqlRate, 'marketing.minMqlToSqlRate', rules.percent),
      actual: (m) => m.sla.sqlAcceptance,
    });
  }
  for (const grade of leadGrades) {
    const raw = sla.responseHours[grade];
    if (!stated(raw)) continue;
    const hours = measurable(raw, `grading.${grade}.responseHours`, rules.amount);
    const commitment: Commitment = {
      key: `firstResponse.${grade}`,
      owner: 'sales',
      direction: 'higher',
      unit: 'percent',
      grade,
      target: hours.ok ? { ok: true, value: 100 } : hours,
      actual: (m) => m.sla.firstResponse[grade],
    };
    if (hours.ok) commitment.promisedHours = hours.value;
    list.push(commitment);
  }
  if (stated(sla.attempts)) {
    list.push({
      key: 'followUpAttempts',
      owner: 'sales',
      direction: 'higher',
      unit: 'attempts',
      target: measurable(sla.attempts, 'sales.attempts', rules.amount),
      actual: (m) => m.sla.attempts,
    });
  }
  if (stated(sla.recycling)) {
    // The rule is words ("back to nurture after 90 days"): what is measured is the share handled by it.
    list.push({
      key: 'recycledHandling',
      owner: 'sales',
      direction: 'higher',
      unit: 'percent',
      target: { ok: true, value: 100 },
      actual: (m) => m.sla.recycledHandled,
    });
  }
  return list;
}
