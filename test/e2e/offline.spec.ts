// After one visit the site works offline, in every locale, and installs; a new version is
// offered, never forced.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
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

test('search finds pages offline, in the reader’s language', async ({ page, context }) => {
  test.slow();
  await page.goto('/pl/');
  await installed(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przeszukaj zeszyt' });
  await dialog.getByLabel('Szukaj przewodników, narzędzi i terminów').fill('lejek');
  const links = dialog.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  expect(await links.evaluateAll((all) => all.every((a) => a.getAttribute('href')?.startsWith('/pl/')))).toBe(true);
});

/** A deploy changes the worker script at the same address: here every registration of /sw.js is
 * sent to /sw.js?next-version once the test says the new version is out (`deploy`). */
async function deployable(context: BrowserContext) {
  await context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (url, options) {
      const next = String(url) === '/sw.js' && localStorage.getItem('test:deployed') ? '/sw.js?next-version' : url;
      return register.call(this, next, options);
    };
  });
}
const deploy = (page: Page) =>
  page.evaluate(() => {
    localStorage.setItem('test:deployed', '1');
    return navigator.serviceWorker.register('/sw.js');
  });

test('a tab left behind by another tab’s reload still reloads into the new version when asked', async ({ context }) => {
  test.slow();
  await deployable(context);
  const first = await context.newPage();
  await first.goto('/');
  await installed(first);
  await first.reload();
  const second = await context.newPage();
  await second.goto('/zh-tw/funnel/');
  for (const page of [first, second]) expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await deploy(first);
  const prompt = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
  await expect(prompt(first, 'A new version of the workbook is ready.')).toBeVisible({ timeout: 20_000 });
  await expect(prompt(second, '新版本已準備好。')).toBeVisible({ timeout: 20_000 });

  // The first tab takes the new version; the second is left on the old page, its prompt still up.
  await Promise.all([first.waitForEvent('load'), prompt(first, 'A new version of the workbook is ready.').getByRole('button', { name: 'Reload' }).click()]);
  await second.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await second.waitForTimeout(500);
  expect(await second.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  // Its Reload button still reloads it.
  await Promise.all([second.waitForEvent('load'), prompt(second, '新版本已準備好。').getByRole('button', { name: '重新載入' }).click()]);
  expect(await second.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(prompt(second, '新版本已準備好。')).toBeHidden();
});

test('offline, an address without its last slash opens its page, and one that is not a page says so in its language', async ({ page, context }) => {
  test.slow();
  await page.goto('/zh-tw/');
  await installed(page);
  await context.setOffline(true);
  await page.goto('/pl/funnel');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planer lejka');
  expect(new URL(page.url()).pathname).toBe('/pl/funnel/');
  await page.goto('/zh-tw/no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到網頁');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('while a new version waits, an undo toast stands above its prompt and the end of the page can be scrolled into view', async ({ page, context }) => {
  test.slow();
  await deployable(context);
  await page.goto('/pl/data/');
  await installed(page);
  await page.reload();
  await hydrated(page);
  await page.getByLabel('Nazwa firmy').fill('Ważna Sp. z o.o.');
  await deploy(page);
  const prompt = page.getByRole('status').filter({ hasText: 'Nowa wersja zeszytu jest gotowa.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: /^Resetuj dane ustawień$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Resetuj dane ustawień$/ }).click();
  await expect(page.getByLabel('Nazwa firmy')).toHaveValue('');
  // The toast's Undo is not under the prompt: a click reaches it.
  await page.getByRole('button', { name: 'Cofnij' }).click({ timeout: 3_000 });
  await expect(page.getByLabel('Nazwa firmy')).toHaveValue('Ważna Sp. z o.o.');

  // Scrolled to the end, the footer's last line is above the prompt, not under it.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const footerBottom = await page.locator('footer').evaluate((footer) => footer.getBoundingClientRect().bottom);
  const promptTop = await prompt.evaluate((element) => element.getBoundingClientRect().top);
  expect(footerBottom).toBeLessThanOrEqual(promptTop + 1);
});
