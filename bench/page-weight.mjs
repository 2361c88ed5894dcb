// The JS each built page loads up front: its module scripts and everything they import
// statically, plus inline scripts. Dynamic imports (loaded on demand) are not counted.
// Islands with `client:use` (src/scripts/hydrate-on-use.ts) load on a first visit only when the
// visitor starts to use them, and at once when the workbook has something stored: they count
// in the weight `withWork`, not in a first visit's; unless they start as a part of them is seen
// (`client:use={{ seen }}`), which counts like `client:visible`. With work stored and the last
// view of a tool kept in this browser (src/scripts/island-view.ts, `keptView`), a `client:use`
// tool without `seen` shows that view and starts on use again: it counts as on a first visit.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
/**
 * Modules a tool fetches with import() as soon as it starts with work to show, not on
 * interaction (a part moved off the first task, loaded at once anyway): they count in the weight
 * with work stored, like static imports. Named in budgets.json (`loadedAtStart`), by the start
 * of their chunk's file name.
 */
const LOADED_AT_START =
  JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')).loadedAtStart ?? [];
const loadsAtStart = (specifier) => {
  const name = specifier.split('/').pop() ?? '';
  return LOADED_AT_START.some((module) => name.startsWith(`${module}.`));
};
const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const ISLAND = /<astro-island\b[^>]*>/g;
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

function resolveUrl(from, specifier) {
  return new URL(specifier, `http://site${from}`).pathname;
}

/** Follows static imports from `url` (and, `withWork`, imports of modules loaded at start) and adds every module file to `seen`. */
function collect(dist, url, seen, withWork = false) {
  if (seen.has(url)) return;
  const file = join(dist, url);
  if (!existsSync(file)) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.') || specifier.startsWith('/'))
      collect(dist, resolveUrl(url, specifier), seen, withWork);
  }
  for (const [, specifier] of withWork ? code.matchAll(DYNAMIC_IMPORT) : []) {
    if (loadsAtStart(specifier)) collect(dist, resolveUrl(url, specifier), seen, withWork);
  }
}

/**
 * @param {{ withWork?: boolean, keptView?: boolean }} [options] withWork: as for a visitor with
 *   work stored, whose `client:use` islands start at once, unless (keptView) the last view of the
 *   tool is kept and shown, when those without `seen` wait for use; otherwise as on a first visit.
 * @returns {{ files: string[], raw: number, gzip: number }}
 */
export function pageWeight(dist, htmlFile, { withWork = false, keptView = false } = {}) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const inline = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT_TAG)) {
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) collect(dist, src, seen, withWork);
    else if (!/type="(application\/(ld\+)?json)"/.test(attrs)) {
      inline.push(body);
      for (const [, specifier] of body.matchAll(STATIC_IMPORT)) {
        if (specifier.startsWith('/')) collect(dist, specifier, seen, withWork);
      }
    }
  }
  // Hydration: each island's component and renderer load as soon as the island hydrates.
  for (const [tag] of html.matchAll(ISLAND)) {
    const startsOnUse =
      attribute(tag, 'client') === 'use' && !attribute(tag, 'opts')?.includes('&quot;seen&quot;');
    if (!withWork && startsOnUse) continue;
    if (startsOnUse && keptView) {
      // With work stored and a view of the tool kept, the page shows it with the Preact client
      // and the code of views it loads (island-view); the tool waits for use.
      const client = attribute(tag, 'renderer-url');
      if (client) {
        collect(dist, client, seen);
        for (const [, specifier] of readFileSync(join(dist, client), 'utf8').matchAll(
          DYNAMIC_IMPORT,
        )) {
          if (specifier.split('/').pop()?.startsWith('island-view.'))
            collect(dist, resolveUrl(client, specifier), seen);
        }
      }
      continue;
    }
    for (const name of ['component-url', 'renderer-url']) {
      const url = attribute(tag, name);
      if (url) collect(dist, url, seen, withWork);
    }
  }
  const chunks = [...inline, ...[...seen].map((url) => readFileSync(join(dist, url), 'utf8'))];
  const all = chunks.join('\n');
  return {
    files: [...seen],
    raw: Buffer.byteLength(all),
    gzip: chunks.length ? gzipSync(all, { level: 9 }).length : 0,
  };
}
