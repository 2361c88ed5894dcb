import { parseMonth, type MonthActuals } from './actuals';
import { periodMonths } from './months';
import type { OddsArgs, OddsPoint } from './odds';
import { reviewFail } from './problems';
import { snapshotPlan } from './snapshot-plan';
import { stageIn } from './stage-columns';
import type { PlanSnapshot } from './tracking';

/** A month of the period as "how the odds moved" reads it. */
export interface HistoryMonth {
  month: string;
  actuals: MonthActuals;
  /** The stages its figures are stored by: its snapshot's, or the plan now's. */
  stages: readonly string[];
  /** Its snapshot, when it has one. */
  kept: PlanSnapshot | undefined;
}

/** A month's figures read by `stages`: each stage's figure found by name in the month's own stages. */
export function actualsByStages(m: HistoryMonth, stages: readonly string[]): MonthActuals {
  return {
    ...m.actuals,
    stages: stages.map(
      (_, i) =>
        m.actuals.stages[stageIn(stages, i, m.stages)] ??
        reviewFail('notReported', { field: `stages.${i}`, month: m.month }),
    ),
  };
}

type Args = Omit<OddsArgs, 'source'>;

/**
 * The points of "how the odds moved", each on the plan its month was reported against: after
 * each month whose revenue is in, the odds on that month's snapshot (its target, period, rates
 * and lags, planned again), with the figures then known read by that plan's stages; the plan
 * alone on the first such month's plan. A month whose snapshot kept no funnel (taken before it
 * was kept) falls back to the plan now (`current`), marked so. Snapshots that say the same are
 * planned once.
 */
export function oddsPoints(current: Args, months: readonly HistoryMonth[]): OddsPoint[] {
  const planned = new Map<string, Args | null>();
  const argsOf = (kept: PlanSnapshot | undefined): Args | null => {
    if (!kept?.funnel) return null;
    const key = JSON.stringify([kept.stages, kept.funnel]);
    if (!planned.has(key)) planned.set(key, snapshotArgs(kept, current, months));
    return planned.get(key)!;
  };
  const after: OddsPoint[] = [];
  months.forEach((m, k) => {
    if (!m.actuals.revenue.ok) return;
    const own = argsOf(m.kept);
    after.push(
      own && k < own.months.length
        ? { asOf: k, args: own, planFrom: 'snapshot' }
        : { asOf: k, args: current, planFrom: 'current' },
    );
  });
  const first = after[0];
  const alone: OddsPoint = first
    ? { asOf: -1, args: first.args, planFrom: first.planFrom }
    : { asOf: -1, args: current, planFrom: 'current' };
  return [alone, ...after];
}

function snapshotArgs(kept: PlanSnapshot, current: Args, months: readonly HistoryMonth[]): Args | null {
  const own = snapshotPlan(kept, current.input);
  const start = current.months[0];
  if (!own || start === undefined) return null;
  const period = periodMonths(start, own.input.months);
  if (!period.ok) return null;
  const stages = own.input.stages;
  return {
    input: own.input,
    plan: own.plan,
    months: period.value,
    now: current.now,
    actuals: period.value.map((month, i) => {
      const m = months[i];
      return m?.month === month ? actualsByStages(m, stages) : parseMonth(month, undefined, stages.length);
    }),
  };
}
