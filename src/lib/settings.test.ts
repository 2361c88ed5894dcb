import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { commonCurrencies, defaultSettings, settingsSchema } from './settings';

describe('the workbook’s currency', () => {
  it.each([
    // The common ones, and any other ISO 4217 code Intl formats: the won, the Bahraini dinar (three
    // decimals), the Central African franc, the Chilean unit of account.
    ...commonCurrencies,
    'KRW',
    'BHD',
    'SEK',
    'XAF',
    'CLF',
  ])('may be %s', (currency) => {
    expect(v.parse(settingsSchema, { currency })).toEqual({ ...defaultSettings(), currency });
  });

  it.each([
    ['lower case', 'krw'],
    ['two letters', 'KR'],
    ['four letters', 'DOGE'],
    ['a sign', '₩'],
    ['digits', '123'],
    ['spaces', ' KRW'],
    ['empty', ''],
    ['a number', 410],
    ['null', null],
  ])('is never %s (%j)', (_, currency) => {
    expect(v.safeParse(settingsSchema, { currency }).success).toBe(false);
  });

  it('is USD when none is stored', () => {
    expect(v.parse(settingsSchema, {}).currency).toBe('USD');
  });
});
