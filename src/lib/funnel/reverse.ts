import { MAX_MAGNITUDE } from '../number';
import { fail, ok, type Outcome } from '../problem';
import { ceilWhole } from '../whole-count';
import { normalisedShares, type ChannelKind, type PlanInput } from './model';

/** A channel's part of the reverse plan. */
export interface ChannelPlan {
  name: string;
  kind: ChannelKind;
  /** Whole leads from this channel: ⌈leads × share⌉. */
  leads: number;
  budget: number;
}

/** What it takes to reach the target, as whole counts for the period. */
export interface ReversePlan {
  /** Count needed at each stage, top first (leads … deals); whole numbers. */
  counts: number[];
  /** `counts` ÷ months, not rounded: the steady monthly flow (226.67 leads a month). */
  perMonth: number[];
  leads: number;
  deals: number;
  /** deals × likely deal size: at least the target, because every stage rounds up. */
  revenue: number;
  /** Leads × CPL, or Σ channel leads × channel CPL. */
  budget: number;
  budgetPerMonth: number;
  /** budget ÷ leads (0 when no leads are needed). */
  costPerLead: number;
  /** budget ÷ deals (0 when no deals are needed). */
  costPerDeal: number;
  /** One row per channel in a channel mix; empty with a single CPL. */
  channels: ChannelPlan[];
}

/**
 * Splits the leads across channels: each gets ⌈leads × share⌉, so no channel falls short and
 * the total is at least `leads` (it exceeds it by fewer than one lead per channel). Should float
 * noise ever leave the total short, the largest channel takes the rest.
 */
export function channelLeads(leads: number, shares: readonly number[]): number[] {
  const split = shares.map((share) => ceilWhole(leads * share));
  const short = leads - split.reduce((a, b) => a + b, 0);
  if (short > 0 && split.length > 0) {
    const largest = shares.indexOf(Math.max(...shares));
    split[largest] = (split[largest] ?? 0) + short;
  }
  return split;
}

/**
 * The reverse funnel: deals = ⌈target ÷ deal size⌉, then each stage above = ⌈stage below ÷
 * conversion⌉, rounded up at each stage (people come whole). A zero rate or deal size cannot be
 * planned backwards; counts past 10^15 are refused as too large.
 */
export function reversePlan(input: PlanInput): Outcome<ReversePlan> {
  const { steps, target, months } = input;
  const dealSize = input.dealSize.likely;
  if (!(dealSize > 0)) return fail('zeroDenominator', { field: 'dealSize' });
  if (!(months >= 1)) return fail('zeroDenominator', { field: 'months' });
  if (input.budget.mode === 'channels' && input.budget.channels.length === 0)
    return fail('noRows', { field: 'channels' });

  const counts = new Array<number>(steps.length + 1);
  let below = ceilWhole(Math.max(0, target) / dealSize);
  if (!(below <= MAX_MAGNITUDE)) return fail('tooLarge', { field: 'target' });
  counts[steps.length] = below;
  for (let i = steps.length - 1; i >= 0; i--) {
    const rate = steps[i]!.rate.likely;
    if (!(rate > 0)) return fail('zeroDenominator', { field: `steps.${i}.rate` });
    below = ceilWhole(below / rate);
    if (!(below <= MAX_MAGNITUDE)) return fail('tooLarge', { field: `steps.${i}.rate` });
    counts[i] = below;
  }

  const leads = counts[0]!;
  const deals = counts[steps.length]!;
  let channels: ChannelPlan[] = [];
  let budget: number;
  if (input.budget.mode === 'cpl') {
    budget = leads * input.budget.cpl;
  } else {
    const mix = input.budget.channels;
    const split = channelLeads(leads, normalisedShares(mix));
    channels = mix.map((channel, i) => ({
      name: channel.name,
      kind: channel.kind,
      leads: split[i]!,
      budget: split[i]! * channel.cpl,
    }));
    budget = channels.reduce((total, channel) => total + channel.budget, 0);
  }

  return ok({
    counts,
    perMonth: counts.map((count) => count / months),
    leads,
    deals,
    revenue: deals * dealSize,
    budget,
    budgetPerMonth: budget / months,
    costPerLead: leads > 0 ? budget / leads : 0,
    costPerDeal: deals > 0 ? budget / deals : 0,
    channels,
  });
}
