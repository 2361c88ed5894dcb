// Screenshots of built pages at phone and desktop widths, in light and dark, for a look by eye.
// Usage: node scripts/screenshots.mjs [out-dir] [path …]   (needs `astro preview` on :4321)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const [out = 'test-results/screens', ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4321';
const pages = paths.length ? paths : ['/', '/zh-cn/'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium().path, args: CHROMIUM_ARGS });
for (const [name, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const colorScheme of (process.env.SCHEMES ?? 'light').split(',')) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForLoadState('networkidle');
      const file = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
