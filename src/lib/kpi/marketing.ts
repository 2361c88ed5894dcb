/** Marketing KPIs: what the top of the funnel costs and returns. Rates come back as percent. */
import { fail, type Outcome } from '../problem';
import { allFinite, divide } from './guard';

/** Spend ÷ leads. */
export function costPerLead(spend: number, leads: number): Outcome<number> {
  return divide(spend, leads, 'leads');
}

/** MQLs ÷ leads × 100. An MQL is a lead, so there cannot be more MQLs than leads. */
export function mqlRate(leads: number, mqls: number): Outcome<number> {
  if (leads === 0) return fail('zeroDenominator', { field: 'leads' });
  if (mqls > leads) {
    return fail('inconsistent', {
      field: 'mqls',
      value: mqls,
      relation: 'atMost',
      other: 'leads',
      limit: leads,
    });
  }
  return divide(mqls * 100, leads, 'leads');
}

/** SQLs ÷ MQLs × 100: the share of marketing's handoffs that sales accepts. */
export function mqlToSqlRate(mqls: number, sqls: number): Outcome<number> {
  if (mqls === 0) return fail('zeroDenominator', { field: 'mqls' });
  if (sqls > mqls) {
    return fail('inconsistent', {
      field: 'sqls',
      value: sqls,
      relation: 'atMost',
      other: 'mqls',
      limit: mqls,
    });
  }
  return divide(sqls * 100, mqls, 'mqls');
}

/** Revenue from the ads ÷ ad spend, as a multiple (4.2×) and as a percentage (420 %). */
export function returnOnAdSpend(
  revenue: number,
  adSpend: number,
): Outcome<{ roas: number; roasPercent: number }> {
  const roas = divide(revenue, adSpend, 'adSpend');
  if (!roas.ok) return roas;
  return allFinite({ roas: roas.value, roasPercent: roas.value * 100 });
}

/**
 * Marketing ROI two ways, each named for what it counts:
 * - on gross profit (`roi`): (revenue × gross margin − spend) ÷ spend × 100, which keeps the cost
 *   of what was sold out of the return;
 * - on revenue (`revenueRoi`): (revenue − spend) ÷ spend × 100, the figure most readers expect.
 * Revenue 60,000 on spend 15,000 at a 60 % margin: 140 % on gross profit, 300 % on revenue.
 */
export function marketingRoi(
  revenue: number,
  grossMarginPct: number,
  spend: number,
): Outcome<{ grossProfit: number; netReturn: number; roi: number; revenueReturn: number; revenueRoi: number }> {
  if (spend === 0) return fail('zeroDenominator', { field: 'spend' });
  const grossProfit = (revenue * grossMarginPct) / 100;
  const netReturn = grossProfit - spend;
  const revenueReturn = revenue - spend;
  return allFinite({
    grossProfit,
    netReturn,
    roi: (netReturn / spend) * 100,
    revenueReturn,
    revenueRoi: (revenueReturn / spend) * 100,
  });
}
