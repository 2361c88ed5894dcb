import { describe, expect, it } from 'vitest';
import { searchFold } from './search-fold';

describe('searchFold', () => {
  it.each([
    ['Wskaźnik wygranych', 'wskaznik wygranych'],
    ['Średnia marża zysku', 'srednia marza zysku'],
    ['Pipeline WAŻONY', 'pipeline wazony'],
    ['Słownik', 'slownik'],
    ['ＣＡＣ', 'cac'],
    ['ＬＴＶ：ＣＡＣ', 'ltv:cac'],
    ['  churn ', 'churn'],
  ])('reads %j as %j', (typed, folded) => {
    expect(searchFold(typed)).toBe(folded);
  });

  it('leaves Chinese names as they are', () => {
    expect(searchFold('获客成本（CAC）')).toBe('获客成本(cac)');
    expect(searchFold('客戶取得成本')).toBe('客戶取得成本');
  });
});
