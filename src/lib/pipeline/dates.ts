/**
 * Dates in CRM exports: ISO ("2026-03-14", with or without a time), YYYY/MM/DD, DD/MM/YYYY,
 * MM/DD/YYYY, DD.MM.YYYY, DD-MM-YY, YY-MM-DD, "2026年3月14日", YYYYMMDD, months by name ("5-Mar-26",
 * "Mar 5, 2026", "5 marca 2026"; see month-names.ts), and Excel serial numbers. A value like
 * "03/04/2026" reads two ways, "26-03-05" three (day, month or a two-digit year first); the
 * column decides, from all its values: the reading under which every value is a real date, and
 * then the one its other evidence points to (see measure.ts). Calendar validity and day counts
 * come from the platform (Date.UTC), not from hand-written month lengths.
 */

import { monthNumber } from './month-names';

/** Days since 1970-01-01 (UTC), or one of the markers below. */
export type DayNumber = number;
export const NO_DATE = -2147483648;
export const BAD_DATE = -2147483647;

/**
 * Which way a column reads "dd/dd/yyyy": day first (14/03/2026) or month first (03/14/2026); and
 * "dd-dd-dd", also year first (26-03-14, as some CRMs and Japanese short dates write it).
 */
export type DateOrder = 'dayFirst' | 'monthFirst' | 'yearFirst';

/**
 * Where a value puts its year: YEAR_ANYWHERE, it reads alike in every order (2026-03-14, a month
 * by name, a serial, no date); YEAR_EITHER, two digits at either end that may each be a day, the
 * year first or last (26-03-05); YEAR_FIRST, first, as the first two digits can be no day
 * (98-05-14); YEAR_LAST, last, as it is written in full there or the first part is too short for
 * a year, or the last two digits can be no day (05/03/2026, 5/3/26, 14-05-98): its column never
 * reads year first.
 */
export const YEAR_ANYWHERE = 0;
export const YEAR_EITHER = 1;
export const YEAR_FIRST = 2;
export const YEAR_LAST = 3;

/** Where a value of three groups of digits ("a-b-c", by their lengths and values) puts its year, its first group not four digits long. */
const yearOf = (aDigits: number, a: number, cDigits: number, c: number) =>
  aDigits !== 2 || cDigits !== 2 || c > 31 ? YEAR_LAST : a > 31 ? YEAR_FIRST : YEAR_EITHER;

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included): 25569 days before 1970. */
const EXCEL_EPOCH_OFFSET = 25_569;

const DATE = /^(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,4})\s*日?(?:[\sT,].*)?$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
/** Eight digits, year first: "20260305". */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// A month by name, with the day before it ("5-Mar-26", "5th March 2026"), after it ("Mar 5,
// 2026") or the year first ("2026-Mar-05"); each group's separator kept, to name the format.
const NAMED_DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?([\s./-]+)(\p{L}+)([\s.,/-]+)(\d{4}|\d{2})(?=$|[\sT,])/u;
const NAMED_MONTH_FIRST = /^(\p{L}+)([\s./-]+)(\d{1,2})(?:st|nd|rd|th)?([\s.,/-]+)(\d{4}|\d{2})(?=$|[\sT,])/u;
const NAMED_YEAR_FIRST = /^(\d{4})([\s./-]+)(\p{L}+)([\s./-]+)(\d{1,2})(?=$|[\sT,])/u;
/** A weekday before the date, as long formats write it: "Thursday, ", "Thu, ", "czw., ". */
const WEEKDAY = /^\p{L}+\.?,\s*/u;
/** A time of day after the date: "2026-03-14 09:30", "Mar 5, 2026 2:22 PM". */
const TIME = /\d[\sT]\d{1,2}:\d{2}/;

function day(year: number, month: number, date: number): DayNumber {
  if (month < 1 || month > 12 || date < 1 || date > 31) return BAD_DATE;
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC rolls 31/04 over to 1/05: a date that does not come back as typed does not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return BAD_DATE;
  return ms / DAY_MS;
}

/** A two-digit year as spreadsheets read it: 00–69 → 2000s, 70–99 → 1900s. */
const fullYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

