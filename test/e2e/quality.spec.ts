import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { builtPages, hydrated, watchForProblems } from './site';

const pages = builtPages();

test('the build holds every route in every language', () => {
  for (const route of ['', 'learn/', 'glossary/', 'calculators/', 'funnel/', 'sla/', 'plan/', 'data/']) {
    expect(pages).toContain(`/${route}`);
    for (const prefix of ['zh-cn', 'zh-tw', 'pl']) expect(pages).toContain(`/${prefix}/${route}`);
  }
});

// One load per page: the CSP and console watch covers loading and hydration; axe then checks
// every WCAG 2.1 A/AA rule in the light scheme, and the rules a colour scheme can change in the
// dark one (the page follows the scheme live, as it does when the system setting changes).
for (const path of pages) {
  test(`${path}: no CSP violation or console error, axe clean in light and dark`, async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await hydrated(page);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
    expect(problems, 'CSP violations and console errors').toEqual([]);
  });
}
