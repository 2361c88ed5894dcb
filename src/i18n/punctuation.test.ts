import { describe, expect, it } from 'vitest';
import { punctuation, sentenceGap } from './punctuation';

describe('sentenceGap', () => {
  it('is a space between sentences in English and Polish, and nothing after a Chinese full stop', () => {
    expect(`Read 4 rows.${sentenceGap('en')}As of May.`).toBe('Read 4 rows. As of May.');
    expect(sentenceGap('pl')).toBe(' ');
    expect(`計入了 4 列。${sentenceGap('zh-TW')}截至 5 月。`).toBe('計入了 4 列。截至 5 月。');
    expect(sentenceGap('zh-CN')).toBe('');
    expect(sentenceGap('ja')).toBe('');
  });
});

describe('punctuation', () => {
  it('joins with half-width marks and a space in English and Polish', () => {
    const p = punctuation('en');
    expect(`Amount${p.open}USD${p.close}`).toBe('Amount (USD)');
    expect(`Language${p.colon}English`).toBe('Language: English');
    expect(`Amount${p.comma}Row 1`).toBe('Amount, Row 1');
    expect(['Lead 4,000', 'MQL 1,000'].join(p.list)).toBe('Lead 4,000, MQL 1,000');
    expect(`No stage${p.semicolon}No amount`).toBe('No stage; No amount');
    expect(punctuation('pl')).toEqual(p);
  });

  it('joins with full-width marks, which carry their own space, in Chinese', () => {
    const p = punctuation('zh-TW');
    expect(`金額${p.open}TWD${p.close}`).toBe('金額（TWD）');
    expect(`語言${p.colon}繁體中文`).toBe('語言：繁體中文');
    expect(`金額${p.comma}第 1 列`).toBe('金額，第 1 列');
    expect(['潛在客戶 4,000', 'MQL 1,000'].join(p.list)).toBe('潛在客戶 4,000、MQL 1,000');
    expect(`沒有階段${p.semicolon}沒有金額`).toBe('沒有階段；沒有金額');
    expect(punctuation('zh-CN')).toEqual(p);
    expect(punctuation('zh-cn')).toEqual(p);
  });
});
