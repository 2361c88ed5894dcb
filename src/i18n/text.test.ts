import { describe, expect, it } from 'vitest';
import { dictionaries } from './index';
import { interpolate } from './interpolate';
import { locales } from './locales';
import { formatList, formatListSpaced, interpolateParts, listParts, pluralData, pluralForm, pluralFromData, pluralKey } from './text';

describe('counted messages for page scripts', () => {
  const polish: Record<string, string> = { one: '{count} wynik', few: '{count} wyniki', many: '{count} wyników', other: '{count} wyniku' };

  it('are written as one data attribute per form the locale has', () => {
    expect(pluralData('msgCount', (form) => polish[form])).toEqual({
      'data-msg-count-one': '{count} wynik',
      'data-msg-count-few': '{count} wyniki',
      'data-msg-count-many': '{count} wyników',
      'data-msg-count-other': '{count} wyniku',
    });
  });

  it('carry only the forms the language selects', () => {
    expect(Object.keys(pluralData('msgCount', (form) => `${form} form`, 'zh-CN'))).toEqual(['data-msg-count-other']);
    expect(Object.keys(pluralData('msgCount', (form) => `${form} form`, 'en'))).toEqual(['data-msg-count-one', 'data-msg-count-other']);
  });

  it('are read back in the form the count needs, else "other"', () => {
    // What the browser's dataset holds for those attributes.
    const dataset = { msgCountOne: '{count} wynik', msgCountFew: '{count} wyniki', msgCountMany: '{count} wyników', msgCountOther: '{count} wyniku' };
    expect([1, 3, 5, 22].map((n) => pluralFromData(dataset, 'msgCount', n, 'pl'))).toEqual(['{count} wynik', '{count} wyniki', '{count} wyników', '{count} wyniki']);
    expect(pluralFromData({ msgCountOther: '共 {count} 条结果' }, 'msgCount', 1, 'zh-CN')).toBe('共 {count} 条结果');
    expect(pluralFromData({ msgCountOne: '{count} result', msgCountOther: '{count} results' }, 'msgCount', 1, 'en')).toBe('{count} result');
  });
});

describe('pluralForm', () => {
  it.each([
    [0, 'en', 'other'],
    [1, 'en', 'one'],
    [2, 'en', 'other'],
    [1.5, 'en', 'other'],
    [1, 'zh-CN', 'other'],
    [2, 'zh-CN', 'other'],
    [1, 'pl', 'one'],
    [3, 'pl', 'few'],
    [5, 'pl', 'many'],
    [22, 'pl', 'few'],
    [1.5, 'pl', 'other'],
  ] as const)('%s in %s is %s', (count, locale, form) => {
    expect(pluralForm(count, locale)).toBe(form);
  });

  it('builds the key of the form', () => {
    expect(pluralKey('data.count.drafts', 1, 'en')).toBe('data.count.drafts.one');
    expect(pluralKey('data.count.drafts', 3, 'en')).toBe('data.count.drafts.other');
  });

  it.each(locales)('%s writes both forms of every counted message', (locale) => {
    const keys = Object.keys(dictionaries[locale]);
    const bases = keys.filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -'.one'.length));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(keys, base).toContain(`${base}.other`);
  });

  it('words the data page’s counts in the singular and the plural', () => {
    const say = (count: number) => interpolate(dictionaries.en[pluralKey('data.count.drafts', count, 'en')] ?? '', { n: count });
    expect(say(1)).toBe('1 SLA draft');
    expect(say(2)).toBe('2 SLA drafts');
  });
});

describe('formatList', () => {
  it('joins in the locale’s way', () => {
    expect(formatList([1, 2, 3], 'en')).toBe('1, 2, and 3');
    expect(formatList([1, 2, 3], 'zh-CN')).toBe('1、2和3');
    expect(formatList(['B'], 'en')).toBe('B');
  });
});

describe('listParts', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  it('puts the locale’s separators between elements', () => {
    expect(listParts([a, b, c], 'en')).toEqual([a, ', ', b, ', ', c]);
    expect(listParts([a, b, c], 'zh-CN')).toEqual([a, '、', b, '、', c]);
    expect(listParts([a], 'zh-CN')).toEqual([a]);
    expect(listParts([], 'en')).toEqual([]);
  });
});

describe('interpolateParts', () => {
  it('puts elements where their placeholders are', () => {
    const code = { tag: 'code' };
    expect(interpolateParts('Formula: {formula}', { formula: code })).toEqual(['Formula: ', code]);
    expect(interpolateParts('公式：{formula}', { formula: code })).toEqual(['公式：', code]);
    expect(interpolateParts('{x} and {y}', { x: code })).toEqual([code, ' and ', '{y}']);
  });
});

describe('interpolate between Chinese and Latin text', () => {
  it('spaces a Latin value from the Han characters around it', () => {
    expect(interpolate('重置{area}', { area: 'SLA' })).toBe('重置 SLA');
    expect(interpolate('{area}已重置。', { area: 'SLA' })).toBe('SLA 已重置。');
    expect(interpolate('重置{area}', { area: '漏斗' })).toBe('重置漏斗');
    expect(interpolate('“{name}”', { name: 'Base' })).toBe('“Base”');
    expect(interpolate('Reset {area}', { area: 'SLA' })).toBe('Reset SLA');
    expect(interpolate('第 {n} 行', { n: 2 })).toBe('第 2 行');
  });
});

describe('a list set in a sentence', () => {
  it('spaces a Latin item from the Chinese word joining it, not from a full-width mark', () => {
    expect(formatListSpaced(['行銷投報率', 'ROMI'], 'zh-TW', { type: 'disjunction' })).toBe('行銷投報率或 ROMI');
    expect(formatListSpaced(['CLV', 'LTV'], 'zh-CN', { type: 'disjunction' })).toBe('CLV 或 LTV');
    expect(formatListSpaced(['顧客終身價值', '客戶生命週期價值', 'CLV'], 'zh-TW', { type: 'disjunction' })).toBe('顧客終身價值、客戶生命週期價值或 CLV');
    expect(formatListSpaced(['CLV', 'LTV', '客户终身价值'], 'zh-CN', { type: 'disjunction' })).toBe('CLV、LTV 或客户终身价值');
  });

  it('sets other languages as formatList does', () => {
    expect(formatListSpaced(['close rate', 'closing rate'], 'en', { type: 'disjunction' })).toBe('close rate or closing rate');
    expect(formatListSpaced(['ROMI', 'ROI marketingu'], 'pl', { type: 'disjunction' })).toBe(formatList(['ROMI', 'ROI marketingu'], 'pl', { type: 'disjunction' }));
  });
});
