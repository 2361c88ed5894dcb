import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('counts English words at 220 a minute', () => {
    expect(readingMinutes('word '.repeat(660))).toBe(3);
  });

  it('counts Chinese characters at 400 a minute', () => {
    expect(readingMinutes('销售'.repeat(400))).toBe(2);
  });

  it('ignores frontmatter, tags and link targets', () => {
    const source = `---\ntitle: ${'x '.repeat(2000)}\n---\n<Term slug="mql">MQL</Term> [a](https://example.com/${'y'.repeat(900)})`;
    expect(readingMinutes(source)).toBe(1);
  });

  it('says at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
