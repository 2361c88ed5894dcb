import { range, type Estimate } from '../funnel/model';
import type { MonthActuals } from './actuals';

/**
 * Rates measured from the actuals, blended with the plan's. The plan's likely rate is a prior
 * worth PRIOR_LEADS "pseudo-leads" (a Beta prior, in effect); the months' conversions are the
 * data: blended = (PRIOR_LEADS × plan + successes) ÷ (PRIOR_LEADS + trials). So 3 of 10 against a
 * planned 50 % moves the rate to 49.0 %, while 300 of 1,000 moves it to 33.3 %: small samples
 * nudge, large ones lead.
 *
 * The range is the plan's range joined with the blended rate's own 80 % interval, blended ±
 * z·√(blended·(1 − blended) ÷ (PRIOR_LEADS + trials)) (the normal approximation of the Beta
 * posterior), capped to 0–1. Not the raw measured rate's interval: 3 of 10 gives 30 % ± 19
 * points, and since the simulation draws each rate from a triangular range, stretching the range
 * that far down would pull the mean rate drawn from 49 % to 37 % — the small sample would
 * overrule the plan through the back door. The posterior interval widens the range by what the
 * data leave unsure (±4.4 points after 10 leads), and the join never narrows the plan's own range.
 */
/** What the plan's rate counts for, in leads: about two months of a small B2B funnel's MQLs. */
export const PRIOR_LEADS = 200;
/** z of a two-sided 80 % interval: the 90th percentile of the standard normal. */
export const INTERVAL_Z = 1.2815515655446004;

/** Conversions seen at one step: `successes` of `trials` moved on. */
export interface Observed {
  trials: number;
  successes: number;
}

/**
 * Per step, the same-month conversions summed over the months: trials = entries into stage i,
 * successes = entries into stage i + 1, in the months where both are reported. Same-month, as in
 * the plan-vs-actual table (cohorts lag; see `planVsActual`). Successes are capped at the trials
 * month by month: an unusual month with more SQLs than MQLs cannot prove a rate above 100 %.
 */
export function observedConversions(months: readonly MonthActuals[], steps: number): Observed[] {
  const observed = Array.from({ length: steps }, () => ({ trials: 0, successes: 0 }));
  for (const month of months) {
    for (let i = 0; i < steps; i++) {
      const from = month.stages[i];
      const to = month.stages[i + 1];
      if (!from?.ok || !to?.ok) continue;
      observed[i]!.trials += from.value;
      observed[i]!.successes += Math.min(to.value, from.value);
    }
  }
  return observed;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The plan's rate blended with what was observed (see the top of this file). */
export function blendRate(plan: Estimate, observed: Observed): Estimate {
  const { low, likely, high } = range(plan);
  const { trials, successes } = observed;
  if (!(trials > 0)) return { low, likely, high };
  const weight = PRIOR_LEADS + trials;
  const blended = clamp01((PRIOR_LEADS * likely + successes) / weight);
  const half = INTERVAL_Z * Math.sqrt((blended * (1 - blended)) / weight);
  return {
    low: Math.min(low, clamp01(blended - half)),
    likely: blended,
    high: Math.max(high, clamp01(blended + half)),
  };
}
