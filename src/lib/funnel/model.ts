/**
 * The funnel model in plain numbers: what `parseScenario` makes of the stored text and what
 * every funnel function reads. Rates are fractions (0.25 for 25 %), money is in the workbook's
 * currency, lags are in days, months are whole.
 */

/** Fewest and most stages a funnel may have (Lead → Won is the smallest funnel). */
export const MIN_STAGES = 2;
export const MAX_STAGES = 8;
/** Longest period a plan covers. */
export const MAX_MONTHS = 60;

/**
 * A value the planner may be unsure of. `likely` alone means certain; `low` and `high`, when
 * given, bound it (low ≤ likely ≤ high). The deterministic plan always uses `likely`.
 */
export interface Estimate {
  likely: number;
  low?: number;
  high?: number;
}

/** The way from one stage to the next. */
export interface Step {
  /** The share of the stage above that reaches the stage below, 0–1. */
  rate: Estimate;
  /** The average days a lead spends before it reaches the stage below. */
  lagDays: number;
}

export type ChannelKind = 'online' | 'offline';

/** A source of leads in a channel mix. */
export interface Channel {
  name: string;
  kind: ChannelKind;
  /** The channel's share of all leads, 0–1; the shares of a mix sum to 1. */
  share: number;
  /** Cost per lead from this channel. */
  cpl: number;
}

/** How leads are paid for: one cost per lead, or a mix of channels with their own. */
export type Budget = { mode: 'cpl'; cpl: number } | { mode: 'channels'; channels: Channel[] };

/** What the forward plan starts from. */
export type ForwardSource =
  { mode: 'leads'; leadsPerMonth: number } | { mode: 'budget'; budgetPerMonth: number };

/** The sales team that works the MQLs (the second stage). */
export interface Team {
  reps: number;
  /** Calls, emails or meetings per MQL, on average. */
  attemptsPerLead: number;
  minutesPerAttempt: number;
  /** Hours each rep can spend working MQLs in a month. */
  hoursPerRepPerMonth: number;
}

/**
 * Leads that have already arrived. `month` is an offset from the period's first month (0):
 * -1 is the month before the period. "Now" is the start of the period, or the month after the
 * latest row when a row lies inside the period.
 */
export interface LeadsInHand {
  month: number;
  leads: number;
}

/** Everything the planner works from, parsed. */
export interface FunnelInput {
  /** Stage names, top first: Lead, MQL, SQL, Opportunity, Won. */
  stages: string[];
  /** `steps[i]` leads from `stages[i]` to `stages[i + 1]`. */
  steps: Step[];
  /** Revenue to reach within the period. */
  target: number;
  /** Average revenue per won deal. */
  dealSize: Estimate;
  /** Length of the period, 1–60. */
  months: number;
  budget: Budget;
  forward: ForwardSource;
  team: Team;
  leadsInHand: LeadsInHand[];
  /** Seed of the Monte Carlo generator: same seed, same figures. */
  seed: number;
}

/** What the reverse plan, the timeline and the sensitivities need. */
export type PlanInput = Pick<
  FunnelInput,
  'stages' | 'steps' | 'target' | 'dealSize' | 'months' | 'budget'
>;

/** A certain estimate. */
export const certain = (likely: number): Estimate => ({ likely });

/** The estimate's range, with a missing side taken as `likely`. */
export function range({ likely, low, high }: Estimate): {
  low: number;
  likely: number;
  high: number;
} {
  return { low: low ?? likely, likely, high: high ?? likely };
}

/** Shares normalised to sum to exactly 1, so rounding noise in typed percentages never leaks. */
export function normalisedShares(channels: readonly Channel[]): number[] {
  const sum = channels.reduce((total, channel) => total + channel.share, 0);
  return channels.map((channel) => (sum > 0 ? channel.share / sum : 0));
}

/** The cost of an average lead: the CPL, or the share-weighted CPL of the mix. */
export function blendedCpl(budget: Budget): number {
  if (budget.mode === 'cpl') return budget.cpl;
  const shares = normalisedShares(budget.channels);
  return budget.channels.reduce((total, channel, i) => total + (shares[i] ?? 0) * channel.cpl, 0);
}

/** The product of the likely rates from stage 0 to `stage` (1 for stage 0). */
export function reachRate(steps: readonly Step[], stage: number): number {
  let rate = 1;
  for (let i = 0; i < stage; i++) rate *= steps[i]?.rate.likely ?? 0;
  return rate;
}
