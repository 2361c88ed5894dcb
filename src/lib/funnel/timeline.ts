import { ok, type Outcome } from '../problem';
import { reachRate, type FunnelInput, type PlanInput, type Step } from './model';
import { reversePlan, type ReversePlan } from './reverse';

/** An average month: 365.25 ÷ 12 days. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Months from a lead's arrival to each stage, leads (0) first: the cumulative lag in days,
 * ÷ 30.4375, rounded to the nearest whole month (halves up).
 *
 * Why rounding: leads arrive across a month, on average at its middle; a lead arriving mid-month
 * with a lag of x months lands in month ⌊½ + x⌋ = round(x) after it. Rounding the cumulative lag
 * (not each step's) keeps the offsets in order and the total lag right. Whole-month offsets also
 * let the reverse timeline hit the plan exactly: spreading cohorts across two months would need
 * a deconvolution that can ask for negative leads.
 */
export function stageOffsets(steps: readonly Pick<Step, 'lagDays'>[]): number[] {
  const offsets = [0];
  let days = 0;
  for (const step of steps) {
    days += Math.max(0, step.lagDays);
    offsets.push(Math.round(days / DAYS_PER_MONTH));
  }
  return offsets;
}

export interface TimelineMonth {
  /** Offset from the period's first month (0); negative = before the period starts. */
  month: number;
  inPeriod: boolean;
  /** Planned leads arriving (index 0) and entries into each later stage this month; not rounded. */
  counts: number[];
  /** Planned revenue landing this month: deals × likely deal size. */
  revenue: number;
  /** Leads already in hand that arrived this month. */
  leadsInHand: number;
  /** Expected deals and revenue landing this month from leads already in hand. */
  dealsFromLeadsInHand: number;
  revenueFromLeadsInHand: number;
  /** A period month whose deals come from leads that arrived before now: it can no longer change. */
  decided: boolean;
}

export interface Timeline {
  /** From the earliest month any lead must arrive (or is in hand) to the period's last month. */
  months: TimelineMonth[];
  /** Months from arrival to each stage (see `stageOffsets`). */
  offsets: number[];
  /** The first and last months whose leads close inside the period: -2 = two months before it. */
  firstLeadMonth: number;
  lastLeadMonth: number;
  /** Planned leads that must arrive before the period starts. */
  leadsBeforePeriod: number;
  /** The first month whose leads are not in hand yet: 0, or the month after a row inside the period. */
  now: number;
  /** The last period month whose revenue is decided by leads in hand; null when none is. */
  decidedThrough: number | null;
  /** Expected revenue from leads in hand landing inside the period. */
  revenueFromLeadsInHand: number;
  /** What the plan counts on in the decided months. */
  plannedDecidedRevenue: number;
}

type TimelineInput = PlanInput & Partial<Pick<FunnelInput, 'leadsInHand'>>;

/**
 * The monthly schedule of the reverse plan. Deals land evenly across the period (deals ÷ months
 * a month); the cohort behind month t's deals arrives `offsets[last]` months earlier, so leads
 * arrive from `firstLeadMonth` (often before the period) to `lastLeadMonth`. Each stage's monthly
 * figure is its period total ÷ months, so every column sums to the reverse plan's count.
 */
export function monthlyTimeline(input: TimelineInput, reverse?: ReversePlan): Outcome<Timeline> {
  if (!reverse) {
    const planned = reversePlan(input);
    if (!planned.ok) return planned;
    reverse = planned.value;
  }
  const { months, steps } = input;
  const dealSize = input.dealSize.likely;
  const offsets = stageOffsets(steps);
  const last = steps.length;
  const closeLag = offsets[last]!;
  const firstLeadMonth = 0 - closeLag; // never -0
  const lastLeadMonth = months - 1 - closeLag;

  const inHand = input.leadsInHand ?? [];
  const now = Math.max(0, ...inHand.map((row) => row.month + 1));
  const start = Math.min(firstLeadMonth, ...inHand.map((row) => row.month));
  const closeRate = reachRate(steps, last);

  const rows: TimelineMonth[] = [];
  for (let month = start; month < months; month++) {
    rows.push({
      month,
      inPeriod: month >= 0,
      counts: offsets.map((offset, stage) => {
        const cohort = month - offset;
        return cohort >= firstLeadMonth && cohort <= lastLeadMonth ? reverse.perMonth[stage]! : 0;
      }),
      revenue: month >= 0 ? reverse.perMonth[last]! * dealSize : 0,
      leadsInHand: 0,
      dealsFromLeadsInHand: 0,
      revenueFromLeadsInHand: 0,
      decided: month >= 0 && month - closeLag < now,
    });
  }
  for (const { month, leads } of inHand) {
    const arrived = rows[month - start];
    if (!arrived) continue; // after the period: parseScenario refuses these
    arrived.leadsInHand += leads;
    const lands = rows[month + closeLag - start];
    if (lands) {
      lands.dealsFromLeadsInHand += leads * closeRate;
      lands.revenueFromLeadsInHand = lands.dealsFromLeadsInHand * dealSize;
    }
  }

  const sum = (pick: (row: TimelineMonth) => number, rowsToSum = rows) =>
    rowsToSum.reduce((total, row) => total + pick(row), 0);
  const decidedRows = rows.filter((row) => row.decided);
  const decidedThrough = Math.min(months - 1, now - 1 + closeLag);
  return ok({
    months: rows,
    offsets,
    firstLeadMonth,
    lastLeadMonth,
    leadsBeforePeriod: sum((row) => (row.inPeriod ? 0 : row.counts[0]!)),
    now,
    decidedThrough: decidedThrough >= 0 ? decidedThrough : null,
    revenueFromLeadsInHand: sum((row) => (row.inPeriod ? row.revenueFromLeadsInHand : 0)),
    plannedDecidedRevenue: sum((row) => row.revenue, decidedRows),
  });
}
