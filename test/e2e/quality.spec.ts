import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, hydrated, watchForProblems } from './site';

const pages = builtPages();

test('the build holds every route in both languages', () => {
  for (const route of ['', 'learn/', 'glossary/', 'calculators/', 'funnel/', 'sla/', 'plan/', 'data/']) {
    expect(pages).toContain(`/${route}`);
    expect(pages).toContain(`/zh-cn/${route}`);
  }
});

for (const path of pages) {
  test(`${path}: no CSP violation, no console error`, async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.goto(path);
    await hydrated(page);
    expect(problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path}: axe finds no WCAG 2.1 A/AA violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrated(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([]);
    });
  }
}
