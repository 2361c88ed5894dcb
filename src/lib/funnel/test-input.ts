/** Inputs for the funnel's tests and bench: the default B2B funnel in numbers, easy to vary. */
import type { Estimate, FunnelInput } from './model';

/** Steps from likely rates (fractions) and lags (days). */
export function steps(rates: readonly number[], lags: readonly number[] = rates.map(() => 0)) {
  return rates.map((likely, i) => ({ rate: { likely } as Estimate, lagDays: lags[i] ?? 0 }));
}

const STAGES = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Won', 'Renewal', 'Upsell', 'Advocate'];

/**
 * The default scenario: Lead → MQL → SQL → Opportunity → Won at 25 / 40 / 50 / 25 %, lags
 * 7 / 7 / 14 / 30 days, 1,200,000 over 12 months at 24,000 a deal, CPL 80, two reps.
 */
export function testInput(overrides: Partial<FunnelInput> = {}): FunnelInput {
  const stepList = overrides.steps ?? steps([0.25, 0.4, 0.5, 0.25], [7, 7, 14, 30]);
  return {
    stages: STAGES.slice(0, stepList.length + 1),
    steps: stepList,
    target: 1_200_000,
    dealSize: { likely: 24_000 },
    months: 12,
    budget: { mode: 'cpl', cpl: 80 },
    forward: { mode: 'leads', leadsPerMonth: 200 },
    team: { reps: 2, attemptsPerLead: 6, minutesPerAttempt: 15, hoursPerRepPerMonth: 80 },
    leadsInHand: [],
    seed: 1,
    ...overrides,
  };
}
