// @ts-check
/**
 * Works offline after one visit: once the site is built (and searched), Workbox writes a
 * service worker that precaches every built file — pages in every locale, scripts, styles,
 * the search index — so each page and tool opens with the network off. The worker waits to
 * take over until the page asks it to (the "new version" prompt), so an update never reloads
 * a page under someone's typing. Its runtime is written beside it: no request leaves the site.
 */
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';

/**
 * Runs in the service worker, written into it as text by Workbox: it may use nothing from here.
 * @param {{ request: Request, url: URL }} options
 */
async function offlineNavigation({ request, url }) {
  try {
    return await fetch(request);
  } catch (error) {
    /** @param {string} path */
    const cached = (path) => caches.match(path, { ignoreSearch: true });
    if (!url.pathname.endsWith('/') && (await cached(`${url.pathname}/index.html`))) {
      return Response.redirect(`${url.pathname}/${url.search}`, 301);
    }
    const folder = url.pathname.split('/')[1];
    const notFound = (folder && (await cached(`/${folder}/404.html`))) || (await cached('/404.html'));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    throw error;
  }
}

/** @returns {import('astro').AstroIntegration} */
export function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,js,css,json,svg,ico,png,webmanifest,txt,wasm,pagefind,pf_meta,pf_index,pf_fragment}'],
          globIgnores: ['sw.js', 'workbox-*.js', '_headers'],
          swDest: `${root}/sw.js`,
          // "/funnel/" is served by "/funnel/index.html"; a share link's #fragment never reaches the worker.
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          // Hashed file names change with their content: no cache-busting query needed.
          dontCacheBustURLsMatching: /\/_astro\//,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          cleanupOutdatedCaches: true,
          // Offline, an address the precache does not hold: one without its last slash goes to its
          // page ('/pl/funnel' → '/pl/funnel/', as the host redirects online), anything else gets
          // the site's "Page not found" in the language of its folder. Online, the host answers.
          runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: offlineNavigation }],
          // A new version waits for the page's "reload" (it posts SKIP_WAITING).
          skipWaiting: false,
          clientsClaim: false,
          inlineWorkboxRuntime: false,
          sourcemap: false,
          mode: 'production',
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
