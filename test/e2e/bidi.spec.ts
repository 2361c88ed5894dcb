// User text set inside the site's own words is isolated, so a right-to-left name (Arabic,
// Hebrew, or a U+202E override) never reorders the sentence around it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated } from './site';

const FSI = '\u2068';
const PDI = '\u2069';
const names = ['\u202Eevil plan', '\u202Dforced', 'خطة المبيعات', 'תוכנית'];

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** The element's text has `name` only as an isolated run: between FSI and PDI, or inside a <bdi>. */
async function expectIsolated(page: Page, selector: string, name: string) {
  const isolated = await page.locator(selector).first().evaluate((element, name) => {
    const text = element.textContent ?? '';
    if (text.includes(`\u2068${name}\u2069`)) return true;
    return [...element.querySelectorAll('bdi')].some((bdi) => bdi.textContent === name);
  }, name);
  expect(isolated, `${selector} isolates ${JSON.stringify(name)}`).toBe(true);
}

for (const name of names) {
  test(`funnel: a scenario named ${JSON.stringify(name)} is isolated in the list, the copy's name and the delete toast`, async ({ page }) => {
    await open(page, '/funnel/');
    await page.getByLabel('Scenario name').fill(name);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page.getByLabel('Scenario name')).toHaveValue(`${FSI}${name}${PDI} (copy)`);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expectIsolated(page, '.toast', `${FSI}${name}${PDI} (copy)`);
  });
}

test('SLA: version names are isolated in the saved toast, the compare lists and the versions list', async ({ page }) => {
  const name = names[0]!;
  await open(page, '/sla/');
  await page.getByRole('button', { name: 'Start from a blank page' }).click();
  await page.getByLabel('Version name').fill(name);
  await page.getByRole('button', { name: 'Save a version' }).click();
  await expectIsolated(page, '.toast', name);
  await expect(page.getByText(`Saved the version “${FSI}${name}${PDI}”.`)).toBeVisible();
  await expectIsolated(page, '.sla-versions li', name);
});

test('SLA: a draft name is isolated in the delete toast and in the name of its copy, in Chinese too', async ({ page }) => {
  const name = names[2]!;
  await open(page, '/zh-cn/sla/');
  await page.getByRole('button', { name: '从空白页开始' }).click();
  await page.getByRole('button', { name: '重命名' }).click();
  await page.getByRole('dialog', { name: '重命名草稿' }).getByLabel('草稿名称').fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '复制', exact: true }).click();
  await expect(page.locator('#sla-draft-select option:checked')).toContainText(`${FSI}${name}${PDI}`);
  await page.getByRole('button', { name: '删除', exact: true }).click();
  await expect(page.locator('.toast')).toContainText(`已删除草稿“${FSI}`);
  await expectIsolated(page, '.toast', name);
});

test('data page: names in what is stored and in a file’s preview are isolated', async ({ page }) => {
  const name = names[0]!;
  await open(page, '/funnel/');
  await page.getByLabel('Scenario name').fill(name);
  await open(page, '/data/');
  const row = page.getByRole('row', { name: /^Funnel/ });
  await expect(row).toContainText('1 funnel scenario');
  await expectIsolated(page, 'tr:has(th:text-is("Funnel")) .stored-holds', name);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook' }).click();
  await page.getByLabel('Workbook file (.json)').setInputFiles(await (await download).path());
  await expect(page.getByRole('region', { name: 'This file holds' })).toContainText('1 funnel scenario');
  await expectIsolated(page, '.import-preview li:has-text("Funnel")', name);
});

test('text fields take the direction of what is typed in them: the kit’s text field, and the SLA’s texts and list lines', async ({ page }) => {
  const direction = (field: Locator) => field.evaluate((element) => getComputedStyle(element).direction);
  await open(page, '/funnel/');
  const scenario = page.getByLabel('Scenario name');
  await scenario.fill(names[2]!);
  expect(await direction(scenario)).toBe('rtl');
  // Text that starts in English stays left to right.
  await scenario.fill(`Plan ${names[3]!}`);
  expect(await direction(scenario)).toBe('ltr');

  await open(page, '/sla/');
  await page.getByRole('button', { name: 'Start from a blank page' }).click();
  await page.locator('.sla-form').getByRole('button', { name: /^Escalation/ }).click();
  const when = page.getByLabel('When marketing misses its commitments');
  await when.fill(names[2]!);
  expect(await direction(when)).toBe('rtl');
  const steps = page.getByRole('group', { name: 'Escalation steps' });
  await steps.getByRole('button', { name: 'Add a line' }).click();
  const step = steps.getByLabel('Escalation steps, line 1');
  await step.fill(names[3]!);
  expect(await direction(step)).toBe('rtl');
});
