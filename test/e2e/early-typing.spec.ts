// Typing before a tool has started, as on a slow phone: every script of the site is held back,
// the user types into the server-rendered fields at once, and what they typed must be what the
// tool adopts, computes and saves — never the default, never the stored value.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { groupedInput } from '../../src/lib/number-display';
import { hydrated } from './site';

/** What a number field shows once left: the number grouped in the page's style ("60000" → "60,000"). */
const shown = (typed: string, lang = 'en') => groupedInput(typed, 'number', lang) ?? typed;

const HOLD_MS = 1500;

/** Holds every script of the site for a while, as a slow connection does. */
async function slowScripts(page: Page) {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
}

/** Opens a page without waiting for anything but its HTML. */
async function openEarly(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'commit' });
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
}

/** The tool holding `field` (or every tool) has not started yet: typing now is typing before it. */
async function expectNotStarted(page: Page, field?: Locator) {
  const waiting = page.locator('astro-island[ssr]', field ? { has: field } : {});
  expect(await waiting.count()).toBeGreaterThan(0);
}

/** Waits until the tool holding `field` (or every tool on the page) has started. */
async function started(page: Page, field?: Locator) {
  await expect(page.locator('astro-island[ssr]', field ? { has: field } : {})).toHaveCount(0, { timeout: 15_000 });
}

const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

type CalculatorCase = { path: string; fields: Record<string, string>; figures: Record<string, string> };
const calculators: CalculatorCase[] = [
  // 60,000 ÷ 1,500 = 40
  { path: '/calculators/cost-per-lead/', fields: { 'Marketing spend (USD)': '60000', Leads: '1500' }, figures: { 'Cost per lead': '$40' } },
  // (40,000 + 60,000) ÷ 50 = 2,000
  { path: '/calculators/cac/', fields: { 'Sales spend (USD)': '40000', 'Marketing spend (USD)': '60000', 'New customers': '50' }, figures: { 'Customer acquisition cost': '$2,000' } },
  // 24,000 + 18,000 + 18,000 = 60,000 (a cell of the deals list)
  { path: '/calculators/bookings/', fields: { 'Value, Row 3 (USD)': '18000' }, figures: { Bookings: '$60,000' } },
  // 12 ÷ (12 + 36) = 25 %
  { path: '/zh-cn/calculators/win-rate/', fields: { 赢单数: '12', 丢单数: '36' }, figures: { 赢单率: '25%' } },
];

