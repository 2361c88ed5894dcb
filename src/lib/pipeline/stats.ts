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
  sortNumbers(values);
  let sum = 0;
  for (const value of values) sum += value;
  return { count, mean: sum / count, p10: percentile(values, 0.1), median: percentile(values, 0.5), p90: percentile(values, 0.9) };
}

/** The widest span of whole numbers sorted by counting: a counter each, 4 bytes, 8 MB at most. */
const MAX_COUNTED_SPAN = 1 << 21;

/**
 * Sorts values in place, ascending, as Float64Array.prototype.sort does. Days and whole amounts
 * are whole numbers over a small span: those are sorted by counting each value (linear time),
 * anything else by the platform's sort.
 */
export function sortNumbers(values: Float64Array): void {
  const count = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    // Fractions, NaN and −0 (which sorts before 0) go to the platform's sort.
    if (!Number.isInteger(value) || (value === 0 && 1 / value < 0)) return void values.sort();
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const span = max - min + 1;
  if (count < 64 || span > MAX_COUNTED_SPAN || span > 8 * count + 4096) return void values.sort();
  const counts = new Int32Array(span);
  for (let i = 0; i < count; i++) counts[values[i]! - min]!++;
  let at = 0;
  for (let offset = 0; offset < span; offset++) {
    for (let n = counts[offset]!; n > 0; n--) values[at++] = min + offset;
  }
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
