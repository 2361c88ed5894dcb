import { describe, expect, it } from 'vitest';
import { locales, plainTypedLetters } from '../i18n/locales';
import { searchFold } from './search-fold';
import { MAX_SPELLINGS, mergeByPage, searchSpellings } from './search-spellings';

const polish = { l: 'ł' };

describe('searchSpellings', () => {
  it('tries a Polish word typed without its ł with it too, the query as typed first', () => {
    expect(searchSpellings('slownik', polish)).toEqual(['slownik', 'słownik']);
    // Only the ł: search itself reads the plain "o" as "ó" ("współczynnik").
    expect(searchSpellings('wspolczynnik', polish)).toEqual(['wspolczynnik', 'wspołczynnik']);
  });

  it('keeps the case of the letter it replaces', () => {
    expect(searchSpellings('Slownik', polish)).toEqual(['Slownik', 'Słownik']);
    expect(searchSpellings('LAD', polish)).toEqual(['LAD', 'ŁAD']);
  });

  it('leaves a query with no plain l as it is', () => {
    expect(searchSpellings('churn', polish)).toEqual(['churn']);
    expect(searchSpellings('słownik', polish)).toEqual(['słownik']);
    expect(searchSpellings('获客成本', polish)).toEqual(['获客成本']);
    expect(searchSpellings('', polish)).toEqual(['']);
  });

  it('is given, for Polish pages, ł by the plain l the calculator filter folds it to', () => {
    expect(plainTypedLetters.pl).toEqual(polish);
    for (const locale of locales) {
      for (const [plain, letter] of Object.entries(plainTypedLetters[locale])) expect(searchFold(letter)).toBe(plain);
    }
  });

  it('changes nothing in a language with no such letters', () => {
    expect(searchSpellings('funnel', plainTypedLetters.en)).toEqual(['funnel']);
  });

  it('tries every place and every pair of places, fewest replacements first', () => {
    // "lejek lead": l at 0 and 6 → 2² = 4 spellings.
    expect(searchSpellings('lejek lead', polish)).toEqual(['lejek lead', 'łejek lead', 'lejek łead', 'łejek łead']);
  });

  it(`searches at most ${MAX_SPELLINGS} spellings, the fewest replacements first`, () => {
    // Four l's: 1 as typed + 4 with one ł + 3 of the 6 with two, leftmost first = 8 of 16.
    expect(searchSpellings('llll', polish)).toEqual(['llll', 'łlll', 'lłll', 'llłl', 'lllł', 'łłll', 'łlłl', 'łllł']);
    expect(searchSpellings('l'.repeat(200), polish)).toHaveLength(MAX_SPELLINGS);
    expect(searchSpellings('lll', polish, 2)).toEqual(['lll', 'łll']);
  });
});

describe('mergeByPage', () => {
  const page = (id: string, score: number, found: string) => ({ id, score, found });

  it('lists each page once with its best-scored match, best first', () => {
    const typed = [page('a', 2, 'slownik'), page('b', 1, 'slownik')];
    const withL = [page('c', 5, 'słownik'), page('a', 3, 'słownik')];
    expect(mergeByPage([typed, withL])).toEqual([page('c', 5, 'słownik'), page('a', 3, 'słownik'), page('b', 1, 'slownik')]);
  });

  it('keeps the first match of a page found as well by another spelling', () => {
    expect(mergeByPage([[page('a', 2, 'lad')], [page('a', 2, 'ład')]])).toEqual([page('a', 2, 'lad')]);
  });

  it('returns one search’s results in their own order', () => {
    const only = [page('a', 1, 'x'), page('b', 3, 'x')];
    expect(mergeByPage([only])).toEqual(only);
    expect(mergeByPage([[], []])).toEqual([]);
  });
});
