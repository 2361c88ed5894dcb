// The page-weight report: every built page's up-front JS (gzipped) against its budget in
// bench/budgets.json, with the heaviest chunks of any page over it. Exits 1 when a page is over
// its budget and over its known-debt ceiling (or has none), so CI fails on a heavier page.
// Usage: node bench/weight-check.mjs [dist]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.mjs';

const config = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));
const LOCALE = /^\/(zh-cn|zh-tw|pl)\//;

/** Every built page, with its route below the locale ('', 'funnel/', 'calculators/cac/', '404.html'). */
export function pages(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ['pagefind', '_astro', 'icons'].includes(name) ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dist).map((file) => {
    const page = '/' + relative(dist, file).replace(/(^|\/)index\.html$/, '$1');
    return { file, page, route: page.replace(LOCALE, '/').slice(1) };
  });
}

const limit = (list, route) => list.find(({ route: pattern }) => new RegExp(pattern).test(route))?.kb;

const heaviestChunks = (dist, files) =>
  files
    .map((url) => ({ url: url.replace('/_astro/', ''), kb: gzipSync(readFileSync(join(dist, url))).length / 1024 }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 5);

/**
 * Each page's weight on a first visit (`kb`) and with work stored (`kbWithWork`: `client:use`
 * islands start at once; never less than a first visit's). A page whose weight with work stored
 * is over its budget is known debt while within its ceiling, and fails over it (or with none).
 */
export function weighPages(dist) {
  return pages(dist)
    .map(({ file, page, route }) => {
      const first = pageWeight(dist, file);
      const withWork = pageWeight(dist, file, { withWork: true });
      const kb = first.gzip / 1024;
      const kbWithWork = withWork.gzip / 1024;
      const budget = limit(config.budgets, route);
      const ceiling = limit(config.ceilings, route);
      const status = kbWithWork <= budget ? 'ok' : ceiling !== undefined && kbWithWork <= ceiling ? 'over (known)' : 'OVER';
      const heaviest = heaviestChunks(dist, withWork.files);
      return { page, route, kb, kbWithWork, budget, ceiling, status, heaviest };
    })
    .sort((a, b) => a.page.localeCompare(b.page));
}

const range = (values) => {
  const [low, high] = [Math.min(...values).toFixed(1), Math.max(...values).toFixed(1)];
  return low === high ? low : `${low}–${high}`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const rows = weighPages(dist);
  const failing = rows.filter((row) => row.status === 'OVER');
  const known = rows.filter((row) => row.status === 'over (known)');
  console.log(
    `Page weight: ${rows.length} pages, ${rows.length - failing.length - known.length} within budget, ${known.length} over it (known debt, ${known.filter((row) => row.kb <= row.budget).length} of them only with work stored), ${failing.length} over their ceiling.`,
  );
  // Pages over their ceiling one by one; known debt grouped by the ceiling it falls under.
  for (const row of failing) {
    console.log(
      `  OVER ${row.page}: ${row.kb.toFixed(1)} KB on a first visit, ${row.kbWithWork.toFixed(1)} KB with work stored, budget ${row.budget} KB${row.ceiling ? `, ceiling ${row.ceiling} KB` : ''} — heaviest: ${row.heaviest.map((chunk) => `${chunk.url} ${chunk.kb.toFixed(1)}`).join(', ')}`,
    );
  }
  const groups = Map.groupBy(known, (row) => `${row.budget}|${row.ceiling}`);
  for (const rows of groups.values()) {
    const [first] = rows;
    const heaviest = rows.reduce((a, b) => (b.kbWithWork > a.kbWithWork ? b : a));
    console.log(
      `  over ${rows.length} pages like ${first.page}: ${range(rows.map((row) => row.kb))} KB on a first visit, ${range(rows.map((row) => row.kbWithWork))} KB with work stored, budget ${first.budget} KB, ceiling ${first.ceiling} KB — heaviest of ${heaviest.page}: ${heaviest.heaviest.map((chunk) => `${chunk.url} ${chunk.kb.toFixed(1)}`).join(', ')}`,
    );
  }
  process.exit(failing.length ? 1 : 0);
}
