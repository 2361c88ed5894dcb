import type { PlanCore } from '../funnel/plan-core';
import type { Estimate, FunnelInput } from '../funnel/model';
import { parseNumber } from '../number';
import { wholeCommitment } from '../sla/commitment';
import { leadGrades } from '../sla/draft';
import type { SlaContent } from '../sla/draft';
import type { PlanSnapshot, SlaCommitments } from './tracking';

/**
 * What the plan asks of each month of the period, read from the planner's own monthly timeline
 * (never recomputed here), and the snapshot of it a month keeps once its actuals are entered.
 */

/** The plan for one month of the period. */
export interface MonthTargets {
  /** Planned count per stage: leads arriving (0) and entries into each later stage; not rounded. */
  counts: number[];
  revenue: number;
  /** This month's planned leads × the plan's cost per lead. */
  spend: number;
}

/**
 * One entry per period month (index 0 = the first month). Leads the plan needs before the period
 * belong to no reviewed month, so their spend appears in none.
 */
export function planTargets(plan: PlanCore, months: number): MonthTargets[] {
  const { timeline, reverse } = plan;
  const stages = reverse.counts.length;
  return Array.from({ length: months }, (_, i) => {
    // The timeline's rows are consecutive months from its first: index by offset, not by search.
    const row = timeline.months[i - (timeline.months[0]?.month ?? 0)];
    const counts = row ? [...row.counts] : new Array<number>(stages).fill(0);
    return { counts, revenue: row?.revenue ?? 0, spend: (counts[0] ?? 0) * reverse.costPerLead };
  });
}

/**
 * The SLA commitments a draft states, as its text: what a month's snapshot keeps. A draft linked
 * to a plan with its period totals also keeps the MQL split, unless the monthly figure was typed
 * over (then the figure typed is the promise, month after month).
 */
export function slaCommitments(draftId: string, content: SlaContent): SlaCommitments {
  return {
    draftId,
    mqlsPerMonth: content.marketing.mqlsPerMonth,
    ...mqlSplit(content),
    minMqlToSqlRate: content.marketing.minMqlToSqlRate,
    handoverHours: content.marketing.handoverHours,
    responseHours: Object.fromEntries(
      leadGrades.map((g) => [g, content.grading[g].responseHours]),
    ) as SlaCommitments['responseHours'],
    attempts: content.sales.attempts,
    recycling: content.sales.recycling,
  };
}

/** The linked plan's MQL total and months, when the draft still states the figure the link wrote. */
function mqlSplit(content: SlaContent): Pick<SlaCommitments, 'mqlsTotal' | 'mqlMonths'> {
  const link = content.linkedPlan;
  if (!link || link.mqlsTotal === undefined || link.months === undefined) return {};
  const whole = wholeCommitment(link);
  const stated = parseNumber(content.marketing.mqlsPerMonth, { kind: 'number', min: 0 });
  if (!stated.ok || stated.value !== whole.mqlsPerMonth || whole.months === null || whole.months < 1)
    return {};
  return { mqlsTotal: whole.mqlsTotal ?? 0, mqlMonths: whole.months };
}

export interface SnapshotSource {
  scenario: { id: string; name: string };
  input: FunnelInput;
  plan: PlanCore;
  /** The tracked SLA draft, when there is one. */
  draft?: { id: string; content: SlaContent } | null;
  /** When the snapshot is taken, ISO 8601 (passed in: lib never reads the clock). */
  takenAt: string;
}

/**
 * What applied to month `index` of the period: its targets, the unit costs and rates, the SLA
 * commitments. `targets` may be passed when the caller already has them (`planTargets`).
 */
export function snapshotMonth(
  source: SnapshotSource,
  index: number,
  targets: MonthTargets = planTargets(source.plan, index + 1)[index]!,
): PlanSnapshot {
  const { input, plan } = source;
  const snapshot: PlanSnapshot = {
    takenAt: source.takenAt,
    scenarioId: source.scenario.id,
    scenarioName: source.scenario.name,
    stages: [...input.stages],
    counts: [...targets.counts],
    revenue: targets.revenue,
    spend: targets.spend,
    costPerLead: plan.reverse.costPerLead,
    costPerDeal: plan.reverse.costPerDeal,
    rates: input.steps.map((step) => step.rate.likely),
    dealSize: input.dealSize.likely,
    funnel: {
      target: input.target,
      months: input.months,
      dealSize: estimateOf(input.dealSize),
      steps: input.steps.map((step) => ({ rate: estimateOf(step.rate), lagDays: step.lagDays })),
    },
  };
  if (source.draft) snapshot.sla = slaCommitments(source.draft.id, source.draft.content);
  return snapshot;
}

/** An estimate as stored: its sides only where it has them (JSON keeps no undefined). */
function estimateOf({ likely, low, high }: Estimate): Estimate {
  return { likely, ...(low === undefined ? {} : { low }), ...(high === undefined ? {} : { high }) };
}

/** What may differ between the plan kept with a month and the plan now, named for the page. */
export type SnapshotChange =
  'stages' | 'counts' | 'revenue' | 'spend' | 'costs' | 'rates' | 'dealSize' | 'sla';

/**
 * What changed since a month's snapshot was taken: empty when the plan (and the SLA) still say
 * the same. Figures compare to a millionth, so float noise from a recomputed plan is no change.
 */
export function snapshotChanges(then: PlanSnapshot, now: PlanSnapshot): SnapshotChange[] {
  const same = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  const sameList = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((x, i) => same(x, b[i]!));
  const changes: SnapshotChange[] = [];
  if (then.stages.join('\u0000') !== now.stages.join('\u0000')) changes.push('stages');
  if (!sameList(then.counts, now.counts)) changes.push('counts');
  if (!same(then.revenue, now.revenue)) changes.push('revenue');
  if (!same(then.spend, now.spend)) changes.push('spend');
  if (!same(then.costPerLead, now.costPerLead) || !same(then.costPerDeal, now.costPerDeal))
    changes.push('costs');
  if (!sameList(then.rates, now.rates)) changes.push('rates');
  if (!same(then.dealSize, now.dealSize)) changes.push('dealSize');
  if (!sameCommitments(then.sla, now.sla)) changes.push('sla');
  return changes;
}

/** The same commitments, field by field (the draft they came from aside: a copy says the same). */
function sameCommitments(a: SlaCommitments | undefined, b: SlaCommitments | undefined): boolean {
  if (!a || !b) return a === b;
  const { responseHours: ha, draftId: _a, ...ra } = a;
  const { responseHours: hb, draftId: _b, ...rb } = b;
  // As the user reads them (slaChanges says which): text trimmed, and a month reported before
  // the split was kept (splitUnrecorded) holds none, so the same monthly figure is the same promise.
  const { splitUnrecorded, ...rest } = ra;
  const { splitUnrecorded: _c, ...restB } = rb;
  const text = (value: string | number | undefined) => (typeof value === 'string' ? value.trim() : value);
  const unrecorded = splitUnrecorded === true && text(a.mqlsPerMonth) === text(b.mqlsPerMonth);
  // Both sides' keys: a linked plan's split may be on one side only.
  const keys = new Set([...Object.keys(rest), ...Object.keys(restB)]) as Set<keyof typeof rest>;
  return (
    [...keys].every((k) => (unrecorded && (k === 'mqlsTotal' || k === 'mqlMonths')) || text(rest[k]) === text(restB[k])) &&
    leadGrades.every((g) => text(ha[g]) === text(hb[g]))
  );
}
