// What a user typed is never lost to the browser's own memory of a page, to a full disk or to
// storage broken twice: going Back to a tool whose data changed elsewhere meanwhile, storage that
// fills up and is freed, a second unreadable value before the first copy was saved.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './site';

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

test.describe('going back to a tool', () => {
  test('shows what another tab saved meanwhile, not what the page held when it was left, and typing there keeps it', async ({ page, context }) => {
    await open(page, '/learn/marketing-mix/');
    const worksheet = page.getByRole('region', { name: 'Your 4P/7P worksheet' });
    await worksheet.getByRole('textbox', { name: 'Price' }).fill('€4 a seat');
    await worksheet.getByRole('radio', { name: '4P' }).check();
    await open(page, '/data/');

    // Meanwhile, in another tab, the same worksheet changes.
    const other = await context.newPage();
    await open(other, '/learn/marketing-mix/');
    await other.getByRole('textbox', { name: 'Price' }).fill('€5 a seat');
    await other.getByRole('radio', { name: '7P' }).check();
    await other.close();

    await page.goBack();
    await hydrated(page);
    const price = worksheet.getByRole('textbox', { name: 'Price' });
    await expect(price).toHaveValue('€5 a seat');
    await expect(worksheet.getByRole('radio', { name: '7P' })).toBeChecked();
    await expect(worksheet.getByRole('textbox', { name: 'People' })).toBeVisible();

    await price.press('End');
    await price.pressSequentially(', support included');
    await page.reload();
    await hydrated(page);
    await expect(price).toHaveValue('€5 a seat, support included');
    await expect(worksheet.getByRole('radio', { name: '7P' })).toBeChecked();
  });
});

/** Fills this origin's storage to the last character, the bulk of it an unreadable copy the data page can delete. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const fits = (key: string, length: number) => {
      try {
        localStorage.setItem(key, 'x'.repeat(length));
        return true;
      } catch {
        return false;
      }
    };
    // The largest copy that fits, then smaller fillers (not the workbook's) until not one more character does.
    const largest = (key: string) => {
      let low = 0;
      let high = 16 * 1024 * 1024;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(key, mid)) low = mid;
        else high = mid - 1;
      }
      if (low > 0) fits(key, low);
      return low;
    };
    largest('pw:funnel:corrupt');
    for (let i = 0; largest(`filler-${i}`) > 0; i++);
  });
}

test.describe('a full disk', () => {
  test('what was typed while storage was full is saved once another tab frees space, without typing again', async ({ page, context }) => {
    await open(page, '/calculators/cac/');
    await fillStorage(page);
    await page.getByRole('textbox', { name: 'Sales spend (USD)', exact: true }).fill('45000');
    await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('55000');
    await page.getByRole('textbox', { name: 'New customers', exact: true }).fill('40');
    await expect(page.getByRole('alert')).toContainText('storage is full');

    // In another tab, the user deletes the unreadable copy that filled the disk.
    const other = await context.newPage();
    await open(other, '/data/');
    await other.getByRole('row', { name: /Unreadable copy of funnel/ }).getByRole('button', { name: 'Delete' }).click();
    await expect(other.getByRole('row', { name: /Unreadable copy of funnel/ })).toHaveCount(0);
    await other.close();

    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('textbox', { name: 'Sales spend (USD)', exact: true })).toHaveValue('45,000');
    await expect(page.getByRole('textbox', { name: 'New customers', exact: true })).toHaveValue('40');
    await expect(page.getByRole('status', { name: 'Customer acquisition cost', exact: true })).toHaveText('$2,500');
  });

  test('what was typed while storage was full is saved on reload once space is free, without typing again', async ({ page }) => {
    await open(page, '/calculators/cac/');
    await fillStorage(page);
    await page.getByRole('textbox', { name: 'Sales spend (USD)', exact: true }).fill('45000');
    await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('55000');
    await page.getByRole('textbox', { name: 'New customers', exact: true }).fill('40');
    await expect(page.getByRole('alert')).toContainText('storage is full');

    // Space is freed outside the workbook (another site's data of this origin, cleared by the browser).
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-') || key === 'pw:funnel:corrupt') localStorage.removeItem(key);
    });
    // A user who reloads and, if asked, leaves.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('textbox', { name: 'Sales spend (USD)', exact: true })).toHaveValue('45,000');
    await expect(page.getByRole('textbox', { name: 'New customers', exact: true })).toHaveValue('40');
  });
});

test.describe('storage broken twice', () => {
  test('a second unreadable value never replaces the first copy set aside: both are kept until the user has downloaded the first', async ({ page }) => {
    const first = '{"v":1,"data":{"marketingMix":{"subject":"Rota app for clinics","answers":{"price":"€4 a seat';
    const second = '{"v":1,"data":{"marketingMix":{"subj';
    const breakWorksheet = (raw: string) => page.evaluate((value) => localStorage.setItem('pw:worksheets', value), raw);

    await open(page, '/learn/marketing-mix/');
    await breakWorksheet(first);
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('could not be read, so this page started afresh')).toBeVisible();

    // Broken again before the user saved the copy.
    await breakWorksheet(second);
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('could not be read and could not be set aside')).toBeVisible();

    await open(page, '/data/');
    const download = page.waitForEvent('download');
    await page.getByRole('row', { name: /Unreadable copy of worksheet/ }).getByRole('button', { name: 'Download' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(first);
    await page.getByRole('row', { name: /Unreadable copy of worksheet/ }).getByRole('button', { name: 'Delete the copy' }).click();

    // With the first copy saved and deleted, the second is set aside in its turn.
    await open(page, '/learn/marketing-mix/');
    await expect(page.getByText('could not be read, so this page started afresh')).toBeVisible();
    const secondCopy = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable copy' }).click();
    expect(readFileSync(await (await secondCopy).path(), 'utf8')).toBe(second);
  });
});

/** Holds every script of the site until the returned function is called, as a slow connection does. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Clicks a file field and picks a file in the dialog it opens, as a user does. */
async function choose(page: Page, field: Locator, file: string) {
  const dialog = page.waitForEvent('filechooser');
  await field.click();
  await (await dialog).setFiles(new URL(file, import.meta.url).pathname);
}

