/**
 * Vite wraps every dynamic import() in a helper that also preloads the imported chunk's own
 * imports, and loads CSS for it, and reports failures as `vite:preloadError`. The helper ships
 * on every page with an island (Astro's Preact renderer has an import() of its own), and at
 * about 0.9 KB gzipped it is heavier than most of our islands' parts. Vite offers no switch for
 * it (vitejs/vite#18551), so this plugin serves a lean one: the same parallel modulepreload of
 * the chunk's imports, nothing else. None of our lazily loaded chunks brings CSS (the site's
 * styles are global) and nothing listens for `vite:preloadError`; a failed import() rejects
 * as it would without the helper.
 *
 * The preload is for the network: it fetches a chunk's imports side by side rather than one level
 * after another. A page the service worker controls gets every chunk from the precache, where
 * there is no waiting to save, and there the links cost the main thread instead: on a return
 * visit to /zh-cn/plan/ (four PlanPacket parts, 46 chunks behind them), Chromium at a 4× slower
 * CPU blocked input about a quarter longer with them than without. So a controlled page skips them.
 *
 * Each import() names the chunks to preload in a list at the top of the importing chunk, and Vite
 * lists all of the imported chunk's imports, most of them loaded long before: every chunk the
 * importing one imports, itself included, has run by the time its import() can. Those are left
 * out of the list (`resolveDependencies`), as is the imported chunk when nothing else is left,
 * since import() fetches it at once: a part loaded on demand costs the page its call, not the
 * names of thirty chunks the page has already loaded.
 * @returns {import('vite').Plugin}
 */
export function leanPreload() {
  const HELPER = '\0vite/preload-helper.js';
  let base = '/';
  /** The bundle being written, which Vite's import analysis reads after this plugin's generateBundle. */
  let bundle = {};
  /** The chunks loaded by the time `host` runs: itself and every chunk it imports, however deep. */
  const loadedWith = (host, loaded = new Set()) => {
    if (loaded.has(host)) return loaded;
    loaded.add(host);
    const chunk = bundle[host];
    if (chunk?.type === 'chunk') for (const file of chunk.imports) loadedWith(file, loaded);
    return loaded;
  };
  return {
    name: 'lean-preload',
    enforce: 'pre',
    apply: 'build',
    config() {
      return {
        build: {
          modulePreload: {
            resolveDependencies(file, deps, { hostId, hostType }) {
              if (hostType !== 'js') return deps;
              const loaded = loadedWith(hostId);
              const left = deps.filter((dep) => !loaded.has(dep));
              return left.length === 1 && left[0] === file ? [] : left;
            },
          },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, output) {
      bundle = output;
    },
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        if (id !== HELPER) return null;
        return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  if (__VITE_IS_MODERN__ && deps && !navigator.serviceWorker?.controller) {
    for (const dep of deps) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = ${JSON.stringify(base)} + dep;
      document.head.append(link);
    }
  }
  return load();
};`;
      },
    },
    // The lean helper loads no CSS: should a lazily loaded chunk ever bring some, say so. At
    // writeBundle, after Vite's own plugins have put each import()'s dependencies in the code.
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && /__vite__mapDeps=[^;]*\.css/.test(chunk.code)) {
          this.error(`${chunk.fileName} imports a chunk with CSS lazily; integrations/lean-preload.mjs does not load CSS.`);
        }
      }
    },
  };
}
