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
 * The plain form ("1234.5") of a number written with separators, or null when the separators
 * do not make a number. Grouping is spaces (any kind), apostrophes, or commas or dots between
 * groups of three; the decimal mark is a dot or a comma. Where both marks appear, the last is
 * the decimal one ("1.234,5" and "1,234.5" are both 1234.5). A lone comma is a decimal comma
 * ("12,5", "0,125") unless it sits between groups of three ("1,500" is fifteen hundred, as in
 * most of the world's finance): the field shows its reading once left, grouped in the page's
 * style, so a reader who meant 1.5 sees it at once.
 */
function plainNumber(text: string): string | null {
  const body = text.replace(/[\s\u00a0\u202f'’]/g, '');
  const sign = /^[+-]/.test(body) ? body[0]! : '';
  const digits = body.slice(sign.length);
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  let whole = digits;
  let fraction = '';
  let groups: ',' | '.' | '' = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    whole = digits.slice(0, decimalAt);
    fraction = digits.slice(decimalAt + 1);
    groups = decimalAt === lastComma ? '.' : ',';
  } else if (lastComma >= 0) {
    const grouped = /^[1-9]\d{0,2}(,\d{3})+$/.test(digits);
    if (grouped) groups = ',';
    else if (digits.indexOf(',') === lastComma) [whole, fraction] = [digits.slice(0, lastComma), digits.slice(lastComma + 1)];
    else return null;
  } else if (lastDot >= 0 && digits.indexOf('.') !== lastDot) {
    groups = '.'; // "1.234.567": dots between groups of three
  }
  if (groups) {
    const pattern = groups === ',' ? /^\d{1,3}(,\d{3})*$/ : /^\d{1,3}(\.\d{3})*$/;
    if (!pattern.test(whole)) return null;
    whole = whole.replaceAll(groups, '');
  }
  if (fraction !== '' || (lastComma >= 0 && !groups)) {
    if (!/^\d*$/.test(whole) || !/^\d+$/.test(fraction) || (whole === '' && fraction === '')) return null;
    return `${sign}${whole || '0'}.${fraction}`;
  }
  return `${sign}${whole}`;
}

/**
 * Parses what a user typed into a number, or says why it can't.
 * Accepts "1234.5", "1,234.5", "1 234,5", "1.234,5", " 42 ", a leading "+"/"-", exponents, and
 * a trailing "%" for percentages. Percentages come back as typed (12 for "12%"): callers divide
 * by 100 where a rate is meant.
 */
export function parseNumber(raw: string, rule: NumberRule): Outcome<number> {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return fail('empty');

  let typed = text;
  if (rule.kind === 'percent' && typed.endsWith('%')) typed = typed.slice(0, -1);
  const body = plainNumber(typed);
  if (body === null || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return fail('notANumber');

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
