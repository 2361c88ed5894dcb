import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentLocale, typesettingPlugin } from './typesetting.mjs';

const html = (markdown: string, path: string) =>
  markdownToHtml(markdown, { hastPlugins: [typesettingPlugin], fileURL: new URL(`file:///repo${path}`) }).html.trim();

describe('Markdown content set in its language', () => {
  it('binds Polish one-letter words, also before a link, and leaves code alone', () => {
    const out = html('Status leada w [CRM](/crm/) i w SLA, `a b` w kodzie.', '/content/guides/pl/sla.mdx');
    expect(out).toBe('<p>Status leada w\u00a0<a href="/crm/">CRM</a> i\u00a0w\u00a0SLA, <code>a b</code> w\u00a0kodzie.</p>');
  });

  it('leaves other languages as written', () => {
    expect(html('A plan in a month.', '/content/guides/en/sla.mdx')).toBe('<p>A plan in a month.</p>');
  });

  it('reads the locale from the content folder', () => {
    expect(contentLocale(new URL('file:///r/content/guides/zh-tw/sla.mdx'))).toBe('zh-tw');
    expect(contentLocale(new URL('file:///r/content/quizzes/pl/sla.yaml'))).toBe('pl');
    expect(contentLocale(undefined)).toBeUndefined();
  });
});

describe('MDX components’ text', () => {
  it('binds Polish one-letter words in a component’s string attributes', () => {
    const out = mdxToJs('<Aside kind="tip" title="Zacznij w tym miesiącu">\n\nTekst.\n\n</Aside>\n', {
      hastPlugins: [typesettingPlugin],
      fileURL: new URL('file:///repo/content/guides/pl/alignment.mdx'),
    });
    const code = typeof out === 'string' ? out : (out as { code: string }).code;
    expect(code).toMatch(/title: "Zacznij w(\\xA0|\u00a0)tym miesiącu"/);
    expect(code).toContain('kind: "tip"');
  });
});
