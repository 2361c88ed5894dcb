import type { PlanCore } from '../funnel/plan-core';
import type { FunnelInput } from '../funnel/model';
import { planScenarioCore } from '../funnel/scenario-input';
import type { Scenario } from '../funnel/scenario';
import type { Currency } from '../settings';
import type { SlaContent } from '../sla/draft';
import { actionsForMonth, type ActionInMonth } from './actions';
import { parseMonth, type MonthActuals } from './actuals';
import { escalationPath, escalations, type Escalation, type EscalationPath } from './escalation';
import { addMonths, isDue, monthOrdinal, monthsBetween, periodMonths } from './months';
import type { OddsArgs, OddsPoint } from './odds';
import { reviewFail, type ReviewOutcome, type ReviewProblem } from './problems';
import { reforecast, type Reforecast } from './reforecast';
import { scorecards, type ScorecardRow } from './scorecard';
import { actualsByStages, oddsPoints } from './odds-history';
import { hasFigures } from './entry';
import { parseThresholds, type Thresholds } from './status';
import {
  planTargets,
  slaCommitments,
  snapshotChanges,
  snapshotMonth,
  type SnapshotChange,
} from './targets';
import type { PlanSnapshot, SnapshotFunnel, TrackingState } from './tracking';
import { planVsActual, type PlanVsActual } from './variance';

/** What the review is computed from: the stores' values, and today (passed in, never read here). */
export interface ReviewSources {
  /** The tracked funnel scenario as stored. */
  scenario: Scenario | null;
  /** The tracked SLA draft; without one the scorecard is empty and the rest stands. */
  draft: { id: string; content: SlaContent } | null;
  /** settings.periodStart: "yyyy-mm", '' until set. */
  periodStart: string;
  tracking: TrackingState;
  /** "yyyy-mm-dd" (or "yyyy-mm"). */
  today: string;
  /**
   * settings.currency: money typed with its sign or code ("$384,000.00") reads, another
   * currency's is said. Absent, amounts are read as digits only.
   */
  currency?: Currency;
}

export interface ReviewMonth {
  month: string;
  /** Position in the period, 0 = its first month. */
  index: number;
  due: boolean;
  reported: boolean;
  actuals: MonthActuals;
  /** The plan the month is held against: the snapshot kept with it, or the plan now when it has none yet. */
  plan: PlanSnapshot;
  planFrom: 'snapshot' | 'current';
  /** What the plan now says differently from the month's snapshot (empty without a snapshot). */
  changes: SnapshotChange[];
  /** The plan (and SLA) as they are now for this month: what `changes` compares the snapshot with. */
  planNow: PlanSnapshot;
  /**
   * The plan as the month is held against it, for its heading and print: the snapshot's name,
   * period and target where it kept them, else the plan now's.
   */
  heldAgainst: HeldAgainst;
  planVsActual: PlanVsActual;
  /** Where the scorecard's commitments come from: the month's own snapshot, the SLA draft now, or none (no draft). */
  commitmentsFrom: 'snapshot' | 'draft' | null;
  scorecard: ScorecardRow[];
  /** Commitments missed this month and the reported month(s) before (see `escalations`). */
  escalations: Escalation[];
  actions: ActionInMonth[];
}

export interface HeldAgainst {
  name: string;
  /** First and last month of its period. */
  from: string;
  to: string;
  target: number;
  /** When the snapshot was taken; '' for the plan now. */
  takenAt: string;
}

export interface Review {
  months: ReviewMonth[];
  /**
   * Months with figures or a note typed that lie outside the plan's period (its start moved, or
   * its length changed): kept in storage, listed so the page can say so and show them.
   */
  outsidePeriod: { before: string[]; after: string[] };
  thresholds: Thresholds;
  /** Problems of the typed thresholds (the defaults stand in for a bad one). */
  thresholdProblems: ReviewProblem[];
  /** Due months with nothing entered: "not reported", listed so the page can ask for them. */
  notReported: string[];
  /** The last month with any actual; null before the first report. */
  latestReported: string | null;
  reforecast: Reforecast;
  /** What the odds from here need (run apart, off the main thread): pass with a rate source to `oddsSetup`. */
  odds: Omit<OddsArgs, 'source'>;
  /** "How the odds moved": the plan alone, then after each month whose revenue is in, each on the plan it was reported against. */
  oddsHistory: OddsPoint[];
  /** No SLA draft is tracked: the scorecard is empty; the page says what to create first. */
  noDraft: boolean;
  input: FunnelInput;
  plan: PlanCore;
  /** The currency money was read in (its sign may be typed); undefined when none was given. */
  currency: Currency | undefined;
}

const NO_PATH: EscalationPath = {
  steps: [],
  owners: { marketing: '', sales: '' },
  consequences: { marketing: '', sales: '' },
};

