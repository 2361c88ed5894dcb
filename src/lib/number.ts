import { fail, ok, type Outcome, type Problem } from './problem';
import type { Currency } from './settings';

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
  /**
   * For 'money': the workbook's currency. Its sign or code may then lead or trail the amount
   * ("$384,000.00", "384 000,00 zł", "NT$384,000"); another currency's is refused by name
   * ('otherCurrency' from readNumber). Without it, an amount is digits only.
   */
  currency?: Currency;
}

/**
 * An amount marked in another currency than the workbook's ("€1,000" in a USD workbook): never
 * converted, never read as if it were in the workbook's currency.
 */
export interface CurrencyProblem {
  code: 'otherCurrency';
  /** The sign or code as typed: "€", "¥", "EUR". */
  sign: string;
  /** The currencies that sign may stand for, of the common ones and the workbook's ([] for one it does not know, "₩" in USD). */
  currencies: Currency[];
  /** The workbook's currency. */
  expected: Currency;
}
export type NumberProblem = Problem | CurrencyProblem;
export type NumberOutcome = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** The largest magnitude any figure here may have: far beyond any real budget, far below 2^53. */
export const MAX_MAGNITUDE = 1e15;

const DEFAULT_MAX: Partial<Record<NumberKind, number>> = { percent: 100 };

/**
 * How each common currency is written beside an amount, as Intl prints it in the workbook's
 * languages and as spreadsheets and people write it (compared without case, after NFKC, so "￥"
 * is "¥"). A sign several currencies share ("$", "¥", "元") belongs to each of them: in a TWD
 * workbook "$" is the Taiwan dollar, as Taiwan writes it; in a JPY one "¥" is the yen. Any other
 * currency is written as Intl writes it (see `signsIn`).
 */
const CURRENCY_SIGNS: Readonly<Record<string, readonly string[]>> = {
  USD: ['$', 'US$', '$US', 'USD'],
  EUR: ['€', 'EUR'],
  GBP: ['£', 'GBP'],
  CNY: ['¥', 'CN¥', 'CNY', 'RMB', '元'],
  TWD: ['$', 'NT$', 'NTD', 'TWD', '元'],
  JPY: ['¥', 'JP¥', 'JPY', '円'],
  PLN: ['zł', 'PLN'],
  INR: ['₹', 'Rs.', 'Rs', 'INR'],
  AUD: ['$', 'A$', 'AU$', 'AUD'],
  CAD: ['$', 'C$', 'CA$', 'CAD'],
  CHF: ['CHF', 'Fr.', 'SFr.'],
  SGD: ['$', 'S$', 'SGD'],
  HKD: ['$', 'HK$', 'HKD', '元'],
};

interface Sign {
  sign: string;
  currencies: Currency[];
}

const longestFirst = (a: Sign, b: Sign) => b.sign.length - a.sign.length;

/** Every listed sign, longest first (so "NT$" is found before "$"), with the currencies it stands for. */
const SIGNS: readonly Sign[] = (() => {
  const bySign = new Map<string, Currency[]>();
  for (const [currency, signs] of Object.entries(CURRENCY_SIGNS))
    for (const sign of signs) bySign.set(sign.toLowerCase(), [...(bySign.get(sign.toLowerCase()) ?? []), currency]);
  return [...bySign].map(([sign, currencies]) => ({ sign, currencies })).sort(longestFirst);
})();

const signsOf: Record<Currency, readonly Sign[]> = {};

/**
 * The signs to look for in an amount in a `currency` workbook: the listed ones and, for a currency
 * listed nowhere here, its code and signs as Intl writes them ("KRW", "₩"; "SEK", "kr", which is
 * the krona in a SEK workbook as "$" is the Taiwan dollar in a TWD one), first among signs as long.
 */
function signsIn(currency: Currency | undefined): readonly Sign[] {
  if (!currency || CURRENCY_SIGNS[currency]) return SIGNS;
  return (signsOf[currency] ??= [
    ...(['code', 'symbol', 'narrowSymbol'] as const).map((currencyDisplay) => ({
      sign: new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((part) => part.type === 'currency')!
        .value.normalize('NFKC')
        .toLowerCase(),
      currencies: [currency],
    })),
    ...SIGNS,
  ].sort(longestFirst));
}

// A currency sign no currency of the workbook uses ("₩", "R$"): any run holding a currency symbol.
const OTHER_LEADING = /^([+-]?)\s*([^\d\s.,+-]*\p{Sc}[^\d\s.,+-]*)\s*(.*)$/u;
const OTHER_TRAILING = /^(.*?)\s*([^\d\s.,+-]*\p{Sc}[^\d\s.,+-]*)$/u;

