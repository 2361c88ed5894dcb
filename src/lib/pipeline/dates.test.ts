import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAD_DATE, describeFormat, emptyTally, inOrder, isDotted, isoDay, NO_DATE, provenOrder, provenYear, readDate, readPlainDate, tallyDate, YEAR_ANYWHERE, YEAR_EITHER, YEAR_FIRST, YEAR_LAST, type DateOrder } from './dates';

const iso = (raw: string, order: DateOrder = 'dayFirst') => {
  const value = inOrder(readDate(raw), order);
  return value === NO_DATE ? 'none' : value === BAD_DATE ? 'bad' : isoDay(value);
};

describe('readDate', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['2026-03-14 09:30', '2026-03-14'],
    ['2026-03-14T09:30:00Z', '2026-03-14'],
    ['2026/3/4', '2026-03-04'],
    ['2026年3月14日', '2026-03-14'],
    ['14/03/2026', '2026-03-14'],
    ['14.03.2026', '2026-03-14'],
    ['14-03-26', '2026-03-14'],
    ['01-01-99', '1999-01-01'],
    // Excel serial 46095 = 2026-03-14 (46095 − 25569 = 20526 days after 1970-01-01).
    ['46095', '2026-03-14'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s day first as %s', (raw, expected) => {
    expect(iso(raw)).toBe(expected);
  });

  it('reads the same text month first when asked', () => {
    expect(iso('03/14/2026', 'monthFirst')).toBe('2026-03-14');
    expect(iso('03/04/2026', 'monthFirst')).toBe('2026-03-04');
    expect(iso('03/04/2026', 'dayFirst')).toBe('2026-04-03');
  });

  it.each(['31/04/2026', '29/02/2026', '32/01/2026', 'soon', '2026-13-01', '12345', '1/2', '00/00/0000'])('refuses %s', (raw) => {
    expect(iso(raw)).toBe('bad');
  });

  it('says an empty value is no date, not a bad one', () => {
    expect(iso('  ')).toBe('none');
  });
});

describe('readDate: months by name', () => {
  it.each([
    ['5-Mar-26', '2026-03-05'],
    ['05-Mar-2026', '2026-03-05'],
    ['5 Mar 2026', '2026-03-05'],
    ['5 March 2026', '2026-03-05'],
    ['5th March 2026', '2026-03-05'],
    ['Mar 5, 2026', '2026-03-05'],
    ['March 5, 2026 2:22 PM', '2026-03-05'],
    ['Thursday, March 5, 2026', '2026-03-05'],
    ['Sept 30 2026', '2026-09-30'],
    ['2026-Mar-05', '2026-03-05'],
    ['05.MAR.2026 14:22', '2026-03-05'],
    ['5 mar 2026', '2026-03-05'],
    ['5 marca 2026', '2026-03-05'],
    ['14 lutego 2026', '2026-02-14'],
    ['1 października 2026', '2026-10-01'],
    ['1 pazdziernika 2026', '2026-10-01'],
    ['3 wrz 2026', '2026-09-03'],
    ['20 kwi 2026', '2026-04-20'],
    ['czw., 5 mar 2026', '2026-03-05'],
  ])('reads %s as %s, either order', (raw, expected) => {
    expect([iso(raw, 'dayFirst'), iso(raw, 'monthFirst')]).toEqual([expected, expected]);
  });

  it('reads a date written as eight digits, year first (20260305)', () => {
    expect([iso('20260305', 'dayFirst'), iso('20260305', 'monthFirst')]).toEqual(['2026-03-05', '2026-03-05']);
  });

  it.each(['5 Foo 2026', '31 Apr 2026', '30 Feb 2026', 'Marchland 5 2026', '5 Mar', 'Mar 2026', '20261305', '12345678'])('refuses %s', (raw) => {
    expect(iso(raw)).toBe('bad');
  });
});

