// @ts-check
/**
 * Guides' tables (Markdown tables in content/guides) are often wider than a phone. This step of
 * the Markdown pipeline (a Sätteri hast plugin, which MDX runs too) sets each one in a scrolling
 * box a keyboard can reach and a screen reader names: a `div.table-wrap.prose-table` with
 * role="region", tabindex="0" and an aria-label, the text of the heading the table sits under
 * (else its header cells). The box shows that it scrolls as every other table of the workbook
 * does (global.css); writers change nothing in their MDX.
 */

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: Node[] }} Node */

/** @param {Node} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const isHeading = (/** @type {Node | undefined} */ node) => node?.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '');

/**
 * A table's name: the nearest heading before it among its siblings, else its header cells.
 * @param {readonly Node[]} siblings @param {number} index @param {Node} table
 */
export function tableLabel(siblings, index, table) {
  for (let i = index - 1; i >= 0; i--) {
    if (isHeading(siblings[i])) return textOf(/** @type {Node} */ (siblings[i])).trim();
  }
  /** @type {string[]} */
  const header = [];
  /** @param {Node} node */
  const walk = (node) => {
    if (node.type === 'element' && node.tagName === 'th') header.push(textOf(node).trim());
    else if (node.type !== 'element' || node.tagName !== 'tbody') (node.children ?? []).forEach(walk);
  };
  walk(table);
  return header.filter(Boolean).join(', ');
}

/** The scrolling box a table is set in. @param {string} label */
export function tableRegion(label) {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-wrap', 'prose-table'], role: 'region', tabIndex: 0, ariaLabel: label || 'Table' },
    children: [],
  };
}

/** The Sätteri hast plugin: `satteri({ hastPlugins: [tableRegionPlugin] })`. */
export const tableRegionPlugin = {
  name: 'table-region',
  element: {
    filter: ['table'],
    /** @param {any} node @param {any} ctx */
    visit(node, ctx) {
      const parent = ctx.parent(node);
      const className = parent?.properties?.className;
      if (Array.isArray(className) && className.includes('table-wrap')) return;
      const siblings = parent?.children ?? [];
      ctx.wrapNode(node, tableRegion(tableLabel(siblings, ctx.indexOf(node) ?? siblings.length, node)));
    },
  },
};
