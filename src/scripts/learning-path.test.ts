import { describe, expect, it } from 'vitest';
import { dictionaries } from '../i18n';
import { progressText } from './learning-path';

const messagesOf = (locale: keyof typeof dictionaries) => {
  const d = dictionaries[locale] as Record<string, string>;
  const forms = (base: string) =>
    Object.fromEntries(
      ['one', 'few', 'many', 'other'].flatMap((f) =>
        d[`${base}.${f}`] ? [[f, d[`${base}.${f}`]]] : [],
      ),
    );
  return { guides: forms('learn.progress.guides'), quizzes: forms('learn.progress.quizzes') };
};

describe('the learning path’s progress line', () => {
  it('counts guides and quizzes in their plural forms', () => {
    expect(progressText(messagesOf('en'), 0, 8, 0, 'en')).toBe(
      '0 of 8 guides read · 0 quizzes completed',
    );
    expect(progressText(messagesOf('en'), 3, 8, 1, 'en')).toBe(
      '3 of 8 guides read · 1 quiz completed',
    );
    expect(progressText(messagesOf('zh-cn'), 3, 8, 1, 'zh-CN')).toBe(
      '已读 3 / 8 篇 · 完成 1 个测验',
    );
    expect(progressText(messagesOf('pl'), 3, 8, 2, 'pl')).toBe(
      'Przeczytane przewodniki: 3 z\u00a08 · ukończone quizy: 2',
    );
  });
});
