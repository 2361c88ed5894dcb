/** Summaries of the simulated outcomes: percentiles, mean and the histogram of the outcome chart. */

export interface Spread {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

/** Revenue from `from` (inclusive) to `to` (exclusive; the last bin includes its end). */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** The q-quantile (0–1) of ascending values, interpolating between neighbours; 0 when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export function spread(sorted: ArrayLike<number>): Spread {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  return {
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    mean: sorted.length > 0 ? sum / sorted.length : 0,
  };
}

/**
 * The spread of whole counts (deals): a percentile between two trials' counts (49 and 50 deals)
 * is itself a count, rounded to the nearest whole one, since no trial closes half a deal. The
 * mean stays exact: it is an expectation, not a count.
 */
export function countSpread(sorted: ArrayLike<number>): Spread {
  const { p10, p50, p90, mean } = spread(sorted);
  return { p10: Math.round(p10), p50: Math.round(p50), p90: Math.round(p90), mean };
}

/**
 * At most `bins` bins of equal width over the values. When every value is a whole multiple of
 * `unit` (revenue with a certain deal size is deals × deal size), the bins hold whole numbers of
 * units, so no bin is empty just because it falls between two deal counts.
 */
export function histogram(sorted: ArrayLike<number>, bins: number, unit = 0): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  let start = min;
  let width: number;
  let count: number;
  if (unit > 0) {
    const units = Math.round((max - min) / unit) + 1;
    const perBin = Math.ceil(units / bins);
    width = perBin * unit;
    count = Math.ceil(units / perBin);
    start = min - unit / 2;
  } else {
    width = (max - min) / bins;
    count = width > 0 ? bins : 1;
  }
  const result: HistogramBin[] = [];
  for (let i = 0; i < count; i++) {
    result.push({
      from: start + i * width,
      to: width > 0 ? start + (i + 1) * width : max,
      count: 0,
    });
  }
  for (let i = 0; i < n; i++) {
    const index = width > 0 ? Math.floor((sorted[i]! - start) / width) : 0;
    result[Math.min(count - 1, Math.max(0, index))]!.count++;
  }
  return result;
}
