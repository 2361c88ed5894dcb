/**
 * Money in CRM exports: "12500.00", "$1,234.50", "1.234,50 €", "12 500,00", "¥12,800.00",
 * "PLN 1 200", "(1,234)" (accounting's negative), and the ways people write "no amount": "",
 * "—", "-", "n/a". A value like "1,234" reads two ways; the column decides from the values
 * that say which mark is the decimal one (a comma before the last two digits, or both marks).
 */

import { isCurrencyCode } from '../currency-code';
import { MAX_MAGNITUDE } from '../number';

export type DecimalMark = 'dot' | 'comma';

export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'bad' }
  /**
   * `value` with a dot decimal mark, `comma` where a comma decimal mark reads it otherwise.
   * `evidence`: the mark the value proves ("1.234,50", "12,5"). `grouped`: for a value that reads
   * both ways only, the mark its thousands grouping hints at ("12.000" groups with dots, so a
   * comma is the decimal mark; "1,234" the reverse), as amounts with three decimals are rare.
   * `currency`: the currency the value names ("€", "PLN"), as currencyMark says.
   */
  | { kind: 'number'; value: number; comma?: number; evidence?: DecimalMark; grouped?: DecimalMark; currency?: string };

const EMPTY = new Set(['', '-', '—', '–', 'n/a', 'na', 'none', 'null', 'nil', '无', '無', 'brak']);
/** Letters that are a mark only as a word of their own: "Ft" in "1 000 Ft", not in "Draft". */
const word = (pattern: string) => `(?<![a-z])(?:${pattern})(?![a-z])`;
/**
 * Currency signs, codes and names people leave in amounts or put in a currency column, each
 * with the currency it names: an ISO code, or '$', '¥' and 'kr' for the signs several currencies
 * share (see same-currency.ts). A sign that stands for one currency only is named by its code
 * here, the one table of such signs. More specific first ("US$" before "$"), and longer words
 * before the shorter ones they start with ("złotych" before "zł"), as the amount is read without them.
 */
