// @ts-check
/**
 * Guides, glossary entries and other Markdown content are set as a typesetter of their language
 * sets them (src/i18n/typesetting.ts): in Polish, a one-letter word never ends a line. A Sätteri
 * hast plugin, for the documents under a `pl/` folder of content/; it leaves code alone.
 */
import { bindShortWords } from '../i18n/typesetting.ts';

/** The content folder a document is in names its locale: content/guides/pl/sla.mdx → "pl". */
export function contentLocale(/** @type {URL | undefined} */ fileURL) {
  return fileURL?.pathname.match(/\/content\/[^/]+\/([a-z]{2}(?:-[a-z]{2})?)\//)?.[1];
}

/** The plugin for one document, or nothing when its language needs none. @param {{ fileURL: URL | undefined }} ctx */
export function typesettingPlugin(ctx) {
  const locale = contentLocale(ctx.fileURL);
  if (!locale || bindShortWords('a b', locale) === 'a b') return null;
  const attributes = {
    filter: [],
    /** A component's text given as an attribute: <Aside title="…">. @param {any} node @param {any} ctx */
    visit(node, ctx) {
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const value = bindShortWords(attribute.value, locale);
        if (value !== attribute.value) ctx.setProperty(node, attribute.name, value);
      }
    },
  };
  return {
    name: 'typesetting',
    mdxJsxFlowElement: attributes,
    mdxJsxTextElement: attributes,
    /** @param {any} node @param {any} ctx */
    text(node, ctx) {
      if (ctx.parent(node)?.tagName === 'code') return;
      const value = bindShortWords(node.value, locale);
      if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
    },
  };
}
