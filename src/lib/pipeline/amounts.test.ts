import { describe, expect, it } from 'vitest';
import { amountIn, chooseDecimalMark, currencyMark, emptyAmountTally, plainAmount, readAmount, tallyAmount, type AmountTally } from './amounts';
import { sameCurrency } from './same-currency';

const value = (raw: string, mark: 'dot' | 'comma' = 'dot') => {
  const reading = readAmount(raw);
  return reading.kind === 'number' ? amountIn(reading, mark) : reading.kind;
};

describe('readAmount', () => {
  it.each([
    ['12500.00', 12500],
    ['$1,234.50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['12 500,00', 12500],
    ['¥12,800.00', 12800],
    ['￥12,800', 12800],
    ['PLN 1 200', 1200],
    ['1 200 zł', 1200],
    ['NT$ 3,000', 3000],
    ['(1,234)', -1234],
    ['-250', -250],
    ['−250.5', -250.5],
    ['0', 0],
    ['1,234,567.89', 1234567.89],
  ])('reads %s as %d', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  it.each([
    ['(1\u00a0200,00) zł', -1200],
    ['(1,200.00) USD', -1200],
    ['$(1,200.00)', -1200],
    ['PLN (300)', -300],
    ['(€ 50)', -50],
  ])('reads %s, an accounting negative with its currency outside or inside the brackets, as %d', (raw, expected) => {
    expect(value(raw, raw.includes('zł') ? 'comma' : 'dot')).toBe(expected);
    expect(readAmount(raw)).toMatchObject({ kind: 'number' });
  });

  it.each(['', '—', '–', '-', 'n/a', 'N/A', ' none ', '无'])('reads %j as no amount', (raw) => {
    expect(value(raw)).toBe('empty');
  });

  it.each(['abc', 'TBD', '12..5', '1,2,3,4', '$'])('says %j is not an amount', (raw) => {
    expect(value(raw)).toBe(raw === '$' ? 'empty' : 'bad');
  });

  it('says a value beyond any real amount is not one, never Infinity', () => {
    expect(value('9'.repeat(400))).toBe('bad');
    expect(value(`$${'9'.repeat(400)}.00`)).toBe('bad');
    expect(value(`1,${'000,'.repeat(120)}000`)).toBe('bad');
    expect(value('1234567890123456789')).toBe('bad');
    // A quadrillion is the largest figure the workbook takes (MAX_MAGNITUDE).
    expect(value('1000000000000000')).toBe(1e15);
    expect(value('1000000000000001')).toBe('bad');
  });

  it('reads "1,234" as 1234 in a dot column and 1.234 in a comma column', () => {
    expect(value('1,234', 'dot')).toBe(1234);
    expect(value('1,234', 'comma')).toBe(1.234);
    expect(value('1.234', 'comma')).toBe(1234);
  });

  it('names the decimal mark a value shows, if it shows one', () => {
    expect(readAmount('1.234,50')).toMatchObject({ evidence: 'comma' });
    expect(readAmount('12,5')).toMatchObject({ evidence: 'comma' });
    expect(readAmount('12.5')).toMatchObject({ evidence: 'dot' });
    expect(readAmount('1,234')).not.toHaveProperty('evidence');
    expect(readAmount('1200')).not.toHaveProperty('evidence');
  });

  it('names the mark a value that reads both ways hints at by its grouping', () => {
    expect(readAmount('12.000')).toMatchObject({ value: 12, comma: 12000, grouped: 'comma' });
    // Two dots can only group: that value proves its mark.
    expect(readAmount('1.250.000')).toMatchObject({ value: 1250000, evidence: 'comma' });
    expect(readAmount('1,234')).toMatchObject({ value: 1234, comma: 1.234, grouped: 'dot' });
    expect(readAmount('1,234.50')).not.toHaveProperty('grouped');
  });
});

/** The column's decimal mark after reading `raws` as they stream by. */
function columnMark(raws: string[]) {
  const tally: AmountTally = emptyAmountTally();
  for (const raw of raws) {
    const reading = readAmount(raw);
    if (reading.kind === 'number') tallyAmount(tally, reading);
  }
  return chooseDecimalMark(tally);
}

describe('chooseDecimalMark', () => {
  const tally = (counts: Partial<AmountTally>) => ({ ...emptyAmountTally(), ...counts });
  it('follows the mark more values show, a dot by default', () => {
    expect(chooseDecimalMark(tally({ dot: 1, comma: 9 }))).toBe('comma');
    expect(chooseDecimalMark(tally({}))).toBe('dot');
    expect(chooseDecimalMark(tally({ dot: 3, comma: 3 }))).toBe('dot');
  });

  it('where no value shows a mark, follows the grouping: whole amounts with dots between thousands', () => {
    // A European export of whole amounts: 12.000 is twelve thousand, not twelve.
    expect(columnMark(['12.000', '8.500', '4.250', '1.200', '25.000'])).toBe('comma');
    const mark = columnMark(['12.000', '8.500']);
    expect([readAmount('12.000'), readAmount('8.500')].map((r) => r.kind === 'number' && amountIn(r, mark))).toEqual([12000, 8500]);
    expect(columnMark(['1,234', '12,000', '500'])).toBe('dot');
    // A value that shows its mark outweighs any number of hints.
    expect(columnMark(['12.000', '8.500', '4.250', '99.5'])).toBe('dot');
    expect(columnMark(['1,234', '2,500', '12,5'])).toBe('comma');
    // Plain numbers hint at nothing: a dot.
    expect(columnMark(['1200', '300'])).toBe('dot');
  });
});

describe('plainAmount', () => {
  it('reads plain numbers to the same value as Number()', () => {
    const plain = ['12500', '-40', '0', '007', '12500.00', '-1.5', '0.25', '0.1', '0.07', '1234567.89', '99999999999.99', '999999999999999', '-0', '-0.00'];
    for (const raw of plain) expect(Object.is(plainAmount(raw), Number(raw))).toBe(true);
  });

  it('reads every two-decimal amount up to 10,000.00 as Number() does', () => {
    for (let cents = 0; cents <= 1_000_000; cents += 7) {
      const raw = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      if (plainAmount(raw) !== Number(raw)) throw new Error(`${raw}: ${plainAmount(raw)} ≠ ${Number(raw)}`);
    }
  });

  it('leaves every other form to readAmount (NaN)', () => {
    const others = ['1234567890123456789', '9'.repeat(400), '', '-', '1.234', '1.', '.5', '1,5', ' 12', '12 ', '+5', '--5', '1e5', '1.2.3', '١٢', '$12', '12-', '(12)', '0x10'];
    expect(others.map(plainAmount)).toEqual(others.map(() => NaN));
  });
});

describe('currencyMark', () => {
  it.each([
    ['$1,000.00', '$'],
    ['US$ 3,000', 'USD'],
    ['NT$3,000', 'TWD'],
    ['1.234,50 €', 'EUR'],
    ['£250', 'GBP'],
    ['12 000 zł', 'PLN'],
    ['¥300,000', '¥'],
    ['￥12,800', '¥'],
    ['12,800元', 'CNY'],
    ['EUR', 'EUR'],
    ['usd', 'USD'],
    ['Euro', 'EUR'],
    ['złotych', 'PLN'],
    ['人民币', 'CNY'],
    ['JPY', 'JPY'],
    ['12500.00', null],
    ['', null],
  ])('%j names %j', (raw, mark) => {
    expect(currencyMark(raw)).toBe(mark);
  });

  it.each([
    ['SEK', 'SEK'],
    ['nok', 'NOK'],
    [' CZK ', 'CZK'],
    ['R$ 1.000,00', 'BRL'],
    ['R$', 'BRL'],
    ['Yes', null],
    ['pcs', null],
  ])('%j, a currency code or sign not in the list, names %j', (raw, mark) => {
    expect(currencyMark(raw)).toBe(mark);
  });

  it.each([
    // A sign that stands for one currency is named by its code.
    ['₩1,000,000', 'KRW'],
    ['₺ 1.250,00', 'TRY'],
    ['25 000 ₫', 'VND'],
    ['₱12,500', 'PHP'],
    ['1 000 ₴', 'UAH'],
    ['1 000 Kč', 'CZK'],
    ['12 000 Ft', 'HUF'],
    ['Kč', 'CZK'],
    // "kr" may be Swedish, Norwegian, Danish or Icelandic crowns: the shared sign, as "$" is.
    ['1 000 kr', 'kr'],
    ['kr 1 000', 'kr'],
    ['1.000 kr.', 'kr'],
    ['12 000 kronor', 'kr'],
    ['kr', 'kr'],
    // A sign with no code here is kept as written.
    ['₾ 1 000', '₾'],
    ['₾', '₾'],
    // Letters that only look like a mark inside a word name none.
    ['Draft', null],
    ['Kroatien Holdings', null],
  ])('%j names %j', (raw, mark) => {
    expect(currencyMark(raw)).toBe(mark);
  });

  it('reads an amount beside a sign the list does not name, or a shared one, and names it as written', () => {
    expect(readAmount('₩1,000,000')).toMatchObject({ kind: 'number', value: 1_000_000, currency: 'KRW' });
    expect(readAmount('1 000 Kč')).toMatchObject({ kind: 'number', value: 1000, currency: 'CZK' });
    expect(readAmount('1 250,50 kr')).toMatchObject({ kind: 'number', value: 1250.5, currency: 'kr' });
    expect(readAmount('1.000 kr.')).toMatchObject({ kind: 'number', currency: 'kr' });
    expect(readAmount('₾ 1 000')).toMatchObject({ kind: 'number', value: 1000, currency: '₾' });
    expect(readAmount('-₾ 1 000')).toMatchObject({ kind: 'number', value: -1000, currency: '₾' });
    // A long run around a currency symbol is no sign: not a number, as any other word.
    expect(readAmount('₾xyzw 100')).toEqual({ kind: 'bad' });
  });

  it('reads an amount beside any currency’s code, and names it', () => {
    expect(readAmount('50 000 SEK')).toMatchObject({ kind: 'number', value: 50000, currency: 'SEK' });
    expect(readAmount('NOK 1,250.50')).toMatchObject({ kind: 'number', value: 1250.5, currency: 'NOK' });
    expect(readAmount('R$ 1.000,00')).toMatchObject({ kind: 'number', value: 1000, currency: 'BRL' });
    // Three letters that are no currency leave the value unread, as any other word does.
    expect(readAmount('100 pcs')).toEqual({ kind: 'bad' });
  });

  it('reads the amount the same with its mark as without it', () => {
    expect(['US$ 3,000', '3,000 USD', 'EUR 3.000,00', '3 000 złotych'].map((raw) => readAmount(raw))).toMatchObject([
      { value: 3000 },
      { value: 3000 },
      { value: 3000 },
      { value: 3000 },
    ]);
  });
});

describe('sameCurrency', () => {
  it('matches a shared sign to each currency it stands for, and nothing else', () => {
    expect(sameCurrency('USD', 'USD')).toBe(true);
    expect(sameCurrency('$', 'USD')).toBe(true);
    expect(sameCurrency('CAD', '$')).toBe(true);
    expect(sameCurrency('¥', 'JPY')).toBe(true);
    expect(sameCurrency('¥', 'CNY')).toBe(true);
    expect(sameCurrency('$', 'EUR')).toBe(false);
    expect(sameCurrency('¥', '$')).toBe(false);
    expect(sameCurrency('USD', 'CAD')).toBe(false);
    expect(sameCurrency('PLN', 'EUR')).toBe(false);
    expect(sameCurrency('kr', 'SEK')).toBe(true);
    expect(sameCurrency('NOK', 'kr')).toBe(true);
    expect(sameCurrency('kr', 'CZK')).toBe(false);
    expect(sameCurrency('kr', '$')).toBe(false);
  });
});