describe('provenOrder', () => {
  const tally = (values: string[]) => {
    const t = emptyTally();
    for (const value of values) tallyDate(t, readDate(value));
    return t;
  };

  it('reads a column day first when one value has a day above 12, wherever it is', () => {
    const t = tally(['01/02/2026', '03/04/2026', '05/06/2026', '25/06/2026']);
    expect(t).toEqual({ ...emptyTally(), filled: 4, dayFirstValid: 4, monthFirstValid: 3, ambiguous: 3, yearLast: true });
    expect(provenOrder(t)).toBe('dayFirst');
  });

  it('reads month first when only that makes every value a date', () => {
    expect(provenOrder(tally(['03/14/2026', '01/02/2026']))).toBe('monthFirst');
  });

  it('proves nothing where every value reads both ways, or none is a date', () => {
    expect(provenOrder(tally(['01/02/2026', '03/04/2026']))).toBeNull();
    expect(provenOrder(tally(['2026-01-02', 'soon']))).toBeNull();
  });
});

describe('a two-digit year first (26-03-05)', () => {
  it.each([
    ['26-03-05', ['2005-03-26', 'bad', '2026-03-05'], YEAR_EITHER],
    ['26/03/05 10:30', ['2005-03-26', 'bad', '2026-03-05'], YEAR_EITHER],
    ['98-05-14', ['bad', 'bad', '1998-05-14'], YEAR_FIRST],
    ['14-05-98', ['1998-05-14', 'bad', 'bad'], YEAR_LAST],
    ['05/03/2026', ['2026-03-05', '2026-05-03', 'bad'], YEAR_LAST],
    ['5/3/26', ['2026-03-05', '2026-05-03', 'bad'], YEAR_LAST],
    ['2026-03-05', ['2026-03-05', '2026-03-05', '2026-03-05'], YEAR_ANYWHERE],
    ['5-Mar-26', ['2026-03-05', '2026-03-05', '2026-03-05'], YEAR_ANYWHERE],
  ] as const)('reads %s day, month and year first as %j', (raw, expected, year) => {
    expect([iso(raw, 'dayFirst'), iso(raw, 'monthFirst'), iso(raw, 'yearFirst')]).toEqual(expected);
    expect(readDate(raw).year).toBe(year);
  });

  const tally = (values: string[]) => {
    const t = emptyTally();
    for (const value of values) tallyDate(t, readDate(value));
    return t;
  };

  it('counts year-first readings from the first value that may have its year first, the ones before read alike', () => {
    expect(tally(['2026-01-02', '', '26-03-05', '26-02-30'])).toMatchObject({ filled: 3, dayFirstValid: 3, yearFirstValid: 2, yearAmbiguous: 1 });
  });

  it('proves the year first where a first part can be no day, last where a year is written last, and nothing where either fits', () => {
    expect(provenYear(tally(['26-03-05', '98-05-14']))).toBe('first');
    expect(provenOrder(tally(['26-03-05', '98-05-14']))).toBe('yearFirst');
    expect(provenYear(tally(['26-03-05', '14/03/2026']))).toBe('last');
    expect(provenYear(tally(['26-03-05', '14-05-98', '98-05-14']))).toBe('last');
    expect(provenYear(tally(['2026-03-05', '05-Mar-26']))).toBe('last');
    expect(provenYear(tally(['26-03-05', '25-11-30']))).toBeNull();
    // An impossible day is more often a slip than a year: 31 February proves nothing.
    expect(provenYear(tally(['31-02-26', '15-01-26']))).toBeNull();
  });

  it('names the format year first', () => {
    expect(describeFormat('26-03-05', 'yearFirst')).toBe('YY-MM-DD');
    expect(describeFormat('26/03/05 10:30', 'yearFirst', { year: 'R', hour: 'g' })).toBe('RR/MM/DD gg:mm');
    expect(describeFormat('26-03-05', 'dayFirst')).toBe('DD-MM-YY');
  });
});

describe('isDotted', () => {
  it('knows the dotted form, which is written day first', () => {
    expect(['14.03.2026', '4.3.26', ' 01.02.2026 10:30'].map(isDotted)).toEqual([true, true, true]);
    expect(['2026.03.14', '03/04/2026', '1.234', '12.000'].map(isDotted)).toEqual([false, false, false, false]);
  });
});