test.describe('a file chosen before its tool started', () => {
  test('the CRM export chosen on a slow connection is read once the import starts', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/pipeline/', { waitUntil: 'commit' });
    const chooser = page.getByLabel('CRM export (CSV or tab-separated)');
    await choose(page, chooser, '../fixtures/crm/salesforce.csv');
    expect(await page.locator('astro-island[ssr]', { has: chooser }).count()).toBe(1);
    release();
    await expect(page.getByLabel('Text encoding')).toHaveValue('utf-8');
    await expect(page.getByRole('status', { name: 'Win rate', exact: true })).not.toBeEmpty();
  });

  test('the workbook file chosen on a slow connection is previewed once the data page starts', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/data/', { waitUntil: 'commit' });
    const chooser = page.getByLabel('Workbook file (.json)');
    await choose(page, chooser, '../fixtures/files/workbook.v1.json');
    expect(await page.locator('astro-island[ssr]', { has: chooser }).count()).toBe(1);
    release();
    await expect(page.getByRole('region', { name: 'This file holds' })).toBeVisible();
  });
});

test.describe('a file dropped before its tool started', () => {
  test('the CRM export dropped on the import on a slow connection is read once the import starts', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/pipeline/', { waitUntil: 'commit' });
    const chooser = page.getByLabel('CRM export (CSV or tab-separated)');
    await chooser.waitFor({ state: 'attached' });
    const csv = readFileSync(new URL('../fixtures/crm/salesforce.csv', import.meta.url), 'latin1');
    // What the browser does when a file is dragged from the desktop and let go over the drop zone.
    const dropped = await page.getByText('Drop it here or choose it.', { exact: false }).evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(text, (c) => c.charCodeAt(0))], 'salesforce.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      // Not cancelled: the browser would open the file in place of the page.
      return !zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, csv);
    expect(dropped).toBe(true);
    expect(await page.locator('astro-island[ssr]', { has: chooser }).count()).toBe(1);
    release();
    await expect(page.getByLabel('Text encoding')).toHaveValue('utf-8');
    await expect(page.getByRole('status', { name: 'Win rate', exact: true })).not.toBeEmpty();
  });
});
