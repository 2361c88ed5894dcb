import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const DIST = resolve(new URL('../../', import.meta.url).pathname, process.env.PW_DIST ?? 'dist');

/** Every page of the production build, as URL paths ('/', '/zh-cn/funnel/', '/404.html', …). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro'].includes(name)) walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(DIST, path).replaceAll('\\', '/');
        pages.push('/' + rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * Waits until every island on the page has hydrated, so typed input is not lost. Islands that
 * hydrate when visible (client:visible) are scrolled to first; islands that start on use
 * (client:use, src/scripts/hydrate-on-use.ts) are pointed at, as a user's mouse would. The scroll
 * position is restored.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const scrollY = await page.evaluate(() => window.scrollY);
  // One at a time: pointing at one may start others (they share the page's stored work).
  for (let tries = 0; tries < 20; tries++) {
    const point = await page.evaluate(() => {
      const island = document.querySelector('astro-island[ssr][client="use"]');
      // The island has no box of its own (display: contents): point at its first visible part.
      const part = island && [...island.children].find((child) => child.getClientRects().length > 0);
      if (!part) return null;
      part.scrollIntoView({ block: 'center' });
      const box = part.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, innerHeight);
      return { x: box.left + box.width / 2, y: (top + bottom) / 2 };
    });
    if (!point) break;
    await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(({ x, y }) => !document.elementFromPoint(x, y)?.closest('astro-island[ssr]'), point);
  }
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[ssr][client="visible"]')) {
      island.parentElement?.scrollIntoView();
      // Stay until it has hydrated: the observer only fires while the island is in view.
      for (let wait = 0; wait < 100 && island.hasAttribute('ssr'); wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.evaluate((y) => window.scrollTo(0, y), scrollY);
}

/** Collects CSP violations and console errors from the moment it is called. */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  return problems;
}

/** Opens the language menu and follows the link to `language` (its name in its own language). */
export async function switchLanguage(page: Page, language: string): Promise<void> {
  const menu = page.locator('details.lang');
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: language, exact: true }).click();
}
