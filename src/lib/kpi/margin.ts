/**
 * Average profit margin over product lines, two ways: total profit ÷ total revenue (each line
 * counts by its size) and the plain mean of the lines' margins (each line counts once).
 */
import { fail, type Outcome } from '../problem';
import { allFinite, sum } from './guard';

export interface ProductLine {
  revenue: number;
  /** Negative for a line sold at a loss. */
  profit: number;
}

export interface Margins {
  lineCount: number;
  totalRevenue: number;
  totalProfit: number;
  /** Total profit ÷ total revenue × 100. */
  weightedMargin: number;
  /** The mean of each line's profit ÷ revenue × 100. */
  meanMargin: number;
  /** Each line's margin in percent, in the order given. */
  lineMargins: number[];
}

/** Two margins further apart than this (in percentage points) are worth pointing out. */
export const MARGIN_DIFFERENCE_POINTS = 0.05;

/** Problems name a line's cell as `lines.<index>.<column>`. */
export function profitMargins(lines: readonly ProductLine[]): Outcome<Margins> {
  if (lines.length === 0) return fail('noRows', { field: 'lines' });
  for (const [index, line] of lines.entries()) {
    if (line.revenue === 0) return fail('zeroDenominator', { field: `lines.${index}.revenue` });
    // Profit is revenue less costs that are never negative, so it cannot exceed revenue.
    if (line.profit > line.revenue) {
      return fail('inconsistent', {
        field: `lines.${index}.profit`,
        value: line.profit,
        relation: 'atMost',
        other: `lines.${index}.revenue`,
        limit: line.revenue,
      });
    }
  }
  const totalRevenue = sum(lines.map((line) => line.revenue));
  const totalProfit = sum(lines.map((line) => line.profit));
  const lineMargins = lines.map((line) => (line.profit / line.revenue) * 100);
  const figures = allFinite({
    lineCount: lines.length,
    totalRevenue,
    totalProfit,
    weightedMargin: (totalProfit / totalRevenue) * 100,
    meanMargin: sum(lineMargins) / lines.length,
  });
  if (!figures.ok) return figures;
  if (!lineMargins.every(Number.isFinite)) return fail('tooLarge');
  return { ok: true, value: { ...figures.value, lineMargins } };
}

/** Whether the two averages differ enough (more than 0.05 points) to show both. */
export function marginsDiffer(weightedMargin: number, meanMargin: number): boolean {
  return Math.abs(weightedMargin - meanMargin) > MARGIN_DIFFERENCE_POINTS;
}
