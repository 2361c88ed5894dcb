import type { KpiId } from './registry';

/**
 * Each KPI's formula with `{quantity}` placeholders, shown filled with the user's own figures
 * ("(€60,000 + €40,000) ÷ 50 = €2,000"). Language-neutral: symbols and figures only.
 */
export const workedFormulas: Record<KpiId, string> = {
  'cost-per-lead': '{spend} ÷ {leads} = {cpl}',
  'mql-rate': '{mqls} ÷ {leads} = {mqlRate}',
  'mql-to-sql': '{sqls} ÷ {mqls} = {sqlRate}',
  roas: '{revenue} ÷ {adSpend} = {roas} ({roasPercent})',
  'marketing-roi': '({revenue} × {grossMargin} − {spend}) ÷ {spend} = {netReturn} ÷ {spend} = {roi}',
  'sales-growth': '({current} − {previous}) ÷ {previous} = {change} ÷ {previous} = {growth}',
  'profit-margin': '{totalProfit} ÷ {totalRevenue} = {weightedMargin}',
  bookings: '{total} ÷ {count} = {average}',
  'weighted-pipeline': 'Σ (value × probability) = {weighted}',
  'target-attainment': '{achieved} ÷ {target} = {attainment}; ({target} − {achieved}) ÷ {remainingDays} = {runRateNeeded}',
  'win-rate': '{won} ÷ ({won} + {lost}) = {won} ÷ {decided} = {winRate}',
  'sales-velocity': '{opportunities} × {dealSize} × {winRate} ÷ {cycleDays} = {perDay}',
  cac: '({salesSpend} + {marketingSpend}) ÷ {newCustomers} = {totalSpend} ÷ {newCustomers} = {cac}',
  retention: '({end} − {new}) ÷ {start} = {retained} ÷ {start} = {retention}',
  churn: '{lost} ÷ {start} = {churn}',
  ltv: '{arpa} × {grossMargin} ÷ {churn} = {grossProfitPerMonth} ÷ {churn} = {ltv}',
  'ltv-cac': '{ltv} ÷ {cac} = {ratio}',
  'cac-payback': '{cac} ÷ ({arpa} × {grossMargin}) = {cac} ÷ {grossProfitPerMonth} = {months}',
};
