import { describe, expect, it } from 'vitest';
import { getAt } from './content-path';
import { buildSlaDocument, type SlaDocument, type SlaText } from './document';
import { emptySlaContent, type SlaContent } from './draft';
import { createDraft, updateContent } from './drafts';
import { slaFields } from './fields';
import { buildSlaLabels } from './labels';
import { slaDocumentToMarkdown } from './markdown';
import { escapeBlockText, escapeCellText } from './markdown-escape';
import { liveSyntax, renderText } from './test-markdown';

/**
 * Hostile text typed into every text field must come out of the document unchanged and out of
 * the Markdown in its escaped form, which a CommonMark renderer shows exactly as typed.
 */

const hostile = {
  img: '<img src=x onerror=alert(1)>',
  script: '</script><script>alert(1)</script>',
  svg: '"><svg onload=alert(1)>',
  link: 'javascript:alert(1)',
  rtl: 'invoice\u202Etxt.exe',
};
const long = `${'<b>*x*</b> [a](javascript:b) | '.repeat(3200)}`.slice(0, 100_000);
const labels = buildSlaLabels((key) => key);
const T = '2025-01-01T00:00:00.000Z';

/** A concrete path for every text field: list fields and rows at index 0. */
const textPaths = slaFields.filter((f) => f.input !== 'choice').map((f) => {
  if (f.key.startsWith('icp.personas.') || f.key.startsWith('signOff.')) return f.key.replace(/\.(\w+)$/, '.0.$1');
  return f.input === 'list' ? `${f.key}.0` : f.key;
});

function fillEverything(value: string): SlaContent {
  let draft = createDraft(null, 'Hostile', 'h', T);
  draft = updateContent(draft, 'icp.personas.0', {}, T);
  draft = updateContent(draft, 'signOff.0', { party: 'sales' }, T);
  for (const path of textPaths) draft = updateContent(draft, path, value, T);
  return draft.content;
}

const documentValues = (doc: SlaDocument): SlaText[] => doc.sections.flatMap((s) => s.blocks.flatMap((b) => {
  switch (b.kind) {
    case 'paragraph': return [b.value];
    case 'list': return b.items;
    case 'fields': return b.fields.map((f) => f.value);
    case 'table': return b.rows.flat().flatMap((c) => (c.kind === 'list' ? c.items : [c]));
  }
}));

describe.each(Object.entries(hostile))('hostile text (%s) in every field', (_, value) => {
  const content = fillEverything(value);
  const document = buildSlaDocument(content, labels, { title: value });
  const markdown = slaDocumentToMarkdown(document);

  it('is stored exactly as typed', () => {
    for (const path of textPaths) expect(getAt(content, path), path).toBe(value);
  });

  it('reaches the document unchanged in every field', () => {
    const byPath = new Map(documentValues(document).map((v) => [v.path, v]));
    for (const path of textPaths) expect(byPath.get(path)?.text, path).toBe(value);
    expect(document.title).toBe(value);
  });

  it('appears in the Markdown only in its escaped form, never as live markup', () => {
    const block = escapeBlockText(value);
    const cell = escapeCellText(value);
    expect(renderText(block)).toBe(value.trim() + (value.includes('\u202E') ? '\u202C' : ''));
    expect(liveSyntax(block)).toBe('');
    expect(markdown).toContain(block);
    expect(markdown).toContain(cell);
    expect(markdown).not.toContain(value.trim());
    for (const raw of ['<img', '<script', '</script', '<svg', 'javascript:', '\u202E']) expect(markdown).not.toContain(raw);
  });
});

describe('a 100,000-character paste', () => {
  const content = fillEverything(long);
  const overLimit = (over: number, max: number) => `${over} over ${max}`;

  it('is kept whole in every field of the draft', () => {
    for (const path of textPaths) expect(getAt(content, path), path).toBe(long);
  });

  it('is left out of the document in every field, saying by how much it is over', () => {
    const byPath = new Map(documentValues(buildSlaDocument(content, labels, { formatOverLimit: overLimit })).map((v) => [v.path, v]));
    for (const path of textPaths) {
      const shown = byPath.get(path);
      expect(shown?.overLimit, path).toBe(true);
      expect(shown?.text, path).toMatch(/^\d+ over (200|300|2000)$/);
    }
    // A paragraph holds 2,000 characters: the paste (99,200 of them) is 97,200 over.
    expect(long.length).toBe(99_200);
    expect(byPath.get('goal.statement')?.text).toBe('97200 over 2000');
  });

  it('goes through edit, document and Markdown quickly, and never prints the text', () => {
    const started = performance.now();
    const markdown = slaDocumentToMarkdown(buildSlaDocument(fillEverything(long), labels, { formatOverLimit: overLimit }));
    // Generous: the point is "no quadratic step", not a benchmark (npm run bench measures speed).
    expect(performance.now() - started).toBeLessThan(10_000);
    // One page or so, not 47: the over-long texts are only named.
    expect(markdown.length).toBeLessThan(20_000);
    expect(markdown).not.toContain(escapeBlockText(long).slice(0, 500));
  }, 30_000);

  it('leaves an empty draft’s Markdown free of user text', () => {
    expect(slaDocumentToMarkdown(buildSlaDocument(emptySlaContent(), labels))).not.toContain('undefined');
  });
});
