import { expect, test } from '@playwright/test';
import { watchForProblems } from './site';

test('search loads nothing until it is opened, then finds pages in the reader’s language', async ({ page }) => {
  const problems = await watchForProblems(page);
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the workbook' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Search guides, tools and terms').fill('funnel');
  const results = dialog.getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => !href?.startsWith('/zh-cn/'))).toBe(true);
  expect(pagefindRequests.length).toBeGreaterThan(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});

test('Chinese readers search the Chinese pages', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/zh-cn/');
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索手册' });
  await dialog.getByLabel('搜索指南、工具和术语').fill('漏斗');
  const links = dialog.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/zh-cn/'))).toBe(true);
  expect(problems).toEqual([]);
});

test('Polish readers search the Polish pages, with word forms folded together', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/pl/');
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przeszukaj zeszyt' });
  // "lejkami" (instrumental plural) appears on no page; "lejek", "lejka", "lejku" do.
  await dialog.getByLabel('Szukaj przewodników, narzędzi i terminów').fill('lejkami');
  const links = dialog.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/pl/'))).toBe(true);
  expect(problems).toEqual([]);
});

test('Polish readers find words with ł typed as a plain l, as many type them', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/pl/');
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przeszukaj zeszyt' });
  const field = dialog.getByLabel('Szukaj przewodników, narzędzi i terminów');
  await field.fill('slownik');
  await expect(dialog.getByRole('link', { name: 'Słownik', exact: true })).toBeVisible();

  // The KPI guide writes "współczynnik konwersji"; its excerpt marks the word as the page spells it.
  await field.fill('wspolczynnik');
  const guide = dialog.getByRole('listitem').filter({
    has: page.getByRole('link', { name: 'KPI sprzedaży i marketingu', exact: true }),
  });
  await expect(guide).toBeVisible();
  await expect(guide.locator('mark').first()).toHaveText(/^współczynnik/i);
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ wynik/);
  expect(problems).toEqual([]);
});

test('Traditional Chinese readers search the Traditional Chinese pages', async ({ page }) => {
  await page.goto('/zh-tw/');
  await page.getByRole('button', { name: '搜尋' }).click();
  const dialog = page.getByRole('dialog', { name: '搜尋手冊' });
  await dialog.getByLabel('搜尋指南、工具和詞彙').fill('潛在客戶');
  const links = dialog.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/zh-tw/'))).toBe(true);
});

test('letters typed full-width, as a Chinese keyboard may give them, find what half-width ones do', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索手册' });
  await dialog.getByLabel('搜索指南、工具和术语').fill('ＣＡＣ');
  await expect(dialog.getByRole('link', { name: '获客成本（CAC）' })).toBeVisible();
});

test('a glossary term found by search opens at its entry, not at the top of the glossary', async ({ page }) => {
  await page.goto('/pl/');
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przeszukaj zeszyt' });
  await dialog.getByLabel('Szukaj przewodników, narzędzi i terminów').fill('churn');
  await dialog.getByRole('link', { name: 'Słownik' }).click();
  await expect(page).toHaveURL('/pl/glossary/#churn');
  await expect(page.locator('#churn').getByRole('term')).toBeInViewport();
});

test('a result on the page already open closes search and shows its entry', async ({ page }) => {
  await page.goto('/glossary/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the workbook' });
  await dialog.getByLabel('Search guides, tools and terms').fill('ROAS');
  await dialog.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL('/glossary/#roas');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#roas').getByRole('term')).toBeInViewport();
});

test('a term is found by another name in use: 獲客成本 in Taiwan finds 客戶取得成本, and its entry says so', async ({ page }) => {
  await page.goto('/zh-tw/');
  await page.getByRole('button', { name: '搜尋' }).click();
  const dialog = page.getByRole('dialog', { name: '搜尋手冊' });
  await dialog.getByLabel('搜尋指南、工具和詞彙').fill('獲客成本');
  await expect(dialog.getByRole('link', { name: '客戶取得成本（CAC）' })).toBeVisible();
  await dialog.getByRole('link', { name: '詞彙表' }).click();
  await expect(page).toHaveURL('/zh-tw/glossary/#cac');
  const entry = page.locator('#cac');
  await expect(entry.getByRole('term')).toBeInViewport();
  await expect(entry.getByRole('definition')).toContainText('又稱：獲客成本或客戶獲取成本');
});

test('Polish readers find a calculator by another Polish name, and its page gives it', async ({ page }) => {
  await page.goto('/pl/');
  await page.getByRole('button', { name: 'Szukaj' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przeszukaj zeszyt' });
  await dialog.getByLabel('Szukaj przewodników, narzędzi i terminów').fill('koszt akwizycji');
  await dialog.getByRole('link', { name: 'Koszt pozyskania klienta (CAC)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koszt pozyskania klienta (CAC)');
  await expect(page.getByText('Inaczej: koszt akwizycji klienta')).toBeVisible();
});

test('a glossary entry gives the other names of its term', async ({ page }) => {
  await page.goto('/glossary/#win-rate');
  await expect(page.locator('#win-rate').getByRole('definition')).toContainText('Also called: close rate or closing rate');
});
