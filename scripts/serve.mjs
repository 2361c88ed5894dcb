// A static server for the built site, as any static host would serve it: files from the dist
// folder, `index.html` for folders, `404.html` (the nearest one up the tree) for the rest, text
// gzipped for browsers that take it (as every host the README names does, so Lighthouse sees
// what a visitor downloads).
// The browser tests use it instead of `astro preview`, which allows one server per project,
// so that several test runs (each with its own dist folder and port) can run side by side.
// Usage: node scripts/serve.mjs [dist] [port]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Gzipped files by path: the build does not change while it is served. */
const gzipped = new Map();
const gzipOf = (path) => gzipped.get(path) ?? gzipped.set(path, gzipSync(readFileSync(path))).get(path);

function fileFor(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(join(path, 'index.html'))) return pathname.endsWith('/') ? join(path, 'index.html') : 'redirect';
  return null;
}

function notFound(pathname) {
  const parts = pathname.split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const candidate = join(root, ...parts.slice(0, i), '404.html');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (file === 'redirect') {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const target = file ?? notFound(pathname);
  if (!target) {
    response.writeHead(404).end('Not found');
    return;
  }
  const headers = { 'content-type': types[extname(target)] ?? 'application/octet-stream', vary: 'accept-encoding' };
  if (COMPRESSED.has(extname(target)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(file ? 200 : 404, { ...headers, 'content-encoding': 'gzip' }).end(gzipOf(target));
    return;
  }
  response.writeHead(file ? 200 : 404, headers);
  createReadStream(target).pipe(response);
}).listen(port, 'localhost', () => console.log(`Serving ${root} at http://localhost:${port}/`));
