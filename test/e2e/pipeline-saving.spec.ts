// What the CRM page saves, and what a file that measures nothing must never replace: a wrong
// file chosen by mistake, a plan started from a file without amounts, a stage value named like
// an object property. The user acts by label and role, as on the pipeline page.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
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

// Next month's export of the same CRM: its "Status" is the record's (Active, Archived), the stage
// is in "Sales Step", "Dropped out" means lost, and the created dates are day first — none of
// which the page can guess. The user says so once; the next file is read with it.
const header = 'ID,Status,Sales Step,Amount,Created,Closed';
const may = csvFile('deals-may.csv', [
  header,
  '1,Active,Signed,1000,01/02/2026,2026-03-03',
  '2,Archived,Dropped out,500,02/02/2026,2026-04-01',
  '3,Archived,Dropped out,700,03/02/2026,2026-04-10',
  '4,Active,Demo,800,04/03/2026,',
]);
// June: the same columns, and a stage value May did not have ("Negotiation"). Day first, the won
// deal took 30 days (1 April → 1 May); month first it would be 117 (4 January → 1 May).
const june = csvFile('deals-june.csv', [
  header,
  '11,Active,Signed,2000,01/04/2026,2026-05-01',
  '12,Archived,Dropped out,400,02/04/2026,2026-05-02',
  '13,Active,Negotiation,900,03/04/2026,',
  '14,Active,Demo,600,04/04/2026,',
]);

test('the next file is read with the last file’s corrections where they fit, says so, and can start afresh from the guesses', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  const stageColumn = page.getByRole('combobox', { name: 'Stage or status', exact: true });
  const order = page.getByLabel('Date order');

  // May, corrected: the stage column, what "Dropped out" means, the order of the created dates.
  await choose(page, may);
  await expect(stageColumn).toHaveValue('1');
  await expect(figure(page, 'Win rate')).toHaveText('Needs at least one won or lost deal.');
  await stageColumn.selectOption({ label: 'Sales Step' });
  await expect(figure(page, 'Win rate')).toHaveText('100%');
  await page.getByRole('combobox', { name: 'Dropped out', exact: true }).selectOption('lost');
  await expect(figure(page, 'Win rate')).toHaveText('33.3%');
  await expect(order).toHaveValue('monthFirst');
  await expect(figure(page, 'Median days to win')).toHaveText('60 days');
  await order.selectOption('dayFirst');
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
  // No notice for the first file: there was no last one.
  await expect(page.getByText('Your choices from the last file')).toHaveCount(0);

  // June, after a reload (another day): read with May's corrections, its new value guessed.
  await page.reload();
  await hydrated(page);
  await choose(page, june);
  const kept = page.getByRole('status').filter({ hasText: 'Your choices from the last file were kept' });
  await expect(kept).toHaveText('Your choices from the last file were kept: the column for “Stage or status”, 1 stage meaning, and day-first dates.');
  await expect(stageColumn).toHaveValue('2');
  await expect(page.getByRole('combobox', { name: 'Dropped out', exact: true })).toHaveValue('lost');
  await expect(page.getByRole('combobox', { name: 'Negotiation', exact: true })).toHaveValue('open');
  await expect(order).toHaveValue('dayFirst');
  await expect(figure(page, 'Win rate')).toHaveText('50%');
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
  expect(await axeViolations(page)).toEqual([]);

  // A correction made after still counts, and is saved with June's figures.
  await page.getByRole('combobox', { name: 'Negotiation', exact: true }).selectOption('lost');
  await expect(figure(page, 'Win rate')).toHaveText('33.3%');

  // Afresh: June read from the guesses alone, which the user can correct again.
  await page.getByRole('button', { name: 'Start afresh from the guesses' }).click();
  await expect(stageColumn).toHaveValue('1');
  await expect(figure(page, 'Win rate')).toHaveText('Needs at least one won or lost deal.');
  await expect(order).toHaveValue('monthFirst');
  await expect(kept).toHaveCount(0);
  await stageColumn.selectOption({ label: 'Sales Step' });
  await expect(page.getByRole('combobox', { name: 'Dropped out', exact: true })).toHaveValue('open');
  await expect(page.getByRole('combobox', { name: 'Negotiation', exact: true })).toHaveValue('open');
  await expect(figure(page, 'Win rate')).toHaveText('100%');
  await expect(figure(page, 'Median days to win')).toHaveText('117 days');
});

test('a date order the next file’s dates rule out is not applied, and the page says so', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  await choose(page, may);
  await page.getByRole('combobox', { name: 'Stage or status', exact: true }).selectOption({ label: 'Sales Step' });
  await expect(figure(page, 'Median days to win')).toHaveText('60 days');
  await page.getByLabel('Date order').selectOption('dayFirst');
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
  // July's created dates are written month first: "07/15/2026" is no date day first.
  await choose(page, csvFile('deals-july.csv', [header, '21,Active,Signed,900,07/15/2026,2026-08-14', '22,Active,Closed Lost,300,07/02/2026,2026-08-01']));
  await expect(page.getByRole('status').filter({ hasText: 'The dates in' })).toHaveText(
    'The dates in “\u2068Created\u2069” are written month first in this file, so your choice from the last file, day first, was not used.',
  );
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
  await expect(figure(page, 'Win rate')).toHaveText('50%');
});

test('an import saved before corrections were kept apart still lends the next file what its reading shows the user chose', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  await choose(page, may);
  await page.getByRole('combobox', { name: 'Stage or status', exact: true }).selectOption({ label: 'Sales Step' });
  await page.getByRole('combobox', { name: 'Dropped out', exact: true }).selectOption('lost');
  await page.getByLabel('Date order').selectOption('dayFirst');
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
  // As an earlier version saved it: the mapping and the readings, no corrections apart.
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('pw:pipeline')!);
    delete stored.data.measured.choices;
    localStorage.setItem('pw:pipeline', JSON.stringify(stored));
  });
  await page.reload();
  await hydrated(page);
  await choose(page, june);
  await expect(page.getByRole('status').filter({ hasText: 'Your choices from the last file were kept' })).toHaveText(
    'Your choices from the last file were kept: the column for “Stage or status”, 1 stage meaning, and day-first dates.',
  );
  await expect(figure(page, 'Win rate')).toHaveText('50%');
  await expect(figure(page, 'Median days to win')).toHaveText('30 days');
});
