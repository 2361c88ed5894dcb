import { MONTH_KEY } from './tracking';
import { reviewFail, type ReviewOutcome } from './problems';

/**
 * Calendar months of the review. A month is a key "yyyy-mm"; its ordinal (year × 12 + month − 1)
 * makes the arithmetic plain integers. Today is always passed in: nothing here reads the clock.
 */

/** The ordinal of "yyyy-mm" (or of the month of "yyyy-mm-dd"), or null when it is not a month. */
export function monthOrdinal(key: string): number | null {
  const month = key.slice(0, 7);
  if (!MONTH_KEY.test(month) || (key.length > 7 && !/^-\d{2}$/.test(key.slice(7)))) return null;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The key of an ordinal: 24321 → "2026-10". */
export function monthKey(ordinal: number): string {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** "2026-11" plus `n` months ("2026-11" + 3 = "2027-02"); n may be negative. */
export function addMonths(key: string, n: number): string {
  const ordinal = monthOrdinal(key);
  if (ordinal === null) throw new Error(`not a month: ${key}`);
  return monthKey(ordinal + n);
}

/** Months from `from` to `to`: "2027-01" → "2027-03" is 2; negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const a = monthOrdinal(from);
  const b = monthOrdinal(to);
  if (a === null || b === null) throw new Error(`not months: ${from}, ${to}`);
  return b - a;
}

/**
 * The months of the period, first to last. The period start comes from the settings ("yyyy-mm",
 * '' until set); its length from the scenario.
 */
export function periodMonths(periodStart: string, length: number): ReviewOutcome<string[]> {
  if (periodStart.trim() === '') return reviewFail('empty', { field: 'periodStart' });
  const first = monthOrdinal(periodStart);
  if (first === null || periodStart.length !== 7)
    return reviewFail('notANumber', { field: 'periodStart' });
  const count = Math.max(0, Math.floor(length));
  return { ok: true, value: Array.from({ length: count }, (_, i) => monthKey(first + i)) };
}

/**
 * Whether a month is due: it has begun by today ("yyyy-mm-dd" or "yyyy-mm"). The current month
 * is due — its actuals may be entered as it goes — and a month after today is not yet.
 */
export function isDue(month: string, today: string): boolean {
  const m = monthOrdinal(month);
  const t = monthOrdinal(today);
  return m !== null && t !== null && m <= t;
}
