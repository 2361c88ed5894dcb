// Lighthouse on the production build, mobile with simulated throttling (its defaults), in
// Debian's Chromium: the four category scores of each page, the median of three runs, for the
// bench report. Not a CI gate: scores vary between runs. Fetches lighthouse with npx on first use.
// Usage: node bench/lighthouse.mjs [dist] [runs]; LH_PAGES=/sla/,/plan/ audits only those pages.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = process.env.LH_PAGES ? process.env.LH_PAGES.split(',') : ['/', '/learn/lead-temperature/', '/calculators/cac/', '/funnel/', '/sla/', '/plan/', '/data/', '/pipeline/'].flatMap((path) => [path, `/zh-cn${path}`]);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function lighthouseScores(dist = 'dist', runs = 3, onPage = (_row) => {}) {
  const chromium = findChromium();
  const port = 4399;
  const server = spawn(process.execPath, ['scripts/serve.mjs', dist, String(port)], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const out = mkdtempSync(join(tmpdir(), 'pw-lighthouse-'));
  const results = [];
  try {
    for (const path of PAGES) {
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
      for (let run = 0; run < runs; run++) {
        const report = join(out, `report-${run}.json`);
        const done = spawnSync(
          'npx',
          [
            '--yes', LIGHTHOUSE, `http://localhost:${port}${path}`,
            `--only-categories=${CATEGORIES.join(',')}`, '--output=json', `--output-path=${report}`, '--quiet',
            ...(chromium.path ? [`--chrome-path=${chromium.path}`] : []),
            `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
          ],
          { encoding: 'utf8' },
        );
        if (done.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${done.stderr.slice(-2000)}`);
        const categories = JSON.parse(readFileSync(report, 'utf8')).categories;
        for (const category of CATEGORIES) scores[category].push(Math.round((categories[category]?.score ?? 0) * 100));
      }
      const row = { path, ...Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category])])) };
      results.push(row);
      onPage(row);
    }
  } finally {
    server.kill();
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${'page'.padEnd(32)} ${CATEGORIES.map((c) => c.slice(0, 4).padStart(4)).join(' ')}`);
  await lighthouseScores(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 3), (row) =>
    console.log(`${row.path.padEnd(32)} ${CATEGORIES.map((c) => String(row[c]).padStart(4)).join(' ')}`),
  );
}
