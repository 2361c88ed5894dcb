import { describe, expect, it } from 'vitest';
import { currencyReport, fileCurrency } from './currency';

describe('fileCurrency', () => {
  it('shows a file that names no currency, or the workbook’s, in the workbook’s', () => {
    expect(fileCurrency(null, 'EUR')).toEqual({ shown: 'EUR', differs: null });
    expect(fileCurrency('EUR', 'EUR')).toEqual({ shown: 'EUR', differs: null });
    // "$" may be US or Canadian dollars; "¥" yuan or yen.
    expect(fileCurrency('$', 'CAD')).toEqual({ shown: 'CAD', differs: null });
    expect(fileCurrency('¥', 'JPY')).toEqual({ shown: 'JPY', differs: null });
  });

  it('shows a file in another currency in its own, and says which', () => {
    expect(fileCurrency('PLN', 'USD')).toEqual({ shown: 'PLN', differs: 'PLN' });
    expect(fileCurrency('$', 'EUR')).toEqual({ shown: 'USD', differs: 'USD' });
    expect(fileCurrency('¥', 'USD')).toEqual({ shown: 'CNY', differs: 'CNY' });
    // A currency the workbook does not offer: named, the figures left in the workbook's.
    expect(fileCurrency('KRW', 'USD')).toEqual({ shown: 'USD', differs: 'KRW' });
  });
});

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
