import { describe, expect, it } from 'vitest';
import { dictionaries } from './index';
import { bindShortWords, bindShortWordsIn } from './typesetting';

const NBSP = '\u00a0';

describe('bindShortWords', () => {
  it('joins a Polish one-letter word to the word after it', () => {
    expect(bindShortWords('Plik jest odczytywany w tej przeglądarce i nigdy jej nie opuszcza.', 'pl')).toBe(
      `Plik jest odczytywany w${NBSP}tej przeglądarce i${NBSP}nigdy jej nie opuszcza.`,
    );
  });

  it('binds runs of them, at the start, after an opening mark and before a placeholder', () => {
    expect(bindShortWords('W lutym i w marcu (z wyjątkiem „a i b”) {n} z {total}', 'pl')).toBe(
      `W${NBSP}lutym i${NBSP}w${NBSP}marcu (z${NBSP}wyjątkiem „a${NBSP}i${NBSP}b”) {n} z${NBSP}{total}`,
    );
  });

  it('leaves letters inside words, letters that are not Polish words and a final letter alone', () => {
    const text = 'Test A/B, plan B i dom w';
    expect(bindShortWords(text, 'pl')).toBe(`Test A/B, plan B i${NBSP}dom w`);
    expect(bindShortWords('koza i sowa', 'pl')).toBe(`koza i${NBSP}sowa`);
  });

  it('changes nothing in other languages', () => {
    expect(bindShortWords('a plan in a month', 'en')).toBe('a plan in a month');
    expect(bindShortWords('a plan', 'zh-TW')).toBe('a plan');
  });

  it('leaves no Polish message a line break inside a number written with spaced groups ("1 234,5")', () => {
    const broken = Object.entries(dictionaries.pl).filter(([, message]) => /\d \d{3}(?!\d)/.test(message));
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('is applied to the Polish dictionary, and to no other', () => {
    const polish = Object.values(dictionaries.pl);
    expect(polish.some((message) => / [aiouwz] /i.test(message))).toBe(false);
    expect(polish.some((message) => message.includes(NBSP))).toBe(true);
    expect(Object.values(dictionaries.en).some((message) => message.includes(`a${NBSP}`))).toBe(false);
  });
});

describe('bindShortWordsIn', () => {
  it('sets every string of content data, and keeps numbers, dates and the original', () => {
    const date = new Date(0);
    const data = { title: 'Lead w SLA', order: 3, updated: date, options: [{ text: 'a i b', correct: true }] };
    const set = bindShortWordsIn(data, 'pl');
    expect(set).toEqual({ title: `Lead w${NBSP}SLA`, order: 3, updated: date, options: [{ text: `a${NBSP}i${NBSP}b`, correct: true }] });
    expect(data.title).toBe('Lead w SLA');
    expect(bindShortWordsIn(data, 'en')).toEqual(data);
  });

  it('binds a one-letter word before the end of a text node (an element follows)', () => {
    expect(bindShortWords('status leada w ', 'pl')).toBe(`status leada w${NBSP}`);
  });
});
