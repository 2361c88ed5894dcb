import { formatMoney, formatPercent, type FormatOptions } from '../format';
import { parseNumber } from '../number';
import type { KpiId } from './registry';
import type { KpiInput } from './types';

/**
 * Each KPI's formula with `{quantity}` placeholders, shown filled with the user's own figures
 * ("(€60,000 + €40,000) ÷ 50 = €2,000"). Language-neutral: symbols and figures only. Besides
 * the KPI's quantities, a formula may use the placeholders `workedTerms` builds from its rows.
 */
export const workedFormulas: Record<KpiId, string> = {
  'cost-per-lead': '{spend} ÷ {leads} = {cpl}',
  'mql-rate': '{mqls} ÷ {leads} = {mqlRate}',
  'mql-to-sql': '{sqls} ÷ {mqls} = {sqlRate}',
  roas: '{revenue} ÷ {adSpend} = {roas} ({roasPercent})',
  'marketing-roi': '({revenue} × {grossMargin} − {spend}) ÷ {spend} = {netReturn} ÷ {spend} = {roi}; ({revenue} − {spend}) ÷ {spend} = {revenueReturn} ÷ {spend} = {revenueRoi}',
  'sales-growth': '({current} − {previous}) ÷ {previous} = {change} ÷ {previous} = {growth}',
  'profit-margin': '{totalProfit} ÷ {totalRevenue} = {weightedMargin}',
  bookings: '{total} ÷ {count} = {average}',
  'weighted-pipeline': '{terms} = {weighted}',
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

/** How many terms of a long sum a worked formula spells out before "…". */
export const MAX_WORKED_TERMS = 3;

/**
 * A sum of products, each product's factors already formatted: [["€20,000", "100%"], …] →
 * "€20,000 × 100% + … ". Past `max` terms the rest are shown as "…".
 */
export function sumOfProducts(terms: readonly (readonly string[])[], max = MAX_WORKED_TERMS): string {
  const shown = terms.slice(0, max).map((factors) => factors.join(' × '));
  if (terms.length > max) shown.push('…');
  return shown.join(' + ');
}

/**
 * The placeholders of a worked formula that come from the KPI's rows rather than its
 * quantities: for the weighted pipeline, `{terms}` = each opportunity's value × its stage's
 * probability ("US$50,000 × 40% + US$20,000 × 70% + …"). Rows that do not parse are skipped,
 * though a formula is only shown for input the KPI computed without a problem.
 */
export function workedTerms(
  kpiId: string,
  input: KpiInput,
  options: FormatOptions,
  max = MAX_WORKED_TERMS,
): Record<string, string> {
  if (kpiId !== 'weighted-pipeline') return {};
  const probability = new Map<string, number>();
  for (const stage of input.rows.stages ?? []) {
    const parsed = parseNumber(stage.probability ?? '', { kind: 'percent' });
    if (parsed.ok) probability.set(stage.id, parsed.value);
  }
  const terms: string[][] = [];
  for (const opportunity of input.rows.opportunities ?? []) {
    const value = parseNumber(opportunity.value ?? '', { kind: 'money' });
    const chance = probability.get(opportunity.stage ?? '');
    if (!value.ok || chance === undefined) continue;
    terms.push([formatMoney(value.value, options), formatPercent(chance, options.locale)]);
  }
  return { terms: sumOfProducts(terms, max) };
}
