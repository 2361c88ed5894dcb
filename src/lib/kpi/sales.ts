/** Sales KPIs: growth, bookings, progress against target, win rate and velocity. */
import { fail, type Outcome } from '../problem';
import { allFinite, divide, sum } from './guard';

/**
 * The average length of a month in days, 365.25 ÷ 12 = 30.4375: a per-day figure times this
 * gives a per-month figure that does not depend on which month it is.
 */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Current − previous, and that change ÷ previous × 100 (negative when sales fell). */
export function salesGrowth(
  previous: number,
  current: number,
): Outcome<{ change: number; growth: number }> {
  const change = current - previous;
  const growth = divide(change * 100, previous, 'previous');
  if (!growth.ok) return growth;
  return allFinite({ change, growth: growth.value });
}

/** How many deals were booked, their total value and the average deal. */
export function bookings(
  values: readonly number[],
): Outcome<{ count: number; total: number; average: number }> {
  if (values.length === 0) return fail('noRows', { field: 'deals' });
  const total = sum(values);
  return allFinite({ count: values.length, total, average: total / values.length });
}

export interface Attainment {
  /** Achieved ÷ target × 100. */
  attainment: number;
  /** What is still missing: target − achieved, or 0 once the target is met. */
  gap: number;
  /** Achieved ÷ days elapsed. */
  runRateSoFar: number;
  remainingDays: number;
  /** Gap ÷ days remaining: what each remaining day must bring (0 once the target is met). */
  runRateNeeded: number;
  /** Where the period ends if the pace so far holds: run rate so far × period days. */
  projected: number;
}

/** Progress against a sales target part-way through a period. */
export function targetAttainment(
  target: number,
  achieved: number,
  periodDays: number,
  elapsedDays: number,
): Outcome<Attainment> {
  if (target === 0) return fail('zeroDenominator', { field: 'target' });
  if (elapsedDays > periodDays) {
    return fail('inconsistent', {
      field: 'elapsedDays',
      value: elapsedDays,
      relation: 'atMost',
      other: 'periodDays',
      limit: periodDays,
    });
  }
  if (elapsedDays === 0) return fail('zeroDenominator', { field: 'elapsedDays' });
  const gap = Math.max(0, target - achieved);
  const remainingDays = periodDays - elapsedDays;
  // With the period over and the target missed, no run rate can close the gap.
  if (gap > 0 && remainingDays === 0) return fail('zeroDenominator', { field: 'elapsedDays' });
  const runRateSoFar = achieved / elapsedDays;
  return allFinite({
    attainment: (achieved / target) * 100,
    gap,
    runRateSoFar,
    remainingDays,
    runRateNeeded: gap === 0 ? 0 : gap / remainingDays,
    projected: runRateSoFar * periodDays,
  });
}

/** Won ÷ (won + lost) × 100: deals still open are left out, they are not decided yet. */
export function winRate(won: number, lost: number): Outcome<{ decided: number; winRate: number }> {
  const decided = won + lost;
  const rate = divide(won * 100, decided, 'won');
  if (!rate.ok) return rate;
  return allFinite({ decided, winRate: rate.value });
}

/**
 * Open opportunities × average deal size × win rate ÷ sales cycle length: the revenue the
 * pipeline turns out per day, and per average month (× 30.4375 days).
 */
export function salesVelocity(
  opportunities: number,
  dealSize: number,
  winRatePct: number,
  cycleDays: number,
): Outcome<{ perDay: number; perMonth: number }> {
  const perDay = divide((opportunities * dealSize * winRatePct) / 100, cycleDays, 'cycleDays');
  if (!perDay.ok) return perDay;
  return allFinite({ perDay: perDay.value, perMonth: perDay.value * DAYS_PER_MONTH });
}