interface Marked {
  /** The sign as typed. */
  sign: string;
  currencies: Currency[];
  /** The amount without it, its +/- kept ("-$5" → "-5"). */
  rest: string;
}

/**
 * The currency sign or code leading or trailing `text` (after a +/-: "-$5"), of the common
 * currencies or the workbook's, or any other run holding a currency symbol; null when there is none.
 */
function currencyMark(text: string, workbook: Currency | undefined): Marked | null {
  const lower = text.toLowerCase();
  const signed = /^[+-]/.test(text) ? 1 : 0;
  for (const { sign, currencies } of signsIn(workbook)) {
    if (lower.startsWith(sign, signed)) {
      const rest = `${text.slice(0, signed)}${text.slice(signed + sign.length).trim()}`;
      return { sign: text.slice(signed, signed + sign.length), currencies, rest };
    }
    if (lower.endsWith(sign) && lower.length > sign.length) {
      return { sign: text.slice(-sign.length), currencies, rest: text.slice(0, -sign.length).trim() };
    }
  }
  const leading = OTHER_LEADING.exec(text);
  if (leading) return { sign: leading[2]!, currencies: [], rest: `${leading[1]}${leading[3]}` };
  const trailing = OTHER_TRAILING.exec(text);
  if (trailing) return { sign: trailing[2]!, currencies: [], rest: trailing[1]! };
  return null;
}

/**
 * The plain form ("1234.5") of a number written with separators, or null when the separators
 * do not make a number. Grouping is spaces (any kind), apostrophes, or commas or dots between
 * groups of three; the decimal mark is a dot or a comma. Where both marks appear, the last is
 * the decimal one ("1.234,5" and "1,234.5" are both 1234.5). A lone comma is a decimal comma
 * ("12,5", "0,125") unless it sits between groups of three ("1,500" is fifteen hundred, as in
 * most of the world's finance): the field shows its reading once left, grouped in the page's
 * style, so a reader who meant 1.5 sees it at once.
 *
 * With `dotGroups` (a count: it has no decimals), a lone dot between groups of three is grouping
 * too: "1.000" is a thousand leads, as Polish, German and most of Europe write it, and as no one
 * writes one lead. Elsewhere a lone dot is the decimal mark ("1.500" dollars is one and a half).
 */
function plainNumber(text: string, dotGroups = false): string | null {
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
  } else if (lastDot >= 0 && dotGroups && /^[1-9]\d{0,2}\.\d{3}$/.test(digits)) {
    groups = '.'; // "1.000" leads: a thousand
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

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses what a user typed into a number, or says why it can't.
 * Accepts "1234.5", "1,234.5", "1 234,5", "1.234,5", " 42 ", a leading "+"/"-", exponents, a
 * trailing "%" for percentages, and for money with `rule.currency` the sign or code of that
 * currency before or after the amount. Percentages come back as typed (12 for "12%"): callers
 * divide by 100 where a rate is meant. A count reads "1.000" as a thousand (see plainNumber).
 *
 * An amount marked in another currency is 'otherCurrency', naming the sign and the workbook's
 * currency; parseNumber, whose callers know only the workbook's shared problems, says
 * 'notANumber' for it.
 */
export function readNumber(raw: string, rule: NumberRule): NumberOutcome {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return fail('empty');

  let typed = text;
  if (rule.kind === 'percent' && typed.endsWith('%')) typed = typed.slice(0, -1);
  let other: CurrencyProblem | null = null;
  if (rule.kind === 'money' && rule.currency) {
    const mark = currencyMark(typed, rule.currency);
    if (mark) {
      typed = mark.rest;
      if (!mark.currencies.includes(rule.currency))
        other = { code: 'otherCurrency', sign: mark.sign, currencies: mark.currencies, expected: rule.currency };
    }
  }
  const body = plainNumber(typed, rule.kind === 'count');
  if (body === null || !NUMBER.test(body)) return fail('notANumber');
  // A number, but in another currency: said as such, whatever its size.
  if (other) return { ok: false, problem: other };

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

/** readNumber within the workbook's shared problems: an amount in another currency is 'notANumber'. */
export function parseNumber(raw: string, rule: NumberRule): Outcome<number> {
  const read = readNumber(raw, rule);
  return read.ok || read.problem.code !== 'otherCurrency' ? (read as Outcome<number>) : fail('notANumber');
}
