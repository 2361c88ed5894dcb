import type { Spread } from './summary';

/**
 * The p-th percentile (0 ≤ p ≤ 1) of sorted values, by linear interpolation between the closest
 * ranks (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets' PERCENTILE.INC).
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

/** Count, mean, P10, median and P90 of values (in any order; the array is sorted in place). */
export function spread(values: Float64Array): Spread {
  const count = values.length;
  if (count === 0) return { count: 0, mean: null, p10: null, median: null, p90: null };
  values.sort();
  let sum = 0;
  for (const value of values) sum += value;
  return { count, mean: sum / count, p10: percentile(values, 0.1), median: percentile(values, 0.5), p90: percentile(values, 0.9) };
}

/** A Float64Array that grows as values arrive: what the medians need, without a boxed number per row. */
export class Values {
  private buffer: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buffer = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Float64Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.buffer[this.length++] = value;
  }

  /** The value at `index` (below length). */
  at(index: number): number {
    return this.buffer[index]!;
  }

  /** The values so far, as their own array. */
  toArray(): Float64Array {
    return this.buffer.slice(0, this.length);
  }
}