/** A date whose month is a word: its day, and its format with the file's own separators ("DD-MMM-YY"). */
function readNamed(text: string): { value: DayNumber; format: string } | null {
  for (const candidate of [text, text.replace(WEEKDAY, '')]) {
    const time = TIME.test(candidate) ? ' hh:mm' : '';
    const year = (digits: string) => (digits.length === 4 ? Number(digits) : fullYear(Number(digits)));
    const letters = (digits: string) => (digits.length === 4 ? 'YYYY' : 'YY');
    let match = NAMED_DAY_FIRST.exec(candidate);
    if (match) {
      const [, d = '', s1 = '', name = '', s2 = '', y = ''] = match;
      const month = monthNumber(name);
      if (month) return { value: day(year(y), month, Number(d)), format: `DD${s1}MMM${s2}${letters(y)}${time}` };
    }
    match = NAMED_MONTH_FIRST.exec(candidate);
    if (match) {
      const [, name = '', s1 = '', d = '', s2 = '', y = ''] = match;
      const month = monthNumber(name);
      if (month) return { value: day(year(y), month, Number(d)), format: `MMM${s1}DD${s2}${letters(y)}${time}` };
    }
    match = NAMED_YEAR_FIRST.exec(candidate);
    if (match) {
      const [, y = '', s1 = '', name = '', s2 = '', d = ''] = match;
      const month = monthNumber(name);
      if (month) return { value: day(Number(y), month, Number(d)), format: `YYYY${s1}MMM${s2}DD${time}` };
    }
  }
  return null;
}

/** The readings of one value: the same day for unambiguous forms. */
export interface DateReadings {
  dayFirst: DayNumber;
  monthFirst: DayNumber;
  /** With a two-digit year first ("26-03-05": 5 March 2026); BAD_DATE where the year is last (see `year`). */
  yearFirst: DayNumber;
  /** Where the value puts its year: YEAR_ANYWHERE, YEAR_EITHER, YEAR_FIRST or YEAR_LAST. */
  year: number;
}

const NONE: DateReadings = { dayFirst: NO_DATE, monthFirst: NO_DATE, yearFirst: NO_DATE, year: YEAR_ANYWHERE };
const BAD: DateReadings = { dayFirst: BAD_DATE, monthFirst: BAD_DATE, yearFirst: BAD_DATE, year: YEAR_ANYWHERE };
/** Readings of a value that names one day whatever the order. */
const same = (value: DayNumber): DateReadings => ({ dayFirst: value, monthFirst: value, yearFirst: value, year: YEAR_ANYWHERE });

/** Reads one value every way. */
export function readDate(raw: string): DateReadings {
  const text = raw.trim();
  if (text === '') return NONE;
  if (SERIAL.test(text)) {
    const serial = Math.floor(Number(text));
    const value = serial - EXCEL_EPOCH_OFFSET;
    // Serials from 1954 to 2119: anything else is a number, not a date.
    return serial >= 20_000 && serial <= 80_000 ? same(value) : BAD;
  }
  const compact = COMPACT.exec(text);
  if (compact) return same(day(Number(compact[1]), Number(compact[2]), Number(compact[3])));
  const match = DATE.exec(text);
  if (!match) {
    // A month by name reads one way only.
    const named = readNamed(text);
    return named ? same(named.value) : BAD;
  }
  const [, a = '', b = '', c = ''] = match;
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4) return same(day(x, y, z));
  if (a.length > 2 || (c.length !== 4 && c.length !== 2)) return BAD;
  const year = c.length === 4 ? z : fullYear(z);
  const where = yearOf(a.length, x, c.length, z);
  return { dayFirst: day(year, y, x), monthFirst: day(year, x, y), yearFirst: where === YEAR_LAST ? BAD_DATE : day(fullYear(x), y, z), year: where };
}

/** Years whose days are remembered once worked out (see plainDay): 256 years from 1900. */
const FIRST_YEAR = 1900;
const YEARS = 256;
const UNKNOWN = 0x7fffffff;
/** Year, month 0–31, day 0–31 → day(year, month, day), filled as asked; UNKNOWN until then. */
let days: Int32Array | null = null;

/** day(year, month, date), remembered for years 1900–2155 (a month or day above 31 is never a date). */
function plainDay(year: number, month: number, date: number): DayNumber {
  if (month > 31 || date > 31) return BAD_DATE;
  if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) return day(year, month, date);
  days ??= new Int32Array(YEARS * 32 * 32).fill(UNKNOWN);
  const at = (((year - FIRST_YEAR) << 5) | month) * 32 + date;
  let value = days[at]!;
  if (value === UNKNOWN) days[at] = value = day(year, month, date);
  return value;
}

/**
 * readDate for the plain forms most exports use, without a regular expression or a lookup by
 * text: three groups of digits split by "-", "/" or "." and nothing else ("2026-03-14",
 * "14/03/2026", "3.14.26"). Writes the day-first, month-first and year-first readings and where
 * the value puts its year to `out`, in that order, and answers true; answers false for every
 * other text, which readDate reads.
 */
