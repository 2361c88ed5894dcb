import { fail, ok, type Outcome } from './problem';

/** What a field holds, which decides what the parser accepts. */
export type NumberKind = 'money' | 'count' | 'percent' | 'days' | 'months' | 'ratio' | 'number';

export interface NumberRule {
  kind: NumberKind;
  /** Smallest accepted value. Defaults: 0 for every kind but 'number' (and growth-like fields). */
  min?: number;
  /** Largest accepted value. Defaults: 100 for 'percent', 1e15 otherwise. */
  max?: number;
  /** Whole numbers only. Default: true for 'count' and 'months'. */
  whole?: boolean;
}

/** The largest magnitude any figure here may have: far beyond any real budget, far below 2^53. */
export const MAX_MAGNITUDE = 1e15;

const DEFAULT_MAX: Partial<Record<NumberKind, number>> = { percent: 100 };

/**
 * Parses what a user typed into a number, or says why it can't.
 * Accepts "1234.5", "1,234.5", " 42 ", "1 234,5"-free plain forms, a leading "+"/"-",
 * and a trailing "%" for percentages. Percentages come back as typed (12 for "12%"):
 * callers divide by 100 where a rate is meant.
 */
export function parseNumber(raw: string, rule: NumberRule): Outcome<number> {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return fail('empty');

  let body = text.replace(/[\s\u00a0\u202f]/g, '');
  if (rule.kind === 'percent' && body.endsWith('%')) body = body.slice(0, -1);
  // Thousands separators: commas between digit groups of three ("1,234,567.8").
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) body = body.replaceAll(',', '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return fail('notANumber');

  const value = Number(body);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return fail('tooLarge');

  const min = rule.min ?? (rule.kind === 'number' ? -MAX_MAGNITUDE : 0);
  const max = rule.max ?? DEFAULT_MAX[rule.kind] ?? MAX_MAGNITUDE;
  if (value < 0 && min >= 0) return fail('negative', { min, max });
  const whole = rule.whole ?? (rule.kind === 'count' || rule.kind === 'months');
  if (whole && !Number.isInteger(value)) return fail('notWhole');
  if (value < min || value > max) return fail('outOfRange', { min, max });
  // Normalise -0 so it never prints as "-0".
  return ok(value === 0 ? 0 : value);
}
