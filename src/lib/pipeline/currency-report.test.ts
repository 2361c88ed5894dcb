import { describe, expect, it } from 'vitest';
import { currencyName, currencyReport } from './currency-report';

describe('currencyReport', () => {
  it('says how many summed amounts name the file’s currency, of those that name one, and the others set aside', () => {
    // "$" may be dollars: it counts toward USD.
    const counts = [
      { mark: 'USD', count: 5 },
      { mark: 'EUR', count: 2 },
      { mark: '$', count: 1 },
      { mark: 'PLN', count: 1 },
    ];
    expect(currencyReport(counts, 'USD')).toEqual({ main: 'USD', inMain: 6, named: 9, others: [{ mark: 'EUR', count: 2 }, { mark: 'PLN', count: 1 }] });
  });

  it('reports nothing where no summed amount names a currency', () => {
    expect(currencyReport([], null)).toBeNull();
    expect(currencyReport(undefined, null)).toBeNull();
  });
});

describe('currencyName', () => {
  it('names a currency by its code, and one known only by its mark by the mark as written', () => {
    expect(currencyName('KRW')).toBe('KRW');
    expect(currencyName({ mark: 'kr' })).toBe('kr');
  });
});
