// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * Serves integrations/preact-client.js in place of @astrojs/preact/client.js in the build. The
 * stock client loads on every page with an island and carries what this site never uses (children
 * and slots as static HTML, signals passed as props, client:only); it is about 0.85 KB gzipped, the
 * lean one about a third of that. The dev server keeps the stock client (client-dev.js).
 * @returns {import('vite').Plugin}
 */
export function leanPreactClient() {
  const lean = fileURLToPath(new URL('./preact-client.js', import.meta.url));
  return {
    name: 'lean-preact-client',
    enforce: 'pre',
    apply: 'build',
    resolveId: {
      filter: { id: /^@astrojs\/preact\/client\.js$/ },
      handler: () => lean,
    },
  };
}
