import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { builtPages, hydrated, watchForProblems } from './site';

const pages = builtPages();

// One browser page per worker, going from page to page as a reader does: a new context and
// renderer for each of some 150 pages cost more than the checks themselves. These checks only
// read what a page shows on a first visit, so they need no fresh storage between pages.
const test = base.extend<object, { reader: { page: Page; problems: string[] } }>({
  reader: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = await watchForProblems(page);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the build holds every route in every language', () => {
  for (const route of ['', 'learn/', 'glossary/', 'calculators/', 'funnel/', 'sla/', 'plan/', 'data/']) {
    expect(pages).toContain(`/${route}`);
    for (const prefix of ['zh-cn', 'zh-tw', 'pl']) expect(pages).toContain(`/${prefix}/${route}`);
  }
});

const LANG: Record<string, string> = { 'zh-cn': 'zh-CN', 'zh-tw': 'zh-TW', pl: 'pl' };

// One load per page: the CSP and console watch covers loading and hydration; axe then checks
// every WCAG 2.1 A/AA rule in the light scheme, and the rules a colour scheme can change in the
// dark one (the page follows the scheme live, as it does when the system setting changes);
// then the page is narrowed to a 360 px phone, where nothing may scroll sideways.
for (const path of pages) {
  test(`${path}: its language, no CSP violation or console error, axe clean in light and dark, no sideways scroll at 360 px`, async ({ reader: { page, problems } }) => {
    problems.length = 0;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', LANG[path.split('/')[1]!] ?? 'en');
    // Every page links its counterpart in every language.
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(4);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scroll at 360 px').toBeLessThanOrEqual(0);
    expect(problems, 'CSP violations and console errors').toEqual([]);
  });
}
