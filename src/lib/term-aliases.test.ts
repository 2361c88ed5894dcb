import { describe, expect, it } from 'vitest';
import { aliasesNamingOthers, aliasProblems } from './term-aliases';

describe('aliasProblems', () => {
  it('accepts other names given once', () => {
    expect(aliasProblems('Win rate', undefined, ['close rate', 'closing rate'])).toEqual([]);
    expect(aliasProblems('客戶取得成本', 'CAC', ['獲客成本', '客戶獲取成本'])).toEqual([]);
  });

  it.each([
    ['an empty alias', ['', 'close rate'], [{ index: 0, problem: 'empty' }]],
    ['an alias of spaces', ['close rate', '  '], [{ index: 1, problem: 'empty' }]],
    ['the term itself, in another case', ['WIN RATE'], [{ index: 0, problem: 'same as name' }]],
    ['the term with its spaces doubled', ['win  rate'], [{ index: 0, problem: 'same as name' }]],
    ['the abbreviation, full width', ['ＷＲ'], [{ index: 0, problem: 'same as abbreviation' }]],
    ['an alias given twice', ['close rate', 'Close rate'], [{ index: 1, problem: 'repeated' }]],
  ])('rejects %s', (_, aliases, problems) => {
    expect(aliasProblems('Win rate', 'WR', aliases)).toEqual(problems);
  });

  it('compares Polish names with and without their marks as one', () => {
    expect(aliasProblems('Koszt pozyskania leada', undefined, ['koszt leada', 'Koszt leada'])).toEqual([{ index: 1, problem: 'repeated' }]);
    expect(aliasProblems('Wskaźnik wygranych', undefined, ['wskaznik wygranych'])).toEqual([{ index: 0, problem: 'same as name' }]);
  });
});

describe('aliasesNamingOthers', () => {
  it('is empty when every alias names one entry', () => {
    expect(
      aliasesNamingOthers([
        { id: 'win-rate', name: 'Win rate', aliases: ['close rate'] },
        { id: 'ltv', name: 'Customer lifetime value', abbreviation: 'LTV', aliases: ['CLV'] },
      ]),
    ).toEqual([]);
  });

  it('names an alias that is another entry’s name, abbreviation or alias', () => {
    expect(
      aliasesNamingOthers([
        { id: 'run-rate', name: 'Tempo sprzedaży', aliases: [] },
        { id: 'sales-velocity', name: 'Prędkość sprzedaży', aliases: ['tempo sprzedazy', 'ROI'] },
        { id: 'marketing-roi', name: 'Zwrot z inwestycji', abbreviation: 'ROI', aliases: ['ROMI'] },
        { id: 'roas', name: 'ROAS', aliases: ['romi'] },
      ]),
    ).toEqual([
      'sales-velocity alias “tempo sprzedazy” also names run-rate',
      'sales-velocity alias “ROI” also names marketing-roi',
      'marketing-roi alias “ROMI” also names roas',
      'roas alias “romi” also names marketing-roi',
    ]);
  });
});
