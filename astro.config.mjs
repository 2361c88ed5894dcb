// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from 'astro-pagefind';
import { copyFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { tableRegionPlugin } from './src/markdown/table-region.mjs';
import { typesettingPlugin } from './src/markdown/typesetting.mjs';
import { serviceWorker } from './integrations/service-worker.mjs';
import { leanPreload } from './integrations/lean-preload.mjs';
import { leanPreactClient } from './integrations/lean-preact-client.mjs';
import { hydrateOnUse } from './integrations/hydrate-on-use.mjs';
import { splitFlatModules } from './integrations/split-flat-modules.mjs';

/**
 * Static hosts look for `404.html` beside the missing path: give each locale folder its own.
 * @type {import('astro').AstroIntegration}
 */
const localized404 = {
  name: 'localized-404',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const page = new URL(`${entry.name}/404/index.html`, dir);
        if (entry.isDirectory() && existsSync(page)) await copyFile(page, new URL(`${entry.name}/404.html`, dir));
      }
    },
  },
};

export default defineConfig({
  site: 'https://planning-workbook.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The service worker comes last: it precaches what the others wrote (pages, the search index).
  integrations: [mdx(), preact(), hydrateOnUse(), pagefind(), localized404, serviceWorker()],
  markdown: {
    // Shiki writes inline styles, which a strict CSP forbids; guides carry no code blocks.
    syntaxHighlight: false,
    // Guides' tables scroll inside a named, focusable box on a phone (MDX runs this processor too);
    // Polish text keeps its one-letter words with the word after them.
    processor: satteri({ hastPlugins: [tableRegionPlugin, typesettingPlugin] }),
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind's search index is WebAssembly; nothing else needs more than 'self' + hashes.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
  vite: { plugins: [leanPreload(), leanPreactClient(), splitFlatModules(['valibot'])] },
  devToolbar: { enabled: false },
});
