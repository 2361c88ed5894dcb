import { currencyDigits } from '../format';
import { moneyDifference } from '../money';
import type { Currency } from '../settings';
import type { MonthActuals, Reading } from './actuals';
import { reviewFail, type ReviewOutcome } from './problems';
import type { PlanSnapshot } from './tracking';

/** An actual held against its plan. */
export interface Variance {
  planned: number;
  actual: number;
  /** actual − planned: negative is short of plan. */
  difference: number;
  /** difference ÷ planned as a fraction (−0.1 = 10 % short); none when nothing was planned. */
  percent: ReviewOutcome<number>;
}

/**
 * `actual` against `planned`. Money passes its currency's decimals (`moneyDigits`: 2 for USD, 0
 * for JPY), so the difference is the one of the two amounts as shown, to the cent, never −0.
 */
export function variance(planned: number, actual: number, moneyDigits?: number): Variance {
  const difference =
    moneyDigits === undefined ? actual - planned : moneyDifference(planned, actual, moneyDigits);
  // Against a plan of 0 any actual is "infinitely" over or under: say so rather than divide.
  const percent: ReviewOutcome<number> =
    planned === 0
      ? reviewFail('zeroDenominator', { field: 'planned' })
      : { ok: true, value: difference / planned };
  return { planned, actual, difference: difference === 0 ? 0 : difference, percent };
}

/** A figure of the month against the plan: the variance, or why there is none (not reported, invalid). */
export type Held = ReviewOutcome<Variance>;

const held = (planned: number, actual: Reading, moneyDigits?: number): Held =>
  actual.ok ? { ok: true, value: variance(planned, actual.value, moneyDigits) } : actual;

/** a ÷ b as a reading, or why not: a missing side passes its reason on, b = 0 is a zero denominator. */
function ratio(a: Reading, b: Reading, field: string): Reading {
  if (!b.ok) return b;
  if (!a.ok) return a;
  if (b.value === 0) return reviewFail('zeroDenominator', { field });
  return { ok: true, value: a.value / b.value };
}

export interface ConversionCheck {
  /** The step: from stage `step` to stage `step + 1`. */
  step: number;
  /** The plan's likely rate, 0–1. */
  planned: number;
  /**
   * The same-month ratio: entries into the next stage this month ÷ entries into this stage this
   * month. Cohorts lag (this month's SQLs mostly come from earlier months' MQLs), so in a month
   * where the volume moves this is only a proxy for the true rate; it is labelled as such.
   */
  sameMonth: Reading;
}

export interface UnitCost {
  planned: number;
  /** This month's spend ÷ this month's leads (or won deals): same-month, like the conversions. */
  actual: Reading;
}

/** One month of plan against actual. */
export interface PlanVsActual {
  month: string;
  /** One per stage of the plan. */
  stages: Held[];
  revenue: Held;
  spend: Held;
  conversions: ConversionCheck[];
  costPerLead: UnitCost;
  costPerDeal: UnitCost;
}

/**
 * The month's actuals against the plan that applied to it (its snapshot, or the plan now); revenue
 * and spend to the minor unit of `currency` (USD's cents when none is given).
 */
export function planVsActual(
  actuals: MonthActuals,
  plan: PlanSnapshot,
  currency: Currency = 'USD',
): PlanVsActual {
  const cents = currencyDigits(currency);
  const last = plan.counts.length - 1;
  // The plan may have more stages than the month was parsed with: those are not reported.
  const stage = (i: number): Reading =>
    actuals.stages[i] ?? reviewFail('notReported', { field: `stages.${i}`, month: actuals.month });
  return {
    month: actuals.month,
    stages: plan.counts.map((planned, i) => held(planned, stage(i))),
    revenue: held(plan.revenue, actuals.revenue, cents),
    spend: held(plan.spend, actuals.spend, cents),
    conversions: plan.rates.map((planned, i) => ({
      step: i,
      planned,
      sameMonth: ratio(stage(i + 1), stage(i), `stages.${i}`),
    })),
    costPerLead: { planned: plan.costPerLead, actual: ratio(actuals.spend, stage(0), 'stages.0') },
    costPerDeal: {
      planned: plan.costPerDeal,
      actual: ratio(actuals.spend, stage(last), `stages.${last}`),
    },
  };
}