test.describe('typing before a tool has started is kept', () => {
  for (const c of calculators) {
    test(`${c.path}: typed at once on a slow connection, computed, saved`, async ({ page }) => {
      await slowScripts(page);
      await openEarly(page, c.path);
      for (const [name, value] of Object.entries(c.fields)) await page.getByRole('textbox', { name, exact: true }).fill(value);
      await expectNotStarted(page);
      await started(page);
      // The field still being typed in shows the text as typed; the ones left show it grouped.
      const last = Object.keys(c.fields).at(-1);
      for (const [name, value] of Object.entries(c.fields)) {
        await expect(page.getByRole('textbox', { name, exact: true })).toHaveValue(name === last ? value : shown(value));
      }
      for (const [name, value] of Object.entries(c.figures)) await expect(figure(page, name)).toHaveText(value);

      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.reload();
      await hydrated(page);
      for (const [name, value] of Object.entries(c.fields)) await expect(page.getByRole('textbox', { name, exact: true })).toHaveValue(shown(value));
      for (const [name, value] of Object.entries(c.figures)) await expect(figure(page, name)).toHaveText(value);
    });
  }

  test('over saved values: the typed field wins, the untouched one keeps what was saved', async ({ page }) => {
    await page.goto('/calculators/cost-per-lead/');
    await hydrated(page);
    await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('30000');
    await page.getByRole('textbox', { name: 'Leads', exact: true }).fill('600');
    await expect(figure(page, 'Cost per lead')).toHaveText('$50');

    await slowScripts(page);
    await page.reload({ waitUntil: 'commit' });
    await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('777');
    await expectNotStarted(page);
    await started(page);
    await expect(page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true })).toHaveValue('777');
    await expect(page.getByRole('textbox', { name: 'Leads', exact: true })).toHaveValue('600');
    // 777 ÷ 600 = 1.295 → $1.30
    await expect(figure(page, 'Cost per lead')).toHaveText('$1.30');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true })).toHaveValue('777');
    await expect(page.getByRole('textbox', { name: 'Leads', exact: true })).toHaveValue('600');
  });

  test('the funnel planner adopts a target typed before it started', async ({ page }) => {
    await slowScripts(page);
    await openEarly(page, '/funnel/');
    // 500,000 ÷ 24,000 = 20.8 → 21 deals; ÷ 25 % → 84; ÷ 50 % → 168; ÷ 40 % → 420; ÷ 25 % → 1,680 leads.
    await page.getByLabel('Revenue target').fill('500000');
    await expectNotStarted(page);
    await started(page);
    await expect(page.getByLabel('Revenue target')).toHaveValue('500000');
    await expect(figure(page, 'Leads needed')).toHaveText('1,680');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Revenue target')).toHaveValue('500,000');
    await expect(figure(page, 'Leads needed')).toHaveText('1,680');
  });

  test('text typed into a field the stored plan does not show is shown to copy, not dropped', async ({ page }) => {
    await page.goto('/funnel/');
    await hydrated(page);
    await page.getByRole('radio', { name: 'A channel mix' }).check();
    await expect(page.getByLabel('Cost per lead (USD)', { exact: true })).toHaveCount(0);

    // The server draws the planner's default, one cost per lead; the stored plan is a channel mix.
    await slowScripts(page);
    await page.reload({ waitUntil: 'commit' });
    await page.getByLabel('Cost per lead (USD)', { exact: true }).fill('42.50');
    await expectNotStarted(page);
    await started(page);
    const notice = page.getByRole('status').filter({ hasText: 'You typed this before the tool had started' });
    await expect(notice.getByRole('term')).toHaveText('Cost per lead (USD)');
    await expect(notice.getByRole('definition')).toHaveText('42.50');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('the SLA builder starts the template that was chosen before it started', async ({ page }) => {
    await slowScripts(page);
    await openEarly(page, '/sla/');
    await page.getByRole('button', { name: /Use this template.*Small company/ }).click();
    await expectNotStarted(page);
    await started(page);
    await expect(page.locator('#sla-draft-select option:checked')).toHaveText('Small company, one-page agreement');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await hydrated(page);
    await expect(page.locator('#sla-draft-select option:checked')).toHaveText('Small company, one-page agreement');
  });

  test('the worksheet keeps what was typed the moment it scrolled into view', async ({ page }) => {
    await slowScripts(page);
    await openEarly(page, '/learn/marketing-mix/');
    const worksheet = page.getByRole('region', { name: 'Your 4P/7P worksheet' });
    await worksheet.scrollIntoViewIfNeeded();
    await worksheet.getByLabel('Product or service').fill('Rota app for clinics');
    await worksheet.getByLabel('Price', { exact: true }).fill('€4 per staff member a month');
    const subject = page.getByLabel('Product or service');
    await expectNotStarted(page, subject);
    await started(page, subject);
    await expect(worksheet.getByLabel('Product or service')).toHaveValue('Rota app for clinics');
    await expect(worksheet.getByLabel('Price', { exact: true })).toHaveValue('€4 per staff member a month');
    await expect(worksheet.getByRole('status')).toHaveText('1 of 7 filled in');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.reload();
    await worksheet.scrollIntoViewIfNeeded();
    await hydrated(page);
    await expect(worksheet.getByLabel('Product or service')).toHaveValue('Rota app for clinics');
    await expect(worksheet.getByLabel('Price', { exact: true })).toHaveValue('€4 per staff member a month');
  });
});

test('leaving before the tool has started asks first, so typing there is not lost without a word', async ({ page }) => {
  // Every script held back for long: the tool cannot start before the user leaves.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await route.continue().catch(() => {});
  });
  await openEarly(page, '/data/');
  await page.getByRole('textbox', { name: 'Company name' }).fill('Slow Co');
  await expectNotStarted(page);
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Funnel' }).first().click({ noWaitAfter: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  // Stayed: the text is still there.
  await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveValue('Slow Co');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
