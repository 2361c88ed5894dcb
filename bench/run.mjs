// `npm run bench`: figures for speed and size, measured on this machine, never asserted in tests.
// Builds the site when dist/ is missing, then prints each page's up-front JS (raw and gzipped)
// against its budget. Later sections add the simulation timings.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pageWeight } from './page-weight.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html')) || process.argv.includes('--build')) {
  console.log('Building the site…');
  const built = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Gzipped-JS budgets in KB, by the first route segment below the locale. */
const BUDGETS = [
  [/^calculators\/.+/, 15],
  [/^funnel\//, 90],
  [/.*/, 50],
];

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro'].includes(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = htmlFiles(dist)
  .map((file) => {
    const page = '/' + relative(dist, file).replace(/(^|\/)index\.html$/, '$1');
    const route = page.replace(/^\/(zh-cn\/)?/, '');
    const budget = BUDGETS.find(([pattern]) => pattern.test(route))[1];
    return { page, budget, ...pageWeight(dist, file) };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

console.log('\nPage weight: JS loaded up front (gzipped budget in brackets)');
console.log(`${'page'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  budget`);
let over = 0;
for (const row of rows) {
  const ok = row.gzip / 1024 <= row.budget;
  if (!ok) over++;
  console.log(
    `${row.page.padEnd(44)} ${kb(row.raw).padStart(8)} ${kb(row.gzip).padStart(8)}  [${row.budget}] ${ok ? 'ok' : 'OVER'}`,
  );
}
const framework = rows.filter((row) => row.files.some((f) => /preact|client\./.test(f)));
console.log(`\n${rows.length} pages; ${framework.length} load framework JS; ${over} over budget.`);

// The floor under those figures: the smallest pages this stack allows (bench/floor), so a page
// over budget can be told apart from a budget below what the stack itself costs.
const floorDist = mkdtempSync(join(tmpdir(), 'pw-floor-'));
const floorBuilt = spawnSync('npx', ['astro', 'build', '--root', 'bench/floor', '--outDir', floorDist], {
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
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
  console.log(`  ${what.padEnd(54)} ${kb(pageWeight(floorDist, join(floorDist, page, 'index.html')).gzip).padStart(6)} KB`);
}
rmSync(floorDist, { recursive: true, force: true });
const calculators = rows.filter((row) => /^\/(zh-cn\/)?calculators\/.+/.test(row.page)).map((row) => row.gzip);
if (calculators.length) {
  console.log(`  calculator pages (same stack + the calculators)          ${kb(Math.min(...calculators))}–${kb(Math.max(...calculators))} KB`);
}

console.log('\nModel timings (median of several runs on this machine):');
const perf = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.config.ts', '--silent=false'], { encoding: 'utf8' });
const lines = `${perf.stdout}\n${perf.stderr}`.split('\n').filter((line) => /^\w+: .*\bms\b/.test(line.trim()));
for (const line of lines) console.log(line.trim());
if (perf.status !== 0) {
  console.error('The timing run failed:\n' + perf.stdout + perf.stderr);
  process.exit(1);
}
