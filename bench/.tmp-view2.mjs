import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/browser.mjs';
import { spawn } from 'node:child_process';
const server = spawn('node', ['scripts/serve.mjs', '/tmp/d2', '4472'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium().path });
const B = 'http://localhost:4472';
const html = (page) =>
  page.evaluate(() => {
    const walk = (n) =>
      n.nodeType === 3
        ? n.data
        : n.nodeType !== 1
          ? ''
          : `<${n.localName} ${[...n.attributes]
              .filter((a) => !(a.name === 'style' && !a.value))
              .map((a) => `${a.name}="${a.value}"`)
              .sort()
              .join(
                ' ',
              )}${['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName) ? ` live="${n.value}"` : ''}>${[...n.childNodes].map(walk).join('')}</${n.localName}>`;
    return [...document.querySelectorAll('astro-island')]
      .map((i) => [...i.childNodes].map(walk).join(''))
      .join('\n----\n');
  });
async function check(path, act) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(B + path);
  await act(page);
  await page.waitForTimeout(3000);
  await page.mouse.move(0, 0);
  await page.reload();
  await page.waitForLoadState('networkidle');
  const painted = await page.locator('astro-island[data-view]').count();
  const before = await html(page);
  await page.screenshot({ path: `/tmp/view-${path.replace(/\W+/g, '_')}.png`, fullPage: false });
  // start every island by pointing at it
  for (const island of await page.locator('astro-island[ssr][client="use"]').all()) {
    const child = island.locator(':scope > *').first();
    await child.hover({ force: true }).catch(() => {});
  }
  await page
    .waitForFunction(
      () => document.querySelectorAll('astro-island[ssr][client="use"]').length === 0,
      null,
      { timeout: 10000 },
    )
    .catch(() => console.log('not all started'));
  await page.waitForTimeout(500);
  const after = await html(page);
  console.log(
    path,
    'painted',
    painted,
    'same after start',
    before === after,
    before.length,
    after.length,
  );
  if (before !== after) {
    let i = 0;
    while (i < before.length && before[i] === after[i]) i++;
    console.log(
      '  differs at',
      i,
      '\n  view: ',
      JSON.stringify(before.slice(Math.max(0, i - 100), i + 300)),
      '\n  tool: ',
      JSON.stringify(after.slice(Math.max(0, i - 100), i + 300)),
    );
  }
  await page.close();
}
await check('/calculators/cac/', async (p) => {
  await p.getByRole('textbox', { name: 'New customers', exact: true }).fill('40');
});
await check('/calculators/weighted-pipeline/', async (p) => {
  await p.locator('input[type=text]').first().fill('Proposal');
});
await check('/sla/', async (p) => {
  await p
    .getByRole('button', { name: /^Use this template/ })
    .first()
    .click();
  await p.waitForTimeout(500);
  await p
    .locator('.sla-form input[type=text]:visible, .sla-form textarea:visible')
    .first()
    .fill('Acme sales', { timeout: 5000 })
    .catch(() => console.log('no sla field'));
});
await check('/sla/', async (p) => {
  await p.waitForTimeout(100);
});
await check('/learn/marketing-mix/', async (p) => {
  await p.locator('textarea').first().fill('My answer');
});
await check('/data/', async (p) => {
  await p
    .locator('input[type=text]:visible')
    .first()
    .fill('Acme', { timeout: 3000 })
    .catch(() => console.log('no data text field'));
});
await check('/pipeline/', async (p) => {
  await p.waitForTimeout(100);
});
await browser.close();
server.kill();
