import { describe, expect, it } from 'vitest';
import { formatRowList } from './row-list';

describe('formatRowList', () => {
  it('writes row numbers as identifiers, without grouping, in the list of each language', () => {
    const rows = [1001, 2001, 30001];
    expect(formatRowList(rows, rows.length, 'en')).toBe('1001, 2001, and 30001');
    expect(formatRowList(rows, rows.length, 'pl')).toBe('1001, 2001 i 30001');
    expect(formatRowList(rows, rows.length, 'zh-CN')).toBe('1001、2001和30001');
    expect(formatRowList(rows, rows.length, 'zh-TW')).toBe('1001、2001和30001');
    expect(formatRowList([12345], 1, 'en')).toBe('12345');
  });

  it('says the list goes on where it holds fewer rows than were counted', () => {
    expect(formatRowList([2, 3, 1000], 250, 'en')).toBe('2, 3, and 1000 …');
  });
});
