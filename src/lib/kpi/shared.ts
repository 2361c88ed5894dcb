/**
 * KPIs both teams answer for: what a customer costs to win, how long customers stay and
 * what they are worth. Rates (churn, gross margin) are given and returned as percent.
 */
import { fail, type Outcome } from '../problem';
import { allFinite, divide } from './guard';

/** (Sales spend + marketing spend) ÷ new customers. */
export function customerAcquisitionCost(
  salesSpend: number,
  marketingSpend: number,
  newCustomers: number,
): Outcome<{ totalSpend: number; cac: number }> {
  const totalSpend = salesSpend + marketingSpend;
  const cac = divide(totalSpend, newCustomers, 'newCustomers');
  if (!cac.ok) return cac;
  return allFinite({ totalSpend, cac: cac.value });
}

/**
 * (Customers at end − new customers) ÷ customers at start × 100. The customers kept are those
 * at the end who were not won during the period; they can be neither fewer than none nor more
 * than there were at the start.
 */
export function retentionRate(
  start: number,
  end: number,
  newCustomers: number,
): Outcome<{ retained: number; retention: number }> {
  if (start === 0) return fail('zeroDenominator', { field: 'start' });
  const retained = end - newCustomers;
  // The new customers are among those at the end, and the rest were there at the start.
  if (retained < 0) {
    return fail('inconsistent', {
      field: 'end',
      value: end,
      relation: 'atLeast',
      other: 'new',
      limit: newCustomers,
    });
  }
  if (retained > start) {
    const limit = start + newCustomers;
    return fail('inconsistent', {
      field: 'end',
      value: end,
      relation: 'atMostSum',
      other: 'start',
      plus: 'new',
      limit,
    });
  }
  const retention = divide(retained * 100, start, 'start');
  if (!retention.ok) return retention;
  return allFinite({ retained, retention: retention.value });
}

/** Customers lost ÷ customers at start × 100. */
export function churnRate(start: number, lost: number): Outcome<number> {
  if (start === 0) return fail('zeroDenominator', { field: 'start' });
  if (lost > start) {
    return fail('inconsistent', {
      field: 'lost',
      value: lost,
      relation: 'atMost',
      other: 'start',
      limit: start,
    });
  }
  return divide(lost * 100, start, 'start');
}

/**
 * ARPA × gross margin ÷ monthly churn. 1 ÷ churn is the expected lifetime in months (a steady
 * 2 % a month keeps a customer 50 months on average), so LTV = monthly gross profit × lifetime.
 */
export function customerLifetimeValue(
  arpa: number,
  grossMarginPct: number,
  churnPct: number,
): Outcome<{ grossProfitPerMonth: number; lifetimeMonths: number; ltv: number }> {
  const lifetimeMonths = divide(100, churnPct, 'churn');
  if (!lifetimeMonths.ok) return lifetimeMonths;
  const grossProfitPerMonth = (arpa * grossMarginPct) / 100;
  return allFinite({
    grossProfitPerMonth,
    lifetimeMonths: lifetimeMonths.value,
    ltv: grossProfitPerMonth * lifetimeMonths.value,
  });
}

/** LTV ÷ CAC, as a multiple. */
export function ltvToCac(ltv: number, cac: number): Outcome<number> {
  return divide(ltv, cac, 'cac');
}

/** CAC ÷ (ARPA × gross margin): the months of gross profit it takes to earn back a customer's cost. */
export function cacPayback(
  cac: number,
  arpa: number,
  grossMarginPct: number,
): Outcome<{ grossProfitPerMonth: number; months: number }> {
  if (arpa === 0) return fail('zeroDenominator', { field: 'arpa' });
  const grossProfitPerMonth = (arpa * grossMarginPct) / 100;
  const months = divide(cac, grossProfitPerMonth, 'grossMargin');
  if (!months.ok) return months;
  return allFinite({ grossProfitPerMonth, months: months.value });
}
