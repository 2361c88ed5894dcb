import { expect, test } from '@playwright/test';
import { switchLanguage } from './site';

const sections = [
  { route: 'learn/', en: 'Learn', zh: '学习' },
  { route: 'calculators/', en: 'Calculators', zh: '计算器' },
  { route: 'funnel/', en: 'Funnel', zh: '漏斗' },
  { route: 'sla/', en: 'SLA', zh: 'SLA' },
  { route: 'plan/', en: 'Plan', zh: '计划' },
  { route: 'data/', en: 'Your data', zh: '我的数据' },
];

test.describe('site shell', () => {
  for (const { route, en, zh } of sections) {
    test(`/${route} exists in every language with the right <html lang> and a switch between them`, async ({ page }) => {
      await page.goto(`/${route}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: en, exact: true })).toHaveAttribute('aria-current', 'page');

      await switchLanguage(page, '简体中文');
      await expect(page).toHaveURL(`/zh-cn/${route}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      const zhNav = page.getByRole('navigation', { name: '主导航' });
      await expect(zhNav.getByRole('link', { name: zh, exact: true })).toHaveAttribute('aria-current', 'page');

      await switchLanguage(page, '繁體中文');
      await expect(page).toHaveURL(`/zh-tw/${route}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
      await switchLanguage(page, 'Polski');
      await expect(page).toHaveURL(`/pl/${route}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
      await switchLanguage(page, 'English');
      await expect(page).toHaveURL(`/${route}`);
    });
  }

  test('the header leads to every section and the footer says the data stays here', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText(sections.map((s) => s.en));
    await expect(page.getByRole('contentinfo')).toContainText('stays in this browser');
  });

  test('the home page explains the three jobs and leads into each', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const jobs = [
      ['Learn', 'Start the learning path', '/learn/'],
      ['Plan', 'Open the funnel planner', '/funnel/'],
      ['Agree', 'Build your SLA', '/sla/'],
    ] as const;
    for (const [heading, link, target] of jobs) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', target);
    }
  });

  test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
    await page.goto('/funnel/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  for (const width of [360, 1280]) {
    test(`nothing overflows sideways at ${width} px in either language`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/', '/zh-cn/', '/sla/', '/zh-cn/data/']) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }

  test('printing drops the header, the footer and the buttons', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('an unknown address shows the 404 page, with a way home in both languages', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/zh-cn/');

    await page.goto('/zh-cn/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到页面');
  });

  test('the site has a favicon', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
    expect((await request.get(href ?? '')).ok()).toBe(true);
    expect((await request.get('/favicon.ico')).ok()).toBe(true);
  });
});
