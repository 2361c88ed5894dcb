import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchForProblems } from './site';

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

test('a quiz answered wrongly then rightly shows the matching feedback, and the score survives a reload', async ({ page }) => {
  const problems = await watchForProblems(page);
  await open(page, '/learn/sales-vs-marketing/');
  const quiz = page.getByRole('region', { name: 'Check yourself' });
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(page);
  const first = quiz.getByRole('group').first();
  const choices = first.getByRole('radio');
  const count = await choices.count();
  // Find the right answer by trying each choice, as a reader would.
  let right = -1;
  let previous: string | null = null;
  for (let i = 0; i < count; i++) {
    await choices.nth(i).check();
    const feedback = first.locator('.feedback');
    await expect(feedback).toBeVisible();
    // This choice's feedback, not the last choice's still on screen: each choice explains itself.
    if (previous !== null) await expect(feedback).not.toHaveText(previous);
    previous = await feedback.textContent();
    if (previous?.startsWith('Right.')) {
      // The verdict is said once: not "Right. Right. The handoff…".
      await expect(feedback).not.toHaveText(/^Right\.\s+(Right|Correct)\./);
      right = i;
      break;
    }
    await expect(feedback).toContainText('Not quite.');
    await expect(feedback).not.toHaveText(/^Not quite\.\s+(Not quite|No)\./);
  }
  expect(right).toBeGreaterThan(0); // at least one wrong answer came first
  await expect(quiz.getByRole('status').last()).toHaveText(/1 of \d right/);

  await page.reload();
  await hydrated(page);
  await expect(first.getByRole('radio').nth(right)).toBeChecked();
  await expect(first.locator('.feedback')).toContainText('Right.');

  await open(page, '/learn/');
  const step = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Sales vs marketing' }) });
  await expect(step).toContainText('Read');
  await expect(step).toContainText(/Quiz: 1 of \d right/);
  expect(problems).toEqual([]);
});

test('each guide links to itself in every language, and every one of those pages exists', async ({ page }) => {
  await open(page, '/learn/');
  const hrefs = await page.getByRole('list').getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(8);
  const languages = { English: ['', 'en'], 简体中文: ['/zh-cn', 'zh-CN'], 繁體中文: ['/zh-tw', 'zh-TW'], Polski: ['/pl', 'pl'] } as const;
  for (const href of hrefs) {
    await page.goto(href!);
    const menu = page.locator('details.lang');
    for (const [name, [prefix, lang]] of Object.entries(languages)) {
      const link = menu.getByRole('link', { name, exact: true, includeHidden: true });
      await expect(link).toHaveAttribute('href', `${prefix}${href}`);
      const response = await page.request.get(`${prefix}${href}`);
      expect(response.status(), `${prefix}${href}`).toBe(200);
      expect(await response.text()).toContain(`<html lang="${lang}"`);
    }
  }
});

test('a guide has a table of contents, a reading time, previous and next, and related tools', async ({ page }) => {
  await open(page, '/learn/marketing-mix/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const first = toc.getByRole('link').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Previous guide/ })).toHaveAttribute('href', '/learn/sales-vs-marketing/');
  await expect(page.getByRole('link', { name: /Next guide/ })).toHaveAttribute('href', '/learn/lead-temperature/');
  await expect(page.getByRole('complementary', { name: 'Put it to work' }).getByRole('link').first()).toBeVisible();
});

test('terms in guides lead to their glossary entry', async ({ page }) => {
  await open(page, '/learn/sales-vs-marketing/');
  await page.locator('a.term[href="/glossary/#mql"]').first().click();
  await expect(page).toHaveURL('/glossary/#mql');
  const entry = page.locator('#mql');
  await expect(entry.getByRole('term')).toContainText('Marketing qualified lead');
  await expect(entry.getByRole('definition')).not.toBeEmpty();
  await open(page, '/zh-cn/glossary/');
  expect(await page.getByRole('term').count()).toBeGreaterThanOrEqual(30);
});

test('the 4P/7P worksheet keeps what was typed', async ({ page }) => {
  await open(page, '/learn/marketing-mix/');
  const worksheet = page.getByRole('region', { name: 'Your 4P/7P worksheet' });
  await worksheet.scrollIntoViewIfNeeded();
  await hydrated(page);
  await worksheet.getByLabel('Product or service').fill('Rota app for clinics');
  await worksheet.getByLabel('4P (product, price, place, promotion)').check();
  await expect(worksheet.getByLabel('People', { exact: true })).toHaveCount(0);
  await worksheet.getByLabel('Price', { exact: true }).fill('€4 per staff member a month');
  await expect(worksheet.getByRole('status')).toHaveText('1 of 4 filled in');
  await page.reload();
  await worksheet.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(worksheet.getByLabel('Price', { exact: true })).toHaveValue('€4 per staff member a month');
  await expect(worksheet.getByLabel('Product or service')).toHaveValue('Rota app for clinics');
});

test('guides and glossary are found by search in both languages', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Search guides, tools and terms').fill('lead temperature');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Cold, warm and hot leads' }).first()).toBeVisible();
  await page.getByLabel('Search guides, tools and terms').fill('churn');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Glossary' }).first()).toBeVisible();

  await open(page, '/zh-cn/');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.getByLabel('搜索指南、工具和术语').fill('线索');
  const links = page.getByRole('dialog').getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  expect((await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).every((h) => h?.startsWith('/zh-cn/'))).toBe(true);
});
