import { copyFileSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, watchForProblems } from './site';

const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;

async function openData(page: Page, path = '/data/') {
  await page.goto(path);
  await hydrated(page);
}

test.describe('your data page', () => {
  test('settings survive a reload and show in the other language too', async ({ page }) => {
    await openData(page);
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Company name').fill('Northwind <b>Traders</b>');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');
    await expect(page.getByLabel('Company name')).toHaveValue('Northwind <b>Traders</b>');
    await openData(page, '/zh-cn/data/');
    await expect(page.getByLabel('公司名称')).toHaveValue('Northwind <b>Traders</b>');
  });

  test('any currency Intl knows can be chosen by its name, and money is then shown in it with its own decimals', async ({ page }) => {
    await openData(page);
    const currency = page.getByLabel('Currency');
    // The common ones first, then every other by name.
    await expect(currency.locator('optgroup').first()).toHaveAttribute('label', 'Common');
    await expect(currency.locator('optgroup').nth(1)).toHaveAttribute('label', 'Other currencies');
    await expect(currency.locator('option').first()).toHaveText('US Dollar (USD)');
    await currency.selectOption({ label: 'South Korean Won (KRW)' });
    await expect(currency).toHaveValue('KRW');

    await page.goto('/calculators/cac/');
    await hydrated(page);
    const cac = page.getByRole('status', { name: 'Customer acquisition cost', exact: true });
    await page.getByRole('textbox', { name: 'Sales spend (KRW)' }).fill('2000000');
    await page.getByRole('textbox', { name: 'Marketing spend (KRW)' }).fill('₩1,000,000');
    await page.getByRole('textbox', { name: 'New customers', exact: true }).fill('1');
    await expect(cac).toHaveText('₩3,000,000');
    // 100 ÷ 8 = 12.5 won: the won has no minor unit, so no decimals (in dollars: $12.50).
    await page.getByRole('textbox', { name: 'Sales spend (KRW)' }).fill('100');
    await page.getByRole('textbox', { name: 'Marketing spend (KRW)' }).fill('0');
    await page.getByRole('textbox', { name: 'New customers', exact: true }).fill('8');
    await expect(cac).toHaveText('₩13');

    // Named in each page's language, as chosen.
    await openData(page, '/zh-cn/data/');
    await expect(page.getByLabel('货币')).toHaveValue('KRW');
    await expect(page.getByLabel('货币').locator('option:checked')).toHaveText('韩元（KRW）');
  });

  test('exports the workbook as one file and imports it back after a preview', async ({ page }) => {
    await openData(page);
    await page.getByLabel('Company name').fill('Round Trip Ltd');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workbook' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'planning-workbook', version: 1, settings: { data: { companyName: 'Round Trip Ltd' } } });

    await page.getByLabel('Company name').fill('Changed since');
    await page.getByLabel('Workbook file (.json)').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'This file holds' });
    await expect(preview).toContainText('Round Trip Ltd');
    await expect(page.getByLabel('Company name')).toHaveValue('Changed since');
    await preview.getByRole('button', { name: 'Replace with this file' }).click();
    await expect(page.getByLabel('Company name')).toHaveValue('Round Trip Ltd');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Company name')).toHaveValue('Round Trip Ltd');
  });

  test.describe('in Taipei', () => {
    test.use({ timezoneId: 'Asia/Taipei' });
    test('names the calculators filled in by their names in the page’s language, and the export file by the local date', async ({ page }) => {
      // 07:30 on 23 November in Taipei is still 22 November in UTC.
      await page.clock.setFixedTime(new Date('2026-11-22T23:30:00Z'));
      await openData(page, '/zh-tw/calculators/cac/');
      await page.getByRole('textbox', { name: '新客戶數', exact: true }).fill('40');
      await openData(page, '/zh-tw/data/');
      const row = page.getByRole('row', { name: /^計算機/ });
      await expect(row).toContainText('客戶取得成本');
      await expect(row).not.toContainText('cac');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '匯出手冊' }).click();
      expect((await download).suggestedFilename()).toBe('planning-workbook-2026-11-23.json');
      await page.getByLabel('手冊檔案（.json）').setInputFiles(await (await download).path());
      const preview = page.getByRole('region', { name: '這個檔案包含' });
      await expect(preview).toContainText('客戶取得成本');
      await expect(preview).not.toContainText('cac');
    });
  });

  for (const width of [375, 1280]) {
    test(`the empty planning month reads whole in every language at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const prefix of ['', '/pl', '/zh-cn', '/zh-tw']) {
        await openData(page, `${prefix}/data/`);
        const prompt = page.locator('#settings-period-prompt');
        await expect(prompt).toBeVisible();
        const cut = await prompt.evaluate((element) => element.scrollWidth > element.clientWidth);
        expect(cut, `${prefix || '/'}: “${await prompt.textContent()}” is cut short`).toBe(false);
      }
    });
  }

  const badFiles = [
    ['not-json.json', 'not readable JSON'],
    ['not-workbook.json', 'not a workbook file'],
    ['newer.json', 'newer version'],
    ['invalid-fields.json', 'fields that are not valid'],
  ] as const;
  for (const [name, message] of badFiles) {
    test(`refuses ${name} with its own message and keeps the workbook`, async ({ page }) => {
      await openData(page);
      await page.getByLabel('Company name').fill('Keep me');
      await page.getByLabel('Workbook file (.json)').setInputFiles(fixture(name));
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByLabel('Workbook file (.json)')).toHaveAttribute('aria-invalid', 'true');
      await page.reload();
      await hydrated(page);
      await expect(page.getByLabel('Company name')).toHaveValue('Keep me');
    });
  }

  test('says in the page’s language which fields of a file are not valid, and when a workbook file holds nothing', async ({ page }) => {
    await openData(page, '/pl/data/');
    const chooser = page.getByLabel('Plik zeszytu (.json)');
    await chooser.setInputFiles(fixture('invalid-fields.json'));
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      /^Część pliku z\sdanymi ustawień zawiera nieprawidłowe pola, więc niczego nie zaimportowano\. Pola: currency, companyName\.$/,
    );
    await chooser.setInputFiles({
      name: 'empty-workbook.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'planning-workbook', version: 1, exportedAt: '2026-10-01T09:30:00.000Z' })),
    });
    await expect(alert).toHaveText(/^Ten plik zeszytu nie zawiera żadnej części zeszytu/);
    await chooser.setInputFiles({
      name: 'not-a-part.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'planning-workbook', version: 1, settings: null })),
    });
    await expect(alert).toHaveText(/^Część pliku z\sdanymi ustawień nie ma postaci, w\sjakiej zapisuje ją zeszyt/);
  });

  test('the same file chosen again after it was fixed is read again', async ({ page }, info) => {
    await openData(page);
    const file = info.outputPath('workbook.json');
    const choose = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByLabel('Workbook file (.json)').click();
      await (await chooser).setFiles(file);
    };
    copyFileSync(fixture('invalid-fields.json'), file);
    await choose();
    await expect(page.getByRole('alert')).toContainText('fields that are not valid');
    // Fixed in an editor, saved under the same name, chosen again.
    copyFileSync(fixture('workbook.v1.json'), file);
    await choose();
    await expect(page.getByRole('region', { name: 'This file holds' })).toContainText('Northwind');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a name past its limit in a file is left out of the preview and of What is stored, never laid across the page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openData(page);
    const name = 'Northwind'.repeat(20_000);
    await page.getByLabel('Workbook file (.json)').setInputFiles({
      name: 'long-name.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'planning-workbook', version: 1, settings: { v: 2, data: { currency: 'EUR', companyName: name } } })),
    });
    const preview = page.getByRole('region', { name: 'This file holds' });
    await expect(preview).toContainText('Settings: EUR');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await preview.getByRole('button', { name: 'Replace with this file' }).click();
    await expect(page.getByRole('row', { name: /^Settings/ })).toContainText('EUR');
    await expect(page.getByRole('row', { name: /^Settings/ })).not.toContainText('Northwind');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('refuses a file over 5 MB without reading it', async ({ page }) => {
    await openData(page);
    await page.getByLabel('Workbook file (.json)').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 0x20),
    });
    await expect(page.getByRole('alert')).toContainText('larger than 5 MB');
  });

  test('resets one part after asking, and undoes it', async ({ page }) => {
    await openData(page);
    await page.getByLabel('Company name').fill('Undo Inc');
    await page.getByRole('button', { name: 'Reset settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset settings?' });
    await dialog.getByRole('button', { name: 'Reset settings' }).click();
    await expect(page.getByLabel('Company name')).toHaveValue('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Company name')).toHaveValue('Undo Inc');
  });

  test('a reset on a Polish page goes back to what a first visit there has: złoty, not dollars', async ({ page }) => {
    await openData(page, '/pl/data/');
    await expect(page.getByLabel('Waluta')).toHaveValue('PLN');
    await page.getByLabel('Nazwa firmy').fill('Ważna Sp. z o.o.');
    await page.getByRole('button', { name: 'Resetuj dane ustawień' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Resetuj dane ustawień' }).click();
    await expect(page.getByLabel('Nazwa firmy')).toHaveValue('');
    await expect(page.getByLabel('Waluta')).toHaveValue('PLN');
    await page.getByRole('button', { name: 'Resetuj wszystko' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Resetuj wszystko' }).click();
    await expect(page.getByLabel('Waluta')).toHaveValue('PLN');
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Waluta')).toHaveValue('PLN');
  });

  test('resets everything after asking; cancelling keeps it', async ({ page }) => {
    await openData(page);
    await page.getByLabel('Company name').fill('Everything Co');
    await page.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Company name')).toHaveValue('Everything Co');
    await page.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset everything' }).click();
    await expect(page.getByLabel('Company name')).toHaveValue('');
  });
});

test.describe('stored data that is broken, blocked or shared', () => {
  for (const raw of ['{"v":2,"data":{"curr', 'NaN', '[]', '{"__proto__":{"x":1}}', '{"v":2,"data":{"companyName":42}}']) {
    test(`a corrupt value (${raw}) is set aside, offered for download and reported once`, async ({ page }) => {
      const problems = await watchForProblems(page);
      await page.addInitScript((value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('pw:settings', value);
          sessionStorage.setItem('seeded', '1');
        }
      }, raw);
      await openData(page);
      await expect(page.getByText('could not be read, so this page started afresh')).toBeVisible();
      await expect(page.getByLabel('Currency')).toHaveValue('USD');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the unreadable copy' }).click();
      expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).x)).toBeUndefined();

      await page.reload();
      await hydrated(page);
      await expect(page.getByRole('row', { name: /Unreadable copy of settings/ })).toBeVisible();
      await expect(page.getByText('could not be read, so this page started afresh')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }

  test('a value from a newer version is never overwritten', async ({ page }) => {
    const newer = '{"v":99,"data":{"currency":"USD","companyName":"Future"}}';
    await page.addInitScript((value) => localStorage.setItem('pw:settings', value), newer);
    await openData(page);
    await expect(page.getByText('comes from a newer version')).toBeVisible();
    await page.getByLabel('Company name').fill('Typed here');
    await expect(page.getByRole('alert').first()).toContainText('not being saved');
    expect(await page.evaluate(() => localStorage.getItem('pw:settings'))).toBe(newer);
  });

  test('a part from a newer version is listed as such, and the export carries it as it is stored', async ({ page }) => {
    const newer = '{"v":99,"data":{"scenarios":[{"name":"Future plan"}]}}';
    await page.addInitScript((value) => localStorage.setItem('pw:funnel', value), newer);
    await openData(page, '/pl/data/');
    const row = page.getByRole('row', { name: /^Lejek/ });
    await expect(row).toContainText('Z nowszej wersji zeszytu');
    await expect(row).not.toContainText('0 scenariuszy');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportuj zeszyt' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.funnel).toEqual(JSON.parse(newer));
  });

  test('a full disk: editing goes on, a banner says so, and it clears after a good write', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { full?: boolean }).full) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await openData(page);
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
    await page.getByLabel('Company name').fill('Kept in memory');
    await expect(page.getByRole('alert')).toContainText('storage is full');
    await expect(page.getByLabel('Company name')).toHaveValue('Kept in memory');
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
    await page.getByLabel('Company name').fill('Saved again');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Company name')).toHaveValue('Saved again');
  });

  test('a full disk on a tool page: the banner exports what the page holds, and leaving asks first', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((window as unknown as { full?: boolean }).full) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await openData(page, '/calculators/churn/');
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
    await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('55');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('storage is full');

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export workbook' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(Object.values(exported.calculators.data.churn.fields)).toContain('55');

    // Leaving now would drop the change held in memory: the page asks the browser to confirm.
    const leavingAsks = () =>
      page.evaluate(() => {
        const leaving = new Event('beforeunload', { cancelable: true });
        dispatchEvent(leaving);
        return leaving.defaultPrevented;
      });
    expect(await leavingAsks()).toBe(true);
    // Once a change is saved again, nothing is at stake.
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
    await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('56');
    await expect(alert).toHaveCount(0);
    expect(await leavingAsks()).toBe(false);
  });

  test('the data page says when storage is full', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await openData(page);
    await expect(page.getByRole('region', { name: 'Saving in this browser' })).toContainText('Full: the space this browser gives the workbook is used up');
  });

  test('storage that throws on access: the page works and says changes are not saved', async ({ page }) => {
    const problems = await watchForProblems(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openData(page);
    await page.getByLabel('Company name').fill('Private window');
    await expect(page.getByLabel('Company name')).toHaveValue('Private window');
    await expect(page.getByRole('alert')).toContainText('does not allow saving');
    expect(problems).toEqual([]);
  });

  test('two tabs follow each other, and edits to different parts are both kept', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openData(first);
    await openData(second);
    await first.getByLabel('Company name').fill('From tab one');
    await expect(second.getByLabel('Company name')).toHaveValue('From tab one');
    await second.getByLabel('Currency').selectOption('JPY');
    await expect(first.getByLabel('Currency')).toHaveValue('JPY');

    // A different area in each tab: the worksheet here, the settings there.
    await first.evaluate(() =>
      localStorage.setItem('pw:learning', JSON.stringify({ v: 2, data: { read: { kpis: '2026-11-01T00:00:00Z' }, quizzes: {} } })),
    );
    await second.getByLabel('Prepared by').fill('Second tab');
    await first.reload();
    await hydrated(first);
    await expect(first.getByLabel('Prepared by')).toHaveValue('Second tab');
    expect(await first.evaluate(() => JSON.parse(localStorage.getItem('pw:learning')!).data.read.kpis)).toBeTruthy();
  });
});
