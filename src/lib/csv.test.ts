import { describe, expect, it } from 'vitest';
import { csvDialect, csvLine, numberCell, textCell } from './csv';

describe('csvDialect: what a spreadsheet in the page’s language expects', () => {
  it.each([
    ['en', ',', '.'],
    ['zh-CN', ',', '.'],
    ['zh-TW', ',', '.'],
    // Excel in Polish reads "12,5" as a number and splits fields at semicolons.
    ['pl', ';', ','],
    ['de', ';', ','],
  ])('%s: fields split by %j, decimals after %j', (locale, delimiter, decimal) => {
    expect(csvDialect(locale)).toEqual({ delimiter, decimal });
  });
});

describe('numberCell in a decimal-comma dialect', () => {
  const pl = csvDialect('pl');
  it.each([
    [-7.5, '-7,5'],
    [92.5, '92,5'],
    [1 / 3, '0,33'],
    [1.005, '1,01'], // as written, not 1.00499…
    [1_200_000, '1200000'], // no group separators: the spreadsheet groups
    [-0.001, '0'],
  ])('%d → %j', (value, cell) => {
    expect(numberCell(value, pl)).toBe(cell);
  });
});

describe('numberCell with a currency’s own decimals', () => {
  it.each([
    [1234.5675, 3, ',', '1234.568'], // BHD
    [1234.5675, 3, ';', '1234,568'],
    [2_999_999.5, 0, ',', '3000000'], // KRW
  ] as const)('%d with %d decimals (%s dialect) → %j', (value, digits, delimiter, cell) => {
    const dialect = delimiter === ',' ? csvDialect('en') : csvDialect('pl');
    expect(numberCell(value, dialect, digits)).toBe(cell);
  });
});

describe('textCell and csvLine quote what holds the dialect’s delimiter', () => {
  it('quotes a semicolon in the Polish dialect, not a comma', () => {
    const pl = csvDialect('pl');
    expect(textCell('Leady klasy A; w ciągu 1 godz.', pl)).toBe('"Leady klasy A; w ciągu 1 godz."');
    expect(textCell('Zagrożone, ale blisko', pl)).toBe('Zagrożone, ale blisko');
    expect(csvLine([textCell('a;b', pl), numberCell(1.5, pl), ''], pl)).toBe('"a;b";1,5;');
  });
  it('keeps RFC 4180 by default', () => {
    expect(csvLine([textCell('a,b'), numberCell(1.5)])).toBe('"a,b",1.5');
  });
});
