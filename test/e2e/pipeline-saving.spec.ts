// What the CRM page saves, and what a file that measures nothing must never replace: a wrong
// file chosen by mistake, a plan started from a file without amounts, a stage value named like
// an object property. The user acts by label and role, as on the pipeline page.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './site';

const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });

// 3 won, 1 lost, 1 open: a win rate of 75 %; won deals of 1,000, 2,000 and 3,000.
const deals = csvFile('deals.csv', [
  'ID,Stage,Amount,Created,Closed',
  '1,Closed Won,1000,2026-01-05,2026-02-04',
  '2,Closed Won,2000,2026-02-05,2026-03-07',
  '3,Closed Won,3000,2026-03-05,2026-04-04',
  '4,Closed Lost,500,2026-03-10,2026-04-09',
  '5,Open,800,2026-04-01,',
]);

async function choose(page: Page, file: ReturnType<typeof csvFile>) {
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(file);
}

test('a file none of whose rows counts is shown but not saved: the last import stays, also after a reload', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  await choose(page, deals);
  await expect(figure(page, 'Win rate')).toHaveText('75%');

  // A contacts export chosen by mistake: read, said, and not saved over the deals.
  await choose(page, csvFile('contacts.csv', ['First Name,Last Name,Email', 'Ann,Lee,ann@example.com', 'Bob,Ray,bob@example.com']));
  await expect(page.getByText('No column looks like a stage or status.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No row of \u2068contacts.csv\u2069 counts yet, so it is not saved: the figures from \u2068deals.csv\u2069 stay saved' })).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(page.getByText(/Showing the figures measured from \u2068deals\.csv\u2069/)).toBeVisible();
  await expect(figure(page, 'Win rate')).toHaveText('75%');
});

test('a plan started from a file without amounts keeps the scenario’s own deal size', async ({ page }) => {
  await page.goto('/funnel/');
  await hydrated(page);
  await page.getByLabel('Average deal size').fill('24000');
  await page.goto('/pipeline/');
  await hydrated(page);
  await choose(page, csvFile('no-amount.csv', ['ID,Stage', '1,Closed Won', '2,Closed Lost', '3,Open']));
  await expect(figure(page, 'Win rate')).toHaveText('50%');
  // No money figure reads as 0 without an amount column; no open deal, no age to measure.
  await expect(figure(page, 'Won revenue')).toHaveText('Needs an amount column.');
  await expect(figure(page, 'Open pipeline')).toHaveText('Needs an amount column.');
  await expect(figure(page, 'Median age of open deals')).toHaveText('Needs readable created and close dates.');
  await expect(page.getByRole('table', { name: 'By owner' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a plan from these numbers' }).click();
  await page.getByRole('link', { name: 'Open it in the funnel planner' }).click();
  await hydrated(page);
  await expect(page.getByLabel('Scenario name')).toHaveValue(/^no-amount\.csv · /);
  await expect(page.getByLabel('Average deal size')).toHaveValue('24,000');
  await expect(page.getByRole('group', { name: 'Opportunity → Won', exact: true }).getByLabel('Rate')).toHaveValue('50');
});

test('a stage value named __proto__ keeps the meaning the user gave it when the file is read again', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  await choose(page, csvFile('odd-stages.csv', ['ID,Stage,Amount,Owner', '1,__proto__,100,Ann', '2,__proto__,100,Ann', '3,Closed Lost,100,Bob', '4,Closed Won,100,Bob']));
  await expect(figure(page, 'Win rate')).toHaveText('50%');
  await page.getByRole('combobox', { name: '__proto__', exact: true }).selectOption('won');
  await expect(figure(page, 'Win rate')).toHaveText('75%');
  // Another column chosen reads the file again; the meaning stays.
  await page.getByRole('combobox', { name: 'Owner', exact: true }).selectOption({ label: '— none —' });
  await expect(page.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue('');
  await expect(figure(page, 'Win rate')).toHaveText('75%');
  await expect(page.getByRole('combobox', { name: '__proto__', exact: true })).toHaveValue('won');
});

test('the file field keeps a keyboard user’s focus while a file is read and after', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  const field = page.getByLabel('CRM export (CSV or tab-separated)');
  await field.focus();
  await choose(page, deals);
  await expect(figure(page, 'Win rate')).toHaveText('75%');
  await expect(field).toBeFocused();
  // The next Tab goes on from the field, to what the file's reading offers.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Text encoding')).toBeFocused();
});
