// `npm run bench`: figures for speed and size, measured on this machine, never asserted in tests.
// Builds the site (timed), then prints each page's up-front JS (gzipped) against its budget,
// with Lighthouse's four scores where measured; then the stack floor and the model timings.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pageWeight } from './page-weight.mjs';
import { weighPages } from './weight-check.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
// The production build, timed (skip it with --no-build to weigh the dist/ already there).
let buildSeconds = null;
if (!process.argv.includes('--no-build') || !existsSync(join(dist, 'index.html'))) {
  console.log('Building the site…');
  const started = performance.now();
  const built = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  buildSeconds = (performance.now() - started) / 1000;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
// Budgets and known-debt ceilings: bench/budgets.json, the file CI's weight check reads too.
const rows = weighPages(dist);

// Lighthouse, mobile with simulated throttling, median of three runs (skip with --no-lighthouse),
// on the pages bench/lighthouse.mjs lists; its four scores go beside their page's weight.
const scores = new Map();
if (!process.argv.includes('--no-lighthouse')) {
  const { lighthouseScores } = await import('./lighthouse.mjs');
  console.log('Running Lighthouse (median of 3 per page)…');
  for (const row of await lighthouseScores(dist, 3)) scores.set(row.path, row);
}
// The same on a return visit: work stored, the service worker installed and the tools' views kept.
// And with no view kept, as on the first return after a new version: the tools start at once.
const [returning, returningNoView] = process.argv.includes('--no-lighthouse')
  ? [[], []]
  : await (async () => {
      const { lighthouseScores } = await import('./lighthouse.mjs');
      console.log('Running Lighthouse on a return visit with work stored (median of 3 per page)…');
      const viewed = await lighthouseScores(dist, 3, () => {}, { stored: true });
      console.log('…and with no view kept (median of 3 per page)…');
      return [viewed, await lighthouseScores(dist, 3, () => {}, { stored: true, views: false })];
    })();
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
console.log(
  "\nPage weight: JS loaded up front, gzipped KB, on a first visit, with work stored (the tools' last views kept: they start on use) and with work stored but no view kept (they start at once) [budget]",
);
console.log('Lighthouse (a first visit), mobile: perf · a11y · best practices · SEO');
console.log(
  `${'page'.padEnd(40)} ${'first'.padStart(6)} ${'stored'.padStart(6)} ${'noview'.padStart(6)}  ${'budget'.padEnd(6)} ${'status'.padEnd(13)} lighthouse`,
);
for (const row of rows) {
  const lighthouse = scores.get(row.page);
  const four = lighthouse
    ? CATEGORIES.map((category) => String(lighthouse[category]).padStart(3)).join(' ')
    : '';
  console.log(
    `${row.page.padEnd(40)} ${row.kb.toFixed(1).padStart(6)} ${row.kbWithWork.toFixed(1).padStart(6)} ${row.kbNoView.toFixed(1).padStart(6)}  ${String(row.budget).padEnd(6)} ${row.status.padEnd(13)} ${four}`,
  );
}
for (const [title, audited] of [
  [
    'Lighthouse on a return visit (work stored, service worker installed, views kept: tools start on use; the funnel and plan as their charts near the screen), mobile:',
    returning,
  ],
  [
    'Lighthouse on a return visit with no view kept (the first after a new version: tools with work stored start at once), mobile:',
    returningNoView,
  ],
]) {
  if (!audited.length) continue;
  console.log(`\n${title}`);
  console.log(`${'page'.padEnd(40)} perf a11y best  SEO  total blocking time`);
  for (const row of audited) {
    console.log(
      `${row.path.padEnd(40)} ${CATEGORIES.map((category) => String(row[category]).padStart(4)).join(' ')}  ${String(row.tbt).padStart(5)} ms`,
    );
  }
}
const overFirst = rows.filter((row) => row.kb > row.budget).length;
const over = rows.filter((row) => row.kbWithWork > row.budget).length;
const overNoView = rows.filter((row) => row.kbNoView > row.budget).length;
console.log(
  `\n${rows.length} pages over budget: on a first visit ${overFirst}; with work stored ${over}; with work stored and no view kept ${overNoView}.`,
);
console.log(
  buildSeconds === null
    ? 'Build time: not measured (--no-build).'
    : `Build time: ${buildSeconds.toFixed(1)} s (astro build, ${rows.length} pages, search index and service worker included).`,
);

// The floor under those figures: the smallest pages this stack allows (bench/floor), so a page
// over budget can be told apart from a budget below what the stack itself costs.
const floorDist = mkdtempSync(join(tmpdir(), 'pw-floor-'));
const floorBuilt = spawnSync(
  'npx',
  ['astro', 'build', '--root', 'bench/floor', '--outDir', floorDist],
  {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
if (floorBuilt.status !== 0) {
  console.error('Building bench/floor failed:\n' + floorBuilt.stdout + floorBuilt.stderr);
  process.exit(1);
}
console.log('\nStack floor: the smallest pages this stack allows (bench/floor), gzipped JS');
for (const [page, what] of [
  ['island', 'a Preact island: one input, one output'],
  ['persisted', '+ its value persisted with nanostores'],
  ['validated', '+ the stored value validated with valibot on read'],
]) {
  console.log(
    `  ${what.padEnd(54)} ${kb(pageWeight(floorDist, join(floorDist, page, 'index.html')).gzip).padStart(6)} KB`,
  );
}
rmSync(floorDist, { recursive: true, force: true });
const calculators = rows
  .filter((row) => /^calculators\/.+/.test(row.route))
  .map((row) => row.kbNoView);
if (calculators.length) {
  console.log(
    `  calculator pages, started (same stack + the calculators) ${Math.min(...calculators).toFixed(1)}–${Math.max(...calculators).toFixed(1)} KB`,
  );
}

console.log('\nModel timings (median of several runs on this machine):');
const perf = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'bench/vitest.config.ts', '--silent=false'],
  { encoding: 'utf8' },
);
// Vitest colours its output: the first line a test prints shares a line with colour codes.
const plain = `${perf.stdout}\n${perf.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
const lines = plain.split('\n').filter((line) => /^\w+: .*\bms\b/.test(line.trim()));
for (const line of lines) console.log(line.trim());
if (perf.status !== 0) {
  console.error('The timing run failed:\n' + perf.stdout + perf.stderr);
  process.exit(1);
}
// The million rows again, in a heap capped at 250 MB: the memory target, read strictly.
const capped = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.cap.config.ts'], {
  encoding: 'utf8',
});
const cappedLine = `${capped.stdout}\n${capped.stderr}`
  .replace(/\x1b\[[0-9;]*m/g, '')
  .split('\n')
  .find((line) => /^pipeline: .*heap cap/.test(line.trim()));
console.log(
  capped.status === 0 && cappedLine
    ? cappedLine.trim()
    : 'pipeline: 1,000,000 rows did NOT complete within a 250 MB heap cap (bench/vitest.cap.config.ts)',
);
