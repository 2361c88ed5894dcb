import { describe, expect, it } from 'vitest';
import { dictionaries, interpolate, pickMessages, useTranslations } from './index';
import { htmlLang, locales } from './locales';
import { messageOf } from './lookup';
import { pluralKey } from './text';

const english = dictionaries.en as Record<string, string>;
const englishKeys = Object.keys(english);
const pluralBases = englishKeys
  .filter((key) => key.endsWith('.other') && `${key.slice(0, -'.other'.length)}.one` in english)
  .map((key) => key.slice(0, -'.other'.length));
const others = locales.filter((locale) => locale !== 'en');

describe('UI dictionaries', () => {
  it.each(others)('%s has every key of English, and no other key but its plural forms', (locale) => {
    const messages = dictionaries[locale] as Record<string, string>;
    expect(englishKeys.filter((key) => !(key in messages))).toEqual([]);
    const plurals = new Set(pluralBases.flatMap((base) => ['zero', 'two', 'few', 'many'].map((form) => `${base}.${form}`)));
    expect(Object.keys(messages).filter((key) => !(key in english) && !plurals.has(key))).toEqual([]);
  });

  it.each(locales)('%s writes every plural form its language selects', (locale) => {
    const messages = dictionaries[locale] as Record<string, string>;
    const forms = new Intl.PluralRules(htmlLang[locale]).resolvedOptions().pluralCategories;
    // "one" and "other" are in every dictionary (typed against English); the rest where the language has them.
    const missing = pluralBases.flatMap((base) => forms.map((form) => `${base}.${form}`)).filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s has no empty or untrimmed value', (locale) => {
    const bad = Object.entries(dictionaries[locale]).filter(([, value]) => value.trim() === '' || value !== value.trim());
    expect(bad).toEqual([]);
  });

  it.each(others)('%s keeps every {placeholder} of English', (locale) => {
    const messages = dictionaries[locale] as Record<string, string>;
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
    const mismatched = Object.keys(messages).filter((key) => {
      const source = english[key] ?? english[key.replace(/\.\w+$/, '.other')] ?? '';
      return placeholders(messages[key]!) !== placeholders(source);
    });
    expect(mismatched).toEqual([]);
  });
});

describe('counted messages', () => {
  const say = (locale: (typeof locales)[number], count: number) =>
    interpolate(messageOf(dictionaries[locale], pluralKey('data.count.drafts', count, htmlLang[locale])), { n: count });

  it('take the Polish one, few and many forms', () => {
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => say('pl', n))).toEqual([
      '1 szkic SLA',
      '2 szkice SLA',
      '4 szkice SLA',
      '5 szkiców SLA',
      '12 szkiców SLA',
      '22 szkice SLA',
      '25 szkiców SLA',
    ]);
  });

  it('take English one and other, and Chinese other for every count', () => {
    expect([1, 2].map((n) => say('en', n))).toEqual(['1 SLA draft', '2 SLA drafts']);
    expect([1, 2].map((n) => say('zh-tw', n))).toEqual(['1 份 SLA 草稿', '2 份 SLA 草稿']);
    expect(messageOf(dictionaries['zh-cn'], 'data.count.drafts.few' as never)).toBe(dictionaries['zh-cn']['data.count.drafts.other']);
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
