// After one visit the site works offline, in every locale, and installs; a new version is
// offered, never forced.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './site';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the site and is active. */
async function installed(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((done) => registration.active?.addEventListener('statechange', () => registration.active?.state === 'activated' && done()));
    }
  });
}

test('after one visit, pages in every locale open offline and the tools keep working', async ({ page, context }) => {
  test.slow();
  await page.goto('/');
  await installed(page);
  const manifest = await (await page.request.get('/pl/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ start_url: '/pl/', lang: 'pl', display: 'standalone' });

  await context.setOffline(true);
  for (const [path, heading] of [
    ['/funnel/', 'Funnel planner'],
    ['/zh-cn/calculators/cac/', '获客成本'],
    ['/pl/learn/', null],
    ['/zh-tw/sla/', null],
    ['/data/', 'Your data'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (heading) await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }

  // A calculator, offline: typed, computed, kept across a reload.
  await page.goto('/calculators/cost-per-lead/');
  await hydrated(page);
  await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('60000');
  await page.getByRole('textbox', { name: 'Leads', exact: true }).fill('1500');
  await expect(page.getByRole('status', { name: 'Cost per lead', exact: true })).toHaveText('$40');
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('status', { name: 'Cost per lead', exact: true })).toHaveText('$40');
});

test('a new version is offered with a Reload button, and the page reloads only when asked', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await installed(page);
  await page.reload(); // now controlled by the worker
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  // "A new version is deployed": the registration's worker script changes (here, by its URL).
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?next-version'));
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of the workbook is ready.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  // Nothing reloads by itself: a marker set on this page survives a while.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
});
