import { ok, type Outcome } from '../problem';
import { blendedCpl, range, reachRate, type PlanInput } from './model';
import { reversePlan, type ReversePlan } from './reverse';

/** The improvement each lever is tried with: 10 % relative (25 % → 27.5 %). */
export const IMPROVEMENT = 0.1;

export type LeverKind = 'rate' | 'dealSize' | 'cpl';

export interface Lever {
  lever: LeverKind;
  /** For a rate: the step from `stages[step]` to `stages[step + 1]`. */
  step?: number;
  /** The input it is about, as parseScenario names fields: 'steps.2.rate', 'dealSize', 'cpl', 'channels'. */
  field: string;
  /** Expected revenue with this lever improved and every other input as planned. */
  revenue: number;
  /** revenue − base. */
  change: number;
  /** change ÷ base (0 when the base is 0). */
  relativeChange: number;
  /** A rate whose improvement was cut at 100 %. */
  capped: boolean;
  /** For an input given a range: the revenue at its low and at its high, the others as planned. */
  swing?: { low: number; high: number };
}

export interface Sensitivity {
  /** Expected revenue of the plan's leads: leads × every likely rate × likely deal size. */
  base: number;
  /** Levers by the size of their revenue change, largest first; ties keep funnel order. */
  levers: Lever[];
}

/**
 * What each lever is worth, for the tornado chart. Each is improved by 10 % relative, alone, on
 * the reverse plan's leads: a rate × 1.1 (at most 100 %), the deal size × 1.1, and the CPL × 0.9
 * with the budget held at the plan's budget, which then buys leads ÷ 0.9 (+11.1 %). In a funnel
 * that multiplies through, every uncapped lever moves revenue by the same 10 %: what tells them
 * apart is the CPL's extra 1.1 %, the caps, and the `swing` of inputs given a range.
 */
export function sensitivity(input: PlanInput, plan?: ReversePlan): Outcome<Sensitivity> {
  if (!plan) {
    const planned = reversePlan(input);
    if (!planned.ok) return planned;
    plan = planned.value;
  }
  const { steps } = input;
  const dealSize = input.dealSize.likely;
  const reach = reachRate(steps, steps.length);
  const base = plan.leads * reach * dealSize;
  const lever = (fields: Omit<Lever, 'change' | 'relativeChange'>): Lever => ({
    ...fields,
    change: fields.revenue - base,
    relativeChange: base > 0 ? (fields.revenue - base) / base : 0,
  });
  // Revenue with one rate replaced, the others as planned (a plan exists, so no rate is 0).
  const withRate = (step: number, rate: number) => (base / steps[step]!.rate.likely) * rate;

  const levers: Lever[] = steps.map((step, i) => {
    const wanted = step.rate.likely * (1 + IMPROVEMENT);
    const bounds = range(step.rate);
    return lever({
      lever: 'rate',
      step: i,
      field: `steps.${i}.rate`,
      // × 1.1 exactly when uncapped, so equal levers tie exactly.
      revenue: wanted > 1 ? withRate(i, 1) : base * (1 + IMPROVEMENT),
      capped: wanted > 1,
      ...(bounds.low !== bounds.high
        ? { swing: { low: withRate(i, bounds.low), high: withRate(i, bounds.high) } }
        : {}),
    });
  });

  const size = range(input.dealSize);
  levers.push(
    lever({
      lever: 'dealSize',
      field: 'dealSize',
      revenue: base * (1 + IMPROVEMENT),
      capped: false,
      ...(size.low !== size.high && dealSize > 0
        ? { swing: { low: (base / dealSize) * size.low, high: (base / dealSize) * size.high } }
        : {}),
    }),
  );

  // With leads that cost nothing, no budget is held and a cheaper lead buys nothing more.
  const cheaper = blendedCpl(input.budget) > 0 ? base / (1 - IMPROVEMENT) : base;
  levers.push(
    lever({
      lever: 'cpl',
      field: input.budget.mode === 'cpl' ? 'cpl' : 'channels',
      revenue: cheaper,
      capped: false,
    }),
  );

  // Stable sort: equal changes keep funnel order (rates top-down, deal size, CPL).
  levers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  return ok({ base, levers });
}
