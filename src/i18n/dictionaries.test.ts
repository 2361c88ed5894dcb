import { describe, expect, it } from 'vitest';
import { dictionaries, interpolate, pickMessages, useTranslations } from './index';
import { locales } from './locales';

describe('UI dictionaries', () => {
  const [first, ...others] = locales;
  const reference = Object.keys(dictionaries[first]).sort();

  it.each(others)('%s has exactly the keys of the default locale', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(reference);
  });

  it.each(locales)('%s has no empty or untrimmed value', (locale) => {
    const bad = Object.entries(dictionaries[locale]).filter(
      ([, value]) => value.trim() === '' || value !== value.trim(),
    );
    expect(bad).toEqual([]);
  });

  it.each(others)('%s keeps every {placeholder} of the default locale', (locale) => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = Object.entries(dictionaries[first]).filter(
      ([key, value]) =>
        JSON.stringify(placeholders(value)) !==
        JSON.stringify(placeholders(dictionaries[locale][key as keyof typeof dictionaries.en])),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('translation helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it('translates per locale', () => {
    expect(useTranslations('en')('nav.funnel')).toBe('Funnel');
    expect(useTranslations('zh-cn')('nav.funnel')).toBe('漏斗');
  });

  it('picks only the messages under the given prefixes', () => {
    const picked = pickMessages('en', ['search.']);
    expect(Object.keys(picked).length).toBeGreaterThan(3);
    expect(Object.keys(picked).every((key) => key.startsWith('search.'))).toBe(true);
  });
});