describe('describeFormat', () => {
  it.each([
    ['2026-03-14', 'dayFirst', 'YYYY-MM-DD'],
    ['2026-03-14 09:30', 'dayFirst', 'YYYY-MM-DD hh:mm'],
    ['14/03/2026', 'dayFirst', 'DD/MM/YYYY'],
    ['03/14/2026', 'monthFirst', 'MM/DD/YYYY'],
    ['14-03-26', 'dayFirst', 'DD-MM-YY'],
    ['14.03.2026', 'dayFirst', 'DD.MM.YYYY'],
    ['2026年3月14日', 'dayFirst', 'YYYY年MM月DD日'],
    ['5-Mar-26', 'monthFirst', 'DD-MMM-YY'],
    ['Mar 5, 2026', 'dayFirst', 'MMM DD, YYYY'],
    ['5 marca 2026 14:22', 'dayFirst', 'DD MMM YYYY hh:mm'],
    ['2026-Mar-05', 'dayFirst', 'YYYY-MMM-DD'],
    ['20260305', 'dayFirst', 'YYYYMMDD'],
  ] as const)('names %s (%s) as %s', (sample, order, expected) => {
    expect(describeFormat(sample, order)).toBe(expected);
  });

  it('names the year and the hour in the letters of the page’s language (Polish: rok, godzina)', () => {
    const polish = { year: 'R', hour: 'g' };
    expect(describeFormat('14.03.2026 09:30', 'dayFirst', polish)).toBe('DD.MM.RRRR gg:mm');
    expect(describeFormat('5 marca 2026', 'dayFirst', polish)).toBe('DD MMM RRRR');
    expect(describeFormat('20260305', 'dayFirst', polish)).toBe('RRRRMMDD');
    // A value that is no date is shown as written, its letters untouched.
    expect(describeFormat('Thursday', 'dayFirst', polish)).toBe('Thursday');
  });

  it('leaves Excel serials to the caller to name', () => {
    expect(describeFormat('46095', 'dayFirst')).toBeNull();
  });
});

describe('readPlainDate', () => {
  const plain = (raw: string) => {
    const out = new Int32Array(4);
    return readPlainDate(raw, out) ? { dayFirst: out[0], monthFirst: out[1], yearFirst: out[2], year: out[3] } : null;
  };

  it('reads the plain forms as readDate does', () => {
    const values = ['2026-03-14', '2026/3/4', '14/03/2026', '03/14/2026', '3.4.26', '31-12-99', '29/02/2024', '29/02/2023', '31/04/2026', '2026-02-30', '2026-13-01', '00/00/2000', '1/1/1850', '12/31/2199', '2026-03-0014', '2026.03-14', '7/8/69', '7/8/70'];
    for (const value of values) expect(plain(value), value).toEqual(readDate(value));
  });

  it('reads every day of 1968–2031 in each plain form as readDate does', () => {
    for (let day = Date.UTC(1968, 0, 1) / 86_400_000; day < Date.UTC(2032, 0, 1) / 86_400_000; day += 3) {
      const date = new Date(day * 86_400_000);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const yy = String(y % 100).padStart(2, '0');
      for (const value of [`${y}-${m}-${d}`, `${m}/${d}/${y}`, `${d}.${m}.${yy}`, `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`]) {
        const read = plain(value);
        if (!read || JSON.stringify(read) !== JSON.stringify(readDate(value))) throw new Error(`${value}: ${JSON.stringify(read)}`);
      }
    }
  });

  it('reads any text of digits and separators it answers for as readDate does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789/.-1 a'), minLength: 4, maxLength: 13 }), (value) => {
        const read = plain(value);
        if (read) expect(read, value).toEqual(readDate(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves every other form to readDate', () => {
    const others = ['', ' 2026-03-14', '2026-03-14 10:00', '2026-03-14T10:00:00Z', '2026年3月14日', '45000', '14/03', '/03/2026', '14//2026', '14/03/', '14/03/2026/1', '123/03/2026', '14/03/202', '14/003/2026', '12345-1-1', 'soon', '2026-03-14,'];
    for (const value of others) expect(plain(value), value).toBeNull();
  });
});