const MARKS: readonly (readonly [pattern: string, mark: string])[] = [
  ['us dollars?|us\\$|usd', 'USD'],
  ['nt\\$|twd|新台幣|新台币', 'TWD'],
  ['hk\\$|hkd|港幣|港币', 'HKD'],
  ['a\\$|aud', 'AUD'],
  ['c\\$|cad', 'CAD'],
  ['s\\$|sgd', 'SGD'],
  ['euros?|eur|€', 'EUR'],
  ['pounds?|gbp|£', 'GBP'],
  ['złotych|zloty|zł|zl|pln', 'PLN'],
  ['元|圆|rmb|cny|人民币|人民幣|yuan', 'CNY'],
  ['円|jpy|yen', 'JPY'],
  ['₹|inr', 'INR'],
  ['chf', 'CHF'],
  ['₩|krw', 'KRW'],
  ['₽|rub', 'RUB'],
  ['฿|thb', 'THB'],
  ['r\\$|brl', 'BRL'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
  ['₱', 'PHP'],
  ['₴', 'UAH'],
  ['₪', 'ILS'],
  ['₦', 'NGN'],
  [word('kč'), 'CZK'],
  [word('ft'), 'HUF'],
  // Swedish, Norwegian, Danish or Icelandic crowns: which, the sign does not say.
  [word('kronor|kroner|kr\\.?'), 'kr'],
  ['\\$|dollars?', '$'],
  ['[¥￥]', '¥'],
];
const MARK_PATTERNS = MARKS.map(([pattern, mark]) => [new RegExp(pattern, 'i'), mark] as const);
/** An amount with a currency's three-letter code before or after it ("50 000 sek", "nok 1,250.50"): the code, and the rest. */
const CODED = /^([a-z]{3})\s*(.*\d.*)$|^(.*\d.*?)\s*([a-z]{3})$/;

/**
 * The longest mark kept as written: a sign ("₾", "₼"), never a word. The workbook stores the
 * file's mark (state.ts) and a tab of an earlier version reads it back, so no longer than that allows.
 */
const MAX_MARK = 3;
/**
 * A sign the list above does not name ("₾ 1 000", "100 ₾"): a currency symbol with the letters
 * written with it. Still a currency, never summed with another, shown as written.
 */
const OTHER_SIGN = /[\p{L}\p{Sc}]*\p{Sc}[\p{L}\p{Sc}]*/u;
/** The sign as written in `text` where it holds one sign the list does not name, short as a sign is; else null. */
function otherSign(text: string): string | null {
  const sign = OTHER_SIGN.exec(text)?.[0];
  return sign && sign.length <= MAX_MARK ? sign : null;
}
// Currency marks people leave in amounts, and the spaces that group digits.
const CURRENCY = new RegExp(MARKS.map(([pattern]) => pattern).join('|'), 'gi');
const SPACES = /[\s\u00a0\u202f']/g;

const GROUPED = { ',': /^\d{1,3}(,\d{3})+$/, '.': /^\d{1,3}(\.\d{3})+$/ };
/**
 * The value of `raw` when it is a plain number, as most exports write amounts: ASCII digits,
 * perhaps a minus first, perhaps a dot and one or two decimals (never three: "1.234" may be a
 * group); NaN for every other form. The same number as Number(raw): up to 15 digits, the digits
 * as a whole number are exact, and one division by 10 or 100 rounds as reading the decimal does.
 */
export function plainAmount(raw: string): number {
  const length = raw.length;
  const negative = length > 0 && raw.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const start = i;
  let whole = 0;
  for (; i < length; i++) {
    const digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  if (i === start) return NaN;
  let scale = 1;
  if (i < length) {
    const decimals = length - i - 1;
    if (raw.charCodeAt(i) !== 46 || decimals < 1 || decimals > 2) return NaN;
    for (let j = i + 1; j < length; j++) {
      const digit = raw.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return NaN;
      whole = whole * 10 + digit;
      scale *= 10;
    }
  }
  if (length - start > 15) return inRange(Number(raw));
  const value = whole / scale;
  return negative ? -value : value;
}

/** NaN for a value beyond any real amount (and Infinity, from hundreds of digits): never summed. */
function inRange(value: number): number {
  return Math.abs(value) <= MAX_MAGNITUDE ? value : NaN;
}

/** The number in "1234.5" / "1234,5" with one kind of mark, or NaN. */
function plain(digits: string, decimal: ',' | '.', group: ',' | '.'): number {
  const whole = digits.split(decimal);
  if (whole.length > 2) return NaN;
  const [int = '', fraction] = whole;
  if (int.includes(group) && !GROUPED[group].test(int)) return NaN;
  const body = `${int.replaceAll(group, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  return /^(\d+\.?\d*|\.\d+)$/.test(body) ? inRange(Number(body)) : NaN;
}

export function readAmount(raw: string): AmountReading {
  const simple = plainAmount(raw);
  if (!Number.isNaN(simple)) return raw.includes('.') ? { kind: 'number', value: simple, evidence: 'dot' } : { kind: 'number', value: simple };
  let text = raw.normalize('NFKC').trim().toLowerCase();
  if (EMPTY.has(text)) return { kind: 'empty' };
  let bare = text.replace(CURRENCY, '');
  let currency = bare === text ? null : currencyMark(text);
  if (currency === null) {
    // A code the list leaves out ("50 000 sek"): a currency all the same.
    const coded = CODED.exec(bare.trim());
    const code = (coded?.[1] ?? coded?.[4] ?? '').toUpperCase();
    if (coded && isCurrencyCode(code)) {
      currency = code;
      bare = coded[2] ?? coded[3] ?? '';
    }
  }
  if (currency === null) {
    // A sign the list leaves out ("₾ 1 000"): kept as the file writes it.
    const sign = otherSign(raw.normalize('NFKC'));
    if (sign) {
      currency = sign;
      bare = text.replace(sign.toLowerCase(), '');
    }
  }
  text = bare.trim();
  // Accounting's negative, its currency inside or outside the brackets: "(1,200.00)", "(1 200,00) zł", "$(1,200.00)".
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(SPACES, '');
  if (text.startsWith('-') || text.startsWith('−')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (EMPTY.has(text)) return { kind: 'empty' };

  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let evidence: DecimalMark | undefined;
  if (lastComma >= 0 && lastDot >= 0) evidence = lastComma > lastDot ? 'comma' : 'dot';
  else if (lastComma >= 0 && !/^\d{1,3}(,\d{3})+$/.test(text)) evidence = 'comma';
  else if (lastDot >= 0 && !/^\d{1,3}(\.\d{3})+$/.test(text)) evidence = 'dot';

  const asDot = plain(text, '.', ',');
  const asComma = plain(text, ',', '.');
  const sign = negative ? -1 : 1;
  if (Number.isNaN(asDot) && Number.isNaN(asComma)) return { kind: 'bad' };
  const reading: Extract<AmountReading, { kind: 'number' }> = Number.isNaN(asDot)
    ? { kind: 'number', value: sign * asComma, evidence: 'comma' }
    : Number.isNaN(asComma) || asComma === asDot
      ? { kind: 'number', value: sign * asDot }
      : { kind: 'number', value: sign * asDot, comma: sign * asComma };
  if (reading.evidence === undefined && evidence) reading.evidence = evidence;
  if (reading.comma !== undefined && !reading.evidence) reading.grouped = GROUPED['.'].test(text) ? 'comma' : 'dot';
  if (currency) reading.currency = currency;
  return reading;
}

/**
 * The currency an amount ("1.234,50 €", "US$ 3,000") or a currency column's value ("EUR",
 * "złotych", "人民币", "SEK", "₩") names: its ISO code, '$', '¥' or 'kr' for a sign several
 * currencies share, a sign the list does not name as written ("₾"), or null where it names none.
 */
export function currencyMark(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!text) return null;
  for (const [pattern, mark] of MARK_PATTERNS) if (pattern.test(text)) return mark;
  return isCurrencyCode(text.toUpperCase()) ? text.toUpperCase() : otherSign(text);
}


/**
 * How many values of a column show each decimal mark, counted as they stream by; and, of the
 * values that read both ways, how many group their thousands as each mark would have it.
 */
export interface AmountTally {
  dot: number;
  comma: number;
  groupedDot: number;
  groupedComma: number;
}

export const emptyAmountTally = (): AmountTally => ({ dot: 0, comma: 0, groupedDot: 0, groupedComma: 0 });

/** Counts what a value of the column says about its decimal mark. */
export function tallyAmount(tally: AmountTally, reading: Extract<AmountReading, { kind: 'number' }>): void {
  if (reading.evidence) tally[reading.evidence]++;
  else if (reading.grouped === 'dot') tally.groupedDot++;
  else if (reading.grouped === 'comma') tally.groupedComma++;
}

/**
 * The column's decimal mark: the one more values show. Where no value shows one, the one their
 * grouping hints at: a column of "12.000", "8.500" is twelve and eight thousand written with dots
 * between thousands (the comma is its decimal mark), not amounts to a thousandth. A dot where
 * nothing tells.
 */
export function chooseDecimalMark(tally: AmountTally): DecimalMark {
  if (tally.comma > 0 || tally.dot > 0) return tally.comma > tally.dot ? 'comma' : 'dot';
  return tally.groupedComma > tally.groupedDot ? 'comma' : 'dot';
}

/** The value of a reading in the column's decimal mark. */
export function amountIn(reading: Extract<AmountReading, { kind: 'number' }>, mark: DecimalMark): number {
  return mark === 'comma' && reading.comma !== undefined ? reading.comma : reading.value;
}
