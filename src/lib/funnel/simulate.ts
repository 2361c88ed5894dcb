import { ok, type Outcome } from '../problem';
import { countSpread, histogram, spread, type HistogramBin, type Spread } from './distribution';
import { range, reachRate, type FunnelInput, type PlanInput } from './model';
import { binomial, normalSource, sfc32, triangular } from './random';
import { reversePlan, type ReversePlan } from './reverse';

export interface SimulationOptions {
  /** Trials to run: 10,000 by default, 1 to 1,000,000. */
  trials?: number;
  /** Overrides `input.seed`; 1 when neither is given. */
  seed?: number;
  /** Most bins in the histogram: 30 by default. */
  bins?: number;
}

export interface SimulationResult {
  /** Trials the figures are based on (fewer than asked while a chunked run is under way). */
  trials: number;
  seed: number;
  /** Deals (whole: see countSpread) and revenue landing inside the period. */
  deals: Spread;
  revenue: Spread;
  /** Share of trials whose revenue reaches the target, 0–1. */
  probabilityOfTarget: number;
  target: number;
  /** The deterministic figures for the same leads (likely rates and deal size): what `mean` approaches. */
  expected: { deals: number; revenue: number };
  histogram: HistogramBin[];
}

/** A simulation run in slices, so the UI can keep each under a frame or hand it to a worker. */
export interface Simulation {
  readonly total: number;
  /** Trials run so far. */
  done(): number;
  /** Runs up to `maxTrials` more trials; returns the trials run so far. */
  step(maxTrials: number): number;
  finished(): boolean;
  /** Figures over the trials run so far. */
  result(): SimulationResult;
}

type SimulationInput = PlanInput & Partial<Pick<FunnelInput, 'seed'>>;

/** The plan's leads in whole monthly cohorts, the earlier months taking the remainder. */
export function cohortLeads(leads: number, months: number): Float64Array {
  const cohorts = new Float64Array(months);
  const base = Math.floor(leads / months);
  const remainder = leads - base * months;
  for (let m = 0; m < months; m++) cohorts[m] = base + (m < remainder ? 1 : 0);
  return cohorts;
}

/**
 * A Monte Carlo of the reverse plan. Each trial keeps the plan's leads (one whole cohort a month,
 * each landing inside the period: see `monthlyTimeline`), draws every rate and the deal size once
 * from its triangular range (the uncertainty is about the true rate, not month-to-month noise),
 * and lets each cohort convert as a binomial, so even a plan without ranges shows the chance
 * noise of small numbers, and one planned to the expected value has a fair chance of falling short.
 *
 * Stage by stage, a cohort of n leads gives Binomial(Binomial(n, p₁), p₂)… deals; each lead
 * passes every stage independently, so that is exactly Binomial(n, p₁·p₂·…) (binomial thinning
 * composes), and one draw per cohort replaces one per stage: the same distribution, several times
 * faster. Means converge on `expected` when every range is collapsed. Leads in hand are not
 * simulated: the question is whether the plan, if carried out, reaches the target.
 */
export function createSimulation(
  input: SimulationInput,
  options: SimulationOptions = {},
  plan?: ReversePlan,
): Outcome<Simulation> {
  if (!plan) {
    const planned = reversePlan(input);
    if (!planned.ok) return planned;
    plan = planned.value;
  }
  const total = Math.min(1_000_000, Math.max(1, Math.floor(options.trials ?? 10_000)));
  const seed = (options.seed ?? input.seed ?? 1) >>> 0;
  const bins = Math.max(1, Math.floor(options.bins ?? 30));
  const uniform = sfc32(seed);
  const normal = normalSource(uniform);
  const cohorts = cohortLeads(plan.leads, input.months);
  const rates = input.steps.map((step) => range(step.rate));
  const dealSize = range(input.dealSize);
  const deals = new Float64Array(total);
  const revenue = new Float64Array(total);
  let done = 0;

  const trial = () => {
    let through = 1;
    for (let s = 0; s < rates.length; s++) {
      const rate = rates[s]!;
      through *= triangular(uniform(), rate.low, rate.likely, rate.high);
    }
    const size = triangular(uniform(), dealSize.low, dealSize.likely, dealSize.high);
    let won = 0;
    for (let m = 0; m < cohorts.length; m++) won += binomial(cohorts[m]!, through, uniform, normal);
    deals[done] = won;
    revenue[done] = won * size;
    done++;
  };

  const expectedDeals = plan.leads * reachRate(input.steps, input.steps.length);
  return ok({
    total,
    done: () => done,
    finished: () => done >= total,
    step(maxTrials) {
      const until = Math.min(total, done + Math.max(0, Math.floor(maxTrials)));
      while (done < until) trial();
      return done;
    },
    result() {
      const sortedDeals = deals.slice(0, done).sort();
      const sortedRevenue = revenue.slice(0, done).sort();
      // A hair of tolerance so 50 deals × 24,000 reaches 1,200,000 whatever the float rounding.
      const bar = input.target * (1 - 1e-12);
      let reached = 0;
      for (let i = 0; i < done; i++) if (sortedRevenue[i]! >= bar) reached++;
      const certainSize = dealSize.low === dealSize.high;
      return {
        trials: done,
        seed,
        deals: countSpread(sortedDeals),
        revenue: spread(sortedRevenue),
        probabilityOfTarget: done > 0 ? reached / done : 0,
        target: input.target,
        expected: { deals: expectedDeals, revenue: expectedDeals * dealSize.likely },
        histogram: histogram(sortedRevenue, bins, certainSize ? dealSize.likely : 0),
      };
    },
  });
}

/** Runs a whole simulation at once (in a worker, a test or the bench). */
export function simulate(
  input: SimulationInput,
  options: SimulationOptions = {},
  plan?: ReversePlan,
): Outcome<SimulationResult> {
  const simulation = createSimulation(input, options, plan);
  if (!simulation.ok) return simulation;
  simulation.value.step(simulation.value.total);
  return ok(simulation.value.result());
}
