// The JS each built page loads up front: its module scripts and everything they import
// statically, plus inline scripts. Dynamic imports (loaded on demand) are not counted.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const ISLAND = /<astro-island\b[^>]*\bcomponent-url="([^"]+)"[^>]*\brenderer-url="([^"]+)"[^>]*>|<astro-island\b[^>]*\brenderer-url="([^"]+)"[^>]*\bcomponent-url="([^"]+)"[^>]*>/g;

function resolveUrl(from, specifier) {
  return new URL(specifier, `http://site${from}`).pathname;
}

/** Follows static imports from `url` and adds every module file to `seen`. */
function collect(dist, url, seen) {
  if (seen.has(url)) return;
  const file = join(dist, url);
  if (!existsSync(file)) return;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) collect(dist, resolveUrl(url, specifier), seen);
  }
}

/** @returns {{ files: string[], raw: number, gzip: number }} */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const inline = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT_TAG)) {
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) collect(dist, src, seen);
    else if (!/type="(application\/(ld\+)?json)"/.test(attrs)) {
      inline.push(body);
      for (const [, specifier] of body.matchAll(STATIC_IMPORT)) {
        if (specifier.startsWith('/')) collect(dist, specifier, seen);
      }
    }
  }
  // Hydration: each island's component and renderer load as soon as the island hydrates.
  for (const match of html.matchAll(ISLAND)) {
    for (const url of match.slice(1).filter(Boolean)) collect(dist, url, seen);
  }
  const chunks = [...inline, ...[...seen].map((url) => readFileSync(join(dist, url), 'utf8'))];
  const all = chunks.join('\n');
  return {
    files: [...seen],
    raw: Buffer.byteLength(all),
    gzip: chunks.length ? gzipSync(all, { level: 9 }).length : 0,
  };
}
