import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableLabel, tableRegionPlugin } from './table-region.mjs';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [tableRegionPlugin] }).html;
const table = '| P | Question it answers |\n|---|---|\n| Product | What do we solve? |\n';

describe('guides’ tables', () => {
  it('sit in a focusable region named by the heading they follow', () => {
    const out = html(`## The mix on *one* page\n\nIntro.\n\n${table}`);
    expect(out).toMatch(/<div class="table-wrap prose-table" role="region" tabindex="0" aria-label="The mix on one page"><table>/);
    expect(out).toContain('</table></div>');
  });

  it('are named by their header cells when no heading comes before', () => {
    expect(html(table)).toContain('aria-label="P, Question it answers"');
  });

  it('read their label from the siblings before them only', () => {
    type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
    const text = (value: string): Node => ({ type: 'text', value });
    const el = (tagName: string, children: Node[] = []): Node => ({ type: 'element', tagName, properties: {}, children });
    const t = el('table', [el('thead', [el('tr', [el('th', [text('A')])])]), el('tbody', [el('tr', [el('th', [text('row')])])])]);
    expect(tableLabel([el('h3', [text('Grades')]), el('p'), t], 2, t)).toBe('Grades');
    expect(tableLabel([t, el('h3', [text('After')])], 0, t)).toBe('A');
  });
});
