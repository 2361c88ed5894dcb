import { describe, expect, it } from 'vitest';
import { missingTranslations } from './content-parity';

describe('missingTranslations', () => {
  it('is empty when every locale has every slug', () => {
    expect(missingTranslations(['en/a', 'zh-cn/a', 'en/b', 'zh-cn/b'], ['en', 'zh-cn'])).toEqual({});
  });

  it('names the slugs each locale lacks', () => {
    expect(missingTranslations(['en/a', 'en/b', 'zh-cn/c'], ['en', 'zh-cn'])).toEqual({
      en: ['c'],
      'zh-cn': ['a', 'b'],
    });
  });
});
