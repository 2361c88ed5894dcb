import { describe, expect, it } from 'vitest';
import { currencyChoices } from './currency-choices';
import { commonCurrencies } from './settings';

describe('the currencies the settings offer', () => {
  it('puts the common ones first, in their own order, named in the page’s language', () => {
    const { common } = currencyChoices('en', []);
    expect(common.map((c) => c.code)).toEqual([...commonCurrencies]);
    expect(common.slice(0, 3)).toEqual([
      { code: 'USD', name: 'US Dollar' },
      { code: 'EUR', name: 'Euro' },
      { code: 'GBP', name: 'British Pound' },
    ]);
    expect(currencyChoices('zh-CN', []).common[0]).toEqual({ code: 'USD', name: '美元' });
  });

  it.each([
    // Sorted by name as each language sorts: Chinese by pinyin (ba, han, rui), not by code point
    // (巴 U+5DF4, 瑞 U+745E, 韩 U+97E9); Polish names in lower case, with a code Intl has no name
    // for among them, not before them.
    [
      'en',
      ['SEK', 'KRW', 'BHD', 'AFN'],
      ['AFN Afghan Afghani', 'BHD Bahraini Dinar', 'KRW South Korean Won', 'SEK Swedish Krona'],
    ],
    ['zh-CN', ['SEK', 'KRW', 'BHD'], ['BHD 巴林第纳尔', 'KRW 韩元', 'SEK 瑞典克朗']],
    ['zh-TW', ['SEK', 'KRW', 'BHD'], ['BHD 巴林第納爾', 'SEK 瑞典克朗', 'KRW 韓元']],
    [
      'pl',
      ['ZWG', 'KRW', 'XSU', 'THB'],
      ['THB baht tajski', 'KRW won południowokoreański', 'XSU XSU', 'ZWG złoto Zimbabwe'],
    ],
  ])('in %s sorts the others by name: %j', (lang, known, expected) => {
    const { others } = currencyChoices(lang, known);
    expect(others.map((c) => `${c.code} ${c.name}`)).toEqual(expected);
  });

  it('lists every other currency Intl knows once, and none of the common ones again', () => {
    const known = Intl.supportedValuesOf('currency');
    const { others } = currencyChoices('pl', known);
    const codes = others.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.some((code) => (commonCurrencies as readonly string[]).includes(code))).toBe(
      false,
    );
    expect(codes.length).toBe(
      known.filter((code) => !(commonCurrencies as readonly string[]).includes(code)).length,
    );
    expect(codes).toContain('KRW');
  });
});