/**
 * The whole monthly review except the simulation, in one call for every keystroke: linear in
 * months × stages, well under the 16 ms budget for 24 months of 8 stages (see bench/review.perf.ts).
 * Fails only when there is nothing to review against: no scenario ('nothingToReview'), a
 * scenario that cannot be planned (its own problem), no period start ('empty', 'periodStart').
 */
export function monthlyReview(sources: ReviewSources): ReviewOutcome<Review> {
  if (!sources.scenario) return reviewFail('nothingToReview', { field: 'scenario' });
  const planned = planScenarioCore(sources.scenario, sources.currency);
  if (!planned.ok) return planned;
  const { input, plan } = planned.value;
  const period = periodMonths(sources.periodStart, input.months);
  if (!period.ok) return period;
  const keys = period.value;
  if (monthOrdinal(sources.today) === null) return reviewFail('notANumber', { field: 'today' });
  const now = monthsBetween(keys[0]!, sources.today.slice(0, 7));

  const { tracking, draft } = sources;
  const { thresholds, problems: thresholdProblems } = parseThresholds(tracking.thresholds);
  const targets = planTargets(plan, keys.length);
  const source = { scenario: sources.scenario, input, plan, draft, takenAt: '' };
  const currentSla = draft ? slaCommitments(draft.id, draft.content) : null;

  const base = keys.map((month, index) => {
    const entry = tracking.months[month];
    const current = snapshotMonth(source, index, targets[index]);
    const kept = entry?.plan;
    const plan = kept ?? current;
    const actuals = parseMonth(
      month,
      entry,
      Math.max(input.stages.length, plan.counts.length),
      sources.currency,
    );
    return { month, index, entry, current, kept, plan, actuals };
  });
  const cards = scorecards(
    base.map((m) => ({
      actuals: m.actuals,
      sla: m.kept?.sla ?? currentSla,
      index: m.index,
      due: isDue(m.month, sources.today),
    })),
    thresholds,
  );
  const path = draft ? escalationPath(draft.content) : NO_PATH;
  const history = base.map((m, i) => ({ month: m.month, rows: cards[i]! }));

  const months: ReviewMonth[] = base.map((m, i) => ({
    month: m.month,
    index: m.index,
    due: isDue(m.month, sources.today),
    reported: m.actuals.reported,
    actuals: m.actuals,
    plan: m.plan,
    planFrom: m.kept ? 'snapshot' : 'current',
    changes: m.kept ? snapshotChanges(m.kept, m.current) : [],
    planNow: m.current,
    heldAgainst: heldAgainst(m.plan, m.kept ? m.plan.funnel : undefined, input, keys),
    planVsActual: planVsActual(m.actuals, m.plan, sources.currency),
    commitmentsFrom: m.kept?.sla ? 'snapshot' : currentSla ? 'draft' : null,
    scorecard: cards[i]!,
    escalations: escalations(history.slice(0, i + 1), path),
    actions: actionsForMonth(tracking.actions, m.month),
  }));

  // The reforecast and the odds read stages by the plan now: each month's figures go by name.
  const read = base.map((m) => ({ month: m.month, actuals: m.actuals, stages: m.plan.stages, kept: m.kept }));
  const actuals = read.map((m) => actualsByStages(m, input.stages));
  const odds = { input, plan, months: keys, actuals, now };
  const reported = months.filter((m) => m.reported);
  // A note alone is no report, but it is what someone wrote: it is said and shown as figures are.
  const entered = Object.keys(tracking.months)
    .filter((key) => hasFigures(tracking.months[key]!) || tracking.months[key]!.note.trim() !== '')
    .sort();
  return {
    ok: true,
    value: {
      months,
      outsidePeriod: {
        before: entered.filter((key) => key < keys[0]!),
        after: entered.filter((key) => key > keys[keys.length - 1]!),
      },
      thresholds,
      thresholdProblems,
      notReported: months.filter((m) => m.due && !m.reported).map((m) => m.month),
      latestReported: reported[reported.length - 1]?.month ?? null,
      reforecast: reforecast({ input, plan, months: keys, actuals, now }),
      odds,
      oddsHistory: oddsPoints(odds, read),
      noDraft: !draft,
      input,
      plan,
      currency: sources.currency,
    },
  };
}

/** The plan a month is held against, by name, period and target: its snapshot's where it kept them. */
function heldAgainst(
  plan: PlanSnapshot,
  kept: SnapshotFunnel | undefined,
  now: FunnelInput,
  keys: readonly string[],
): HeldAgainst {
  const from = keys[0]!;
  const months = kept?.months ?? now.months;
  return {
    name: plan.scenarioName,
    from,
    to: addMonths(from, Math.max(1, months) - 1),
    target: kept?.target ?? now.target,
    takenAt: plan.takenAt,
  };
}