export function readPlainDate(raw: string, out: Int32Array): boolean {
  const length = raw.length;
  if (length < 5 || length > 12) return false;
  // The three groups, each read by a loop of its own: no branch on which group a digit is in.
  let i = 0;
  let digit = 0;
  let a = 0;
  for (; i < length; i++) {
    digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    a = a * 10 + digit;
  }
  const aDigits = i;
  if (aDigits === 0 || i === length || !isSeparator(digit + 48)) return false;
  const bStart = ++i;
  let b = 0;
  for (; i < length; i++) {
    digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    b = b * 10 + digit;
  }
  const bDigits = i - bStart;
  if (bDigits === 0 || bDigits > 2 || i === length || !isSeparator(digit + 48)) return false;
  const cStart = ++i;
  let c = 0;
  for (; i < length; i++) {
    digit = raw.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    c = c * 10 + digit;
  }
  const cDigits = i - cStart;
  if (cDigits === 0 || cDigits > 4) return false;
  if (aDigits === 4) {
    out[0] = out[1] = out[2] = plainDay(a, b, c);
    out[3] = YEAR_ANYWHERE;
    return true;
  }
  if (aDigits > 2 || (cDigits !== 4 && cDigits !== 2)) return false;
  const year = cDigits === 4 ? c : fullYear(c);
  out[0] = plainDay(year, b, a);
  out[1] = plainDay(year, a, b);
  const where = yearOf(aDigits, a, cDigits, c);
  out[2] = where === YEAR_LAST ? BAD_DATE : plainDay(fullYear(a), b, c);
  out[3] = where;
  return true;
}

/** "-", "/" or ".", as a character code. */
const isSeparator = (code: number) => code === 45 || code === 47 || code === 46;

export const isDay = (value: DayNumber) => value !== NO_DATE && value !== BAD_DATE;

/** "2026-03-14" for a day number. */
export function isoDay(value: DayNumber): string {
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/** "2026-03" for a day number. */
export function isoMonth(value: DayNumber): string {
  return isoDay(value).slice(0, 7);
}

/** How many values of a column parse under each reading, counted as they stream by. */
export interface DateTally {
  filled: number;
  dayFirstValid: number;
  monthFirstValid: number;
  /** Values whose two readings differ ("03/04/2026"): the ones the order decides. */
  ambiguous: number;
  /** A value puts two digits at either end ("26-03-05"): the column may read year first (unless yearLast). */
  yearEither: boolean;
  /** Values whose first two digits can be no day ("98-05-14"): they prove the year first (unless yearLast). */
  yearFirstOnly: number;
  /** A value puts its year last in a way that cannot be first ("05/03/2026"): the column never reads year first. */
  yearLast: boolean;
  /** Values that are dates read year first, where the column may read so (else 0). */
  yearFirstValid: number;
  /** Of those, values that are dates read with the year last too, on another day: the ones year first decides. */
  yearAmbiguous: number;
}

export const emptyTally = (): DateTally => ({ filled: 0, dayFirstValid: 0, monthFirstValid: 0, ambiguous: 0, yearEither: false, yearFirstOnly: 0, yearLast: false, yearFirstValid: 0, yearAmbiguous: 0 });

export function tallyDate(tally: DateTally, readings: DateReadings): void {
  tallyReadings(tally, readings.dayFirst, readings.monthFirst, readings.yearFirst, readings.year);
}

/**
 * tallyDate for a value's readings given apart, and where it puts its year. Answers whether the
 * column may read year first once the value is counted: a column keeps its values' year-first
 * readings from the first value that puts two digits at either end until one puts its year last.
 */
export function tallyReadings(tally: DateTally, dayFirst: DayNumber, monthFirst: DayNumber, yearFirst: DayNumber, year: number): boolean {
  tallyDays(tally, dayFirst, monthFirst);
  if (tally.yearLast) return false;
  if (year === YEAR_LAST) {
    tally.yearLast = true;
    tally.yearFirstValid = tally.yearAmbiguous = tally.yearFirstOnly = 0;
    return false;
  }
  if (year === YEAR_FIRST) tally.yearFirstOnly++;
  if (year !== YEAR_ANYWHERE && !tally.yearEither) {
    // The values before it read alike every way: as many of them are dates year first as day first.
    tally.yearEither = true;
    tally.yearFirstValid = tally.dayFirstValid - (isDay(dayFirst) ? 1 : 0);
  }
  if (!tally.yearEither) return false;
  if (isDay(yearFirst)) {
    tally.yearFirstValid++;
    if ((isDay(dayFirst) && dayFirst !== yearFirst) || (isDay(monthFirst) && monthFirst !== yearFirst)) tally.yearAmbiguous++;
  }
  return true;
}

/** The day-first and month-first counts of tallyReadings. */
export function tallyDays(tally: DateTally, dayFirst: DayNumber, monthFirst: DayNumber): void {
  if (dayFirst === NO_DATE) return;
  tally.filled++;
  if (isDay(dayFirst)) tally.dayFirstValid++;
  if (isDay(monthFirst)) tally.monthFirstValid++;
  if (dayFirst !== monthFirst && isDay(dayFirst) && isDay(monthFirst)) tally.ambiguous++;
}

/**
 * Where a column's own values prove its year is: first where one's first two digits can be no day
 * ("98-05-14"), last where the column cannot read year first (a year written last, or no value
 * with two digits at either end); null where every value may have it either end ("26-03-05").
 * An impossible day ("31-02-26") proves nothing: it is more often a slip than a year.
 */
export function provenYear(tally: DateTally): 'first' | 'last' | null {
  if (tally.yearFirstValid === 0) return 'last';
  return tally.yearFirstOnly > 0 ? 'first' : null;
}

/**
 * The order a column's own values prove: year first where they prove the year first (see
 * provenYear); else the one under which more of them are real dates ("25/01/2026" is one only day
 * first); null where they allow day and month first equally.
 */
export function provenOrder(tally: DateTally): DateOrder | null {
  if (provenYear(tally) === 'first') return 'yearFirst';
  if (tally.dayFirstValid === tally.monthFirstValid) return null;
  return tally.dayFirstValid > tally.monthFirstValid ? 'dayFirst' : 'monthFirst';
}

/**
 * Why a column is read in its order: its own values prove it; the file's other date columns do
 * (one export writes every date one way); its dates lie closer together read so, with a two-digit
 * year first or last (the other way, days read as years spread them over decades); fewer deals
 * then close before they were created; the dots of DD.MM.YYYY, which no one writes month first;
 * the page's language; or the user chose it.
 */
export type OrderBasis = 'values' | 'otherColumns' | 'spread' | 'closeOrder' | 'dotted' | 'language' | 'chosen';

/** "14.03.2026", "4.3.26": the dotted form, written day first wherever it is used. */
export const isDotted = (sample: string): boolean => /^\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d)/.test(sample.trim());

