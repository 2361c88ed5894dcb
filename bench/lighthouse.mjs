// Lighthouse on the production build, mobile with simulated throttling (its defaults), in
// Debian's Chromium: the four category scores of each page, the median of three runs, for the
// bench report. Not a CI gate: scores vary between runs. Fetches lighthouse with npx on first use.
// `stored: true` measures a return visit instead: a browser profile that has planned a funnel,
// filled a calculator, drafted an SLA and installed the service worker (seedProfile), and whose
// tools have kept their views: as for someone who comes back to their workbook, the pages show
// the stored work from those views and the tools start on use (from the precache); the funnel
// and the plan packet, whose charts only their script draws, as those near the screen.
// `views: false` (--no-views) audits the same return visit with no view kept, as the first
// return after a new version of the site: every tool with work stored starts at once.
// Usage: node bench/lighthouse.mjs [dist] [runs] [--stored [--no-views]]; LH_PAGES=/sla/,/plan/ audits only those pages;
// LH_REPORTS=dir keeps the reports there.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = process.env.LH_PAGES
  ? process.env.LH_PAGES.split(',')
  : [
      '/',
      '/learn/lead-temperature/',
      '/calculators/cac/',
      '/funnel/',
      '/sla/',
      '/plan/',
      '/data/',
      '/pipeline/',
    ].flatMap((path) => [path, `/zh-cn${path}`]);
/** Where stored work changes what a page does: the tools. */
export const STORED_PAGES = process.env.LH_PAGES
  ? PAGES
  : ['/calculators/cac/', '/funnel/', '/sla/', '/plan/', '/data/'].flatMap((path) => [
      path,
      `/zh-cn${path}`,
    ]);

/**
 * A Chromium profile at `dir` that has used the workbook at `origin` as a planner would, through
 * the pages themselves: a planning period, a funnel target, a calculator's figure, an SLA from a
 * template; and whose service worker has precached the site.
 */
export async function seedProfile(dir, origin, executablePath, views = true) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    const open = async (path) => {
      await page.goto(origin + path);
      await page.waitForLoadState('load');
    };
    const stored = (key) => page.waitForFunction((key) => localStorage.getItem(key) !== null, key);
    await open('/data/');
    await page.getByLabel('Planning period starts').fill('2027-01');
    await stored('pw:settings');
    await open('/funnel/');
    await page.getByLabel('Revenue target').fill('500000');
    await stored('pw:funnel');
    await open('/calculators/cac/');
    await page.getByRole('textbox', { name: 'New customers', exact: true }).fill('40');
    await stored('pw:calculators');
    await open('/sla/');
    await page
      .getByRole('button', { name: /^Use this template/ })
      .first()
      .click();
    await stored('pw:sla');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // The precache is complete once the worker is active: every page and chunk is in it.
    });
    // Each tool page visited once more, as the planner comes back to it, until the tool has kept
    // its view (src/scripts/keep-view.ts): the audited return visit shows it and starts on use.
    for (const path of STORED_PAGES) {
      await open(path);
      // Polled from here: waitForFunction takes the promise an async predicate returns as truthy.
      const kept = () =>
        page.evaluate(async (path) => {
          const cache = await caches.open('pw-views');
          return (await cache.keys()).some(
            (request) => new URL(request.url).pathname === `/__views${path}`,
          );
        }, path);
      const until = Date.now() + 15_000;
      while (!(await kept()) && Date.now() < until) await page.waitForTimeout(250);
      if (!(await kept())) console.warn(`lighthouse: no view kept on ${path} (it starts at once)`);
    }
    // As after a new version of the site: no view matches (its code is new), so none is kept.
    if (!views) await page.evaluate(() => caches.delete('pw-views'));
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function lighthouseScores(
  dist = 'dist',
  runs = 3,
  onPage = (_row) => {},
  { stored = false, views = true } = {},
) {
  const chromium = findChromium({ full: true });
  const port = 4399;
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['scripts/serve.mjs', dist, String(port)], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const out = mkdtempSync(join(tmpdir(), 'pw-lighthouse-'));
  const results = [];
  try {
    const seeded = join(out, 'seeded-profile');
    if (stored) await seedProfile(seeded, origin, chromium.path, views);
    for (const path of stored ? STORED_PAGES : PAGES) {
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
      /** Total blocking time (ms): where a tool's start shows, on the main thread. */
      const blocking = [];
      for (let run = 0; run < runs; run++) {
        const report = join(out, `report-${run}.json`);
        // Each run starts from the same return visit: a fresh copy of the seeded profile.
        const profile = join(out, `profile-${run}`);
        if (stored) cpSync(seeded, profile, { recursive: true });
        const done = spawnSync(
          'npx',
          [
            '--yes',
            LIGHTHOUSE,
            `${origin}${path}`,
            `--only-categories=${CATEGORIES.join(',')}`,
            '--output=json',
            `--output-path=${report}`,
            '--quiet',
            ...(chromium.path ? [`--chrome-path=${chromium.path}`] : []),
            ...(stored ? ['--disable-storage-reset'] : []),
            `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}${stored ? ` --user-data-dir=${profile}` : ''}`,
          ],
          { encoding: 'utf8' },
        );
        if (stored) rmSync(profile, { recursive: true, force: true });
        if (done.status !== 0)
          throw new Error(`lighthouse failed on ${path}:\n${done.stderr.slice(-2000)}`);
        // LH_REPORTS=dir keeps each report, to see where a page's time went.
        if (process.env.LH_REPORTS)
          cpSync(report, join(process.env.LH_REPORTS, `${path.replaceAll('/', '_')}${run}.json`));
        const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
        for (const category of CATEGORIES)
          scores[category].push(Math.round((categories[category]?.score ?? 0) * 100));
        blocking.push(Math.round(audits['total-blocking-time']?.numericValue ?? 0));
      }
      const row = {
        path,
        ...Object.fromEntries(CATEGORIES.map((category) => [category, median(scores[category])])),
        tbt: median(blocking),
      };
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
  const [dist = 'dist', runs = '3'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  console.log(
    `${'page'.padEnd(32)} ${CATEGORIES.map((c) => c.slice(0, 4).padStart(4)).join(' ')}  TBT ms`,
  );
  await lighthouseScores(
    dist,
    Number(runs),
    (row) =>
      console.log(
        `${row.path.padEnd(32)} ${CATEGORIES.map((c) => String(row[c]).padStart(4)).join(' ')}  ${String(row.tbt).padStart(6)}`,
      ),
    { stored: process.argv.includes('--stored'), views: !process.argv.includes('--no-views') },
  );
}
