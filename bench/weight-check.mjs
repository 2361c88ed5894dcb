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
      if (statSync(path).isDirectory())
        return ['pagefind', '_astro', 'icons'].includes(name) ? [] : walk(path);
      return name.endsWith('.html') ? [path] : [];
    });
  return walk(dist).map((file) => {
    const page = '/' + relative(dist, file).replace(/(^|\/)index\.html$/, '$1');
    return { file, page, route: page.replace(LOCALE, '/').slice(1) };
  });
}

const limit = (list, route) =>
  list.find(({ route: pattern }) => new RegExp(pattern).test(route))?.kb;

const heaviestChunks = (dist, files) =>
  files
    .map((url) => ({
      url: url.replace('/_astro/', ''),
      kb: gzipSync(readFileSync(join(dist, url))).length / 1024,
    }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 5);

/**
 * Each page's weight on a first visit (`kb`), on a return visit with work stored (`kbWithWork`:
 * the tools show the last view of them kept in this browser and start on use; tools that cannot,
 * at once), and with work stored but no view kept (`kbNoView`: the first return after a new
 * version of the site, or after another tab changed the work; every `client:use` tool starts at
 * once). The budget holds for the first two. The third, where over the budget, is known debt
 * while within the page's ceiling; and so is the second, for a page that has a ceiling. Over the
 * ceiling (or over the budget with none), the page fails.
 */
export function weighPages(dist) {
  return pages(dist)
    .map(({ file, page, route }) => {
      const first = pageWeight(dist, file);
      const withWork = pageWeight(dist, file, { withWork: true, keptView: true });
      const noView = pageWeight(dist, file, { withWork: true });
      const kb = first.gzip / 1024;
      const kbWithWork = withWork.gzip / 1024;
      const kbNoView = noView.gzip / 1024;
      const budget = limit(config.budgets, route);
      const ceiling = limit(config.ceilings, route);
      const withinCeiling = ceiling !== undefined && kbNoView <= ceiling;
      const status =
        kbNoView <= budget
          ? 'ok'
          : !withinCeiling
            ? 'OVER'
            : kbWithWork <= budget
              ? 'ok (view)'
              : 'over (known)';
      const heaviest = heaviestChunks(dist, noView.files);
      return { page, route, kb, kbWithWork, kbNoView, budget, ceiling, status, heaviest };
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
  const known = rows.filter((row) => row.status === 'over (known)' || row.status === 'ok (view)');
  const viewOnly = rows.filter((row) => row.status === 'ok (view)').length;
  console.log(
    `Page weight: ${rows.length} pages, ${rows.length - failing.length - (known.length - viewOnly)} within budget on a first visit and with work stored (${viewOnly} of them over it when no view of the tool is kept: known debt), ${known.length - viewOnly} over it with work stored (known debt), ${failing.length} over their ceiling.`,
  );
  // Pages over their ceiling one by one; known debt grouped by the ceiling it falls under.
  for (const row of failing) {
    console.log(
      `  OVER ${row.page}: ${row.kb.toFixed(1)} KB on a first visit, ${row.kbWithWork.toFixed(1)} KB with work stored, ${row.kbNoView.toFixed(1)} KB with no view kept, budget ${row.budget} KB${row.ceiling ? `, ceiling ${row.ceiling} KB` : ''} — heaviest: ${row.heaviest.map((chunk) => `${chunk.url} ${chunk.kb.toFixed(1)}`).join(', ')}`,
    );
  }
  const groups = Map.groupBy(known, (row) => `${row.status}|${row.budget}|${row.ceiling}`);
  for (const rows of groups.values()) {
    const [first] = rows;
    const heaviest = rows.reduce((a, b) => (b.kbNoView > a.kbNoView ? b : a));
    console.log(
      `  ${first.status === 'ok (view)' ? 'over with no view kept:' : 'over'} ${rows.length} pages like ${first.page}: ${range(rows.map((row) => row.kb))} KB on a first visit, ${range(rows.map((row) => row.kbWithWork))} KB with work stored, ${range(rows.map((row) => row.kbNoView))} KB with no view kept, budget ${first.budget} KB, ceiling ${first.ceiling} KB — heaviest of ${heaviest.page}: ${heaviest.heaviest.map((chunk) => `${chunk.url} ${chunk.kb.toFixed(1)}`).join(', ')}`,
    );
  }
  process.exit(failing.length ? 1 : 0);
}
