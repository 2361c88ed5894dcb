import { describe, expect, it } from 'vitest';
import { leanPreload } from '../../integrations/lean-preload.mjs';

/** A chunk as the bundle holds it: its file name and the chunks it imports statically. */
const chunk = (fileName: string, imports: string[] = []) => ({ type: 'chunk', fileName, imports });

/**
 * The page's chunk imports the Preact chunk and a shared one, which imports the store chunk; the
 * chart part, loaded on demand, imports the Preact and store chunks and chart.js.
 */
const bundle = Object.fromEntries(
  [
    chunk('_astro/Page.js', ['_astro/preact.js', '_astro/Shared.js']),
    chunk('_astro/Shared.js', ['_astro/store.js']),
    chunk('_astro/store.js'),
    chunk('_astro/preact.js'),
    chunk('_astro/Charts.js', ['_astro/preact.js', '_astro/store.js', '_astro/chart.js']),
    chunk('_astro/chart.js'),
    chunk('_astro/Note.js', ['_astro/preact.js']),
  ].map((c) => [c.fileName, c]),
);

/** The plugin as Vite runs it: its config, then the bundle, then the preload lists. */
function preloads() {
  const plugin = leanPreload() as unknown as {
    config: () => {
      build: {
        modulePreload: {
          resolveDependencies: (file: string, deps: string[], host: { hostId: string; hostType: string }) => string[];
        };
      };
    };
    generateBundle: (options: object, output: object) => void;
  };
  const { resolveDependencies } = plugin.config().build.modulePreload;
  plugin.generateBundle({}, bundle);
  return (file: string, deps: string[], hostId = '_astro/Page.js', hostType = 'js') =>
    resolveDependencies(file, deps, { hostId, hostType });
}

describe('the preload list of a part loaded on demand', () => {
  it('names only the chunks the page has not loaded by the time it asks for the part', () => {
    const resolve = preloads();
    expect(
      resolve('_astro/Charts.js', ['_astro/Charts.js', '_astro/preact.js', '_astro/store.js', '_astro/chart.js']),
    ).toEqual(['_astro/Charts.js', '_astro/chart.js']);
  });

  it('is empty when the part needs nothing more than itself, which import() fetches at once', () => {
    expect(preloads()('_astro/Note.js', ['_astro/Note.js', '_astro/preact.js'])).toEqual([]);
  });

  it('reads what is loaded from the chunk that asks: a part asking for another keeps the rest', () => {
    const resolve = preloads();
    expect(
      resolve('_astro/Charts.js', ['_astro/Charts.js', '_astro/preact.js', '_astro/store.js', '_astro/chart.js'], '_astro/Note.js'),
    ).toEqual(['_astro/Charts.js', '_astro/store.js', '_astro/chart.js']);
  });

  it('leaves the lists of HTML pages as Vite makes them', () => {
    const deps = ['_astro/Charts.js', '_astro/preact.js'];
    expect(preloads()('_astro/Charts.js', deps, 'index.html', 'html')).toEqual(deps);
  });
});