/** 1980-01-01: no CRM deal was created or closed before it; an earlier date is a placeholder or a slip. */
export const EARLIEST_DEAL_DAY: DayNumber = 3652;

/** The reading of a value in the column's order. */
export const inOrder = (readings: DateReadings, order: DateOrder): DayNumber => readings[order];

/** The letters a format names the year and the hour with: Y and h in English, R and g in Polish (rok, godzina). */
export interface FormatLetters {
  year: string;
  hour: string;
}

/**
 * The format a value shows, for the user to recognise: "DD/MM/YYYY", "YYYY-MM-DD", "DD-MM-YY",
 * "DD-MMM-YY" (a month by name), with the year and the hour in `letters`; "Excel serial"
 * (returned as null: the caller names it in the page's language); a value that is no date, as
 * it is written.
 */
export function describeFormat(sample: string, order: DateOrder, letters: FormatLetters = { year: 'Y', hour: 'h' }): string | null {
  const text = sample.trim();
  if (SERIAL.test(text)) return null;
  const pattern = patternOf(text, order);
  return pattern === null ? text : pattern.replace(/Y/g, letters.year).replace(/h/g, letters.hour);
}

/** The format of a date value in English letters ("DD/MM/YYYY hh:mm"), null where it is no date. */
function patternOf(text: string, order: DateOrder): string | null {
  if (COMPACT.test(text)) return 'YYYYMMDD';
  const match = DATE.exec(text);
  if (!match) return readNamed(text)?.format ?? null;
  const [, a = '', , c = ''] = match;
  const separators = text.match(/[-/.年月]/g) ?? [];
  const [s1 = '-', s2 = '-'] = separators;
  const time = TIME.test(text) ? ' hh:mm' : '';
  const end = text.includes('日') ? '日' : '';
  if (a.length === 4) return `YYYY${s1}MM${s2}DD${end}${time}`;
  if (order === 'yearFirst' && a.length === 2 && c.length === 2) return `YY${s1}MM${s2}DD${time}`;
  const year = c.length === 4 ? 'YYYY' : 'YY';
  return order === 'dayFirst' ? `DD${s1}MM${s2}${year}${time}` : `MM${s1}DD${s2}${year}${time}`;
}
