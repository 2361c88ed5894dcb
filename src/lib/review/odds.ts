import type { Spread } from '../funnel/distribution';
import type { PlanCore } from '../funnel/plan-core';
import type { ReversePlan } from '../funnel/reverse';
import type { SimulationResult } from '../funnel/simulate';
import type { FunnelInput, PlanInput } from '../funnel/model';
import type { MonthActuals } from './actuals';
import { blendRate, observedConversions } from './blend';
import { plannedLeads } from './reforecast';

/**
 * The odds of the target from here: the planner's seeded Monte Carlo (`createSimulation`) run
 * over the months that remain, on the leads behind them (the count entered where there is one,
 * else the plan's: a month not reported is simulated from the plan as a month to come is, never
 * counted as zero results), with the plan's rate ranges or the rates blended with the actuals
 * (`blendRate`). The revenue already won is added to every trial. Setting up is cheap and
 * pure; running is left to the caller (a worker, in slices) so the page stays responsive.
 */

/** Which rates the simulation draws from. */
export type RateSource = 'plan' | 'measured';

export interface OddsSetup {
  /** The last month whose actuals count; null = the plan alone, before any actual. */
  asOf: string | null;
  /** The months (through `asOf`) whose figures the odds count as reported; every other month is the plan's. */
  counted: string[];
  wonSoFar: number;
  /** Revenue the remaining months must bring. */
  gap: number;
  remainingMonths: number;
  /** Whole leads behind the remaining months. */
  leads: number;
  /** The arguments of `createSimulation(input, options, plan)`; null when no month remains and the total is settled. */
  simulation: { input: PlanInput & { seed: number }; plan: ReversePlan } | null;
}

export interface OddsArgs {
  input: FunnelInput;
  plan: PlanCore;
  months: readonly string[];
  /** One per period month, in order. */
  actuals: readonly MonthActuals[];
  /** The current month as an index into the period (the re-forecast's; the odds take a month not reported from the plan, past or not). */
  now: number;
  source: RateSource;
}

/**
 * The simulation of what remains once the actuals through period month `asOf` are known
 * (-1 = none; by default every month). A month is done when its revenue is entered, as in the
 * re-forecast; the rest remain, each on the leads entered for its lead month or else the plan's.
 */
export function oddsSetup(args: OddsArgs, asOf = args.months.length - 1): OddsSetup {
  const { input, plan } = args;
  const known = args.actuals.slice(0, asOf + 1);
  const lag = plan.timeline.offsets[plan.timeline.offsets.length - 1] ?? 0;
  let wonSoFar = 0;
  let remainingMonths = 0;
  let leads = 0;
  args.months.forEach((_, r) => {
    const revenue = known[r]?.revenue;
    if (revenue?.ok) {
      wonSoFar += revenue.value;
      return;
    }
    remainingMonths++;
    const entered = known[r - lag]?.stages[0];
    leads += entered?.ok ? entered.value : plannedLeads(plan.timeline, r - lag);
  });
  leads = Math.round(leads); // the plan's monthly leads are fractions; cohorts are whole
  const gap = input.target - wonSoFar;
  const steps =
    args.source === 'plan'
      ? input.steps
      : observedConversions(known, input.steps.length).map((observed, i) => ({
          ...input.steps[i]!,
          rate: blendRate(input.steps[i]!.rate, observed),
        }));
  return {
    asOf: asOf >= 0 ? (args.months[asOf] ?? null) : null,
    counted: known.filter((m) => m.reported).map((m) => m.month),
    wonSoFar,
    gap,
    remainingMonths,
    leads,
    simulation:
      remainingMonths > 0
        ? {
            input: { ...input, steps, months: remainingMonths, target: gap, seed: input.seed },
            plan: { ...plan.reverse, leads },
          }
        : null,
  };
}

/** A point of "how the odds moved": the actuals through period month `asOf` (-1 = none), on the plan of then. */
export interface OddsPoint {
  asOf: number;
  args: Omit<OddsArgs, 'source'>;
  /** The plan the point's month was reported against ('snapshot'), or the plan now where it kept none. */
  planFrom: 'snapshot' | 'current';
}

/** The points of "how the odds moved" on one plan: the plan alone, then after each month whose revenue is in. */
export function historyPoints(args: Omit<OddsArgs, 'source'>): OddsPoint[] {
  const points: OddsPoint[] = [{ asOf: -1, args, planFrom: 'current' }];
  args.actuals.forEach((month, k) => {
    if (month.revenue.ok) points.push({ asOf: k, args, planFrom: 'current' });
  });
  return points;
}

/** The setups of "how the odds moved", each point on its own plan, with the rates of `source`. */
export function oddsHistory(points: readonly OddsPoint[], source: RateSource): OddsSetup[] {
  return points.map((p) => oddsSetup({ ...p.args, source }, p.asOf));
}

export interface Odds {
  asOf: string | null;
  /** Chance of reaching the target, 0–1. */
  probability: number;
  /** The period total: won so far + the simulated remainder. */
  total: Spread;
  trials: number;
}

/** The odds from a (finished or partial) simulation of `setup`; null result for a settled setup. */
export function oddsOf(setup: OddsSetup, result: SimulationResult | null): Odds {
  if (!setup.simulation || !result) {
    const won = setup.wonSoFar;
    // Settled: the total is what was won. The same hair of tolerance as the simulation's.
    const target = setup.wonSoFar + setup.gap;
    const reached = won >= target * (1 - 1e-12);
    return {
      asOf: setup.asOf,
      probability: reached ? 1 : 0,
      total: { p10: won, p50: won, p90: won, mean: won },
      trials: 0,
    };
  }
  const shift = (x: number) => x + setup.wonSoFar;
  const { p10, p50, p90, mean } = result.revenue;
  return {
    asOf: setup.asOf,
    probability: result.probabilityOfTarget,
    total: { p10: shift(p10), p50: shift(p50), p90: shift(p90), mean: shift(mean) },
    trials: result.trials,
  };
}
