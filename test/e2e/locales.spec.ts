// Traditional Chinese and Polish as their readers meet them: every page in both, on a phone;
// formats from the locale (numbers, currency, plurals); the plan packet printed in each.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { flatMessages } from '../../src/i18n/messages/types';
import { messages as plAreas } from '../../src/i18n/messages/pl';
import { messages as zhTwAreas } from '../../src/i18n/messages/zh-tw';
import { hydrated } from './site';

const pl = flatMessages(plAreas);
const zhTw = flatMessages(zhTwAreas);

// Every page in every language — its lang, its alternates, axe, no sideways scroll at 360 px — is
// checked in quality.spec.ts, on the one load that spec makes of each page.

test('a first visit in Polish plans in złoty, reads "1 234,5", and keeps złoty in English until the user chooses', async ({ page }) => {
  await page.goto('/pl/calculators/cost-per-lead/');
  await hydrated(page);
  const spend = page.getByRole('textbox', { name: 'Wydatki na marketing (PLN)', exact: true });
  await expect(page.getByText('(PLN)').first()).toBeVisible();
  await spend.fill('1 234,5');
  await page.getByRole('textbox', { name: 'Leady', exact: true }).fill('100');
  // 1 234,5 ÷ 100 = 12,345 → 12,35 zł (cents below 100)
  await expect(page.getByRole('status').first()).toContainText('12,35');
  await expect(page.getByRole('status').first()).toContainText('zł');

  await page.goto('/calculators/cost-per-lead/');
  await hydrated(page);
  await expect(page.getByText('(PLN)').first()).toBeVisible();

  await page.goto('/data/');
  await hydrated(page);
  await page.getByLabel('Currency').selectOption('EUR');
  await page.goto('/pl/calculators/cost-per-lead/');
  await hydrated(page);
  await expect(page.getByText('(EUR)').first()).toBeVisible();
});

test('a first visit in Traditional Chinese plans in New Taiwan dollars, in Taiwan’s fonts', async ({ page }) => {
  await page.goto('/zh-tw/calculators/cost-per-lead/');
  await hydrated(page);
  await expect(page.getByText('（TWD）').first()).toBeVisible();
  // A Simplified Chinese font draws many shared characters the mainland way: none comes before Taiwan's.
  const fonts = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(fonts).toMatch(/PingFang TC.*Microsoft JhengHei.*Noto Sans CJK TC/);
  expect(fonts).not.toMatch(/PingFang SC|Microsoft YaHei|CJK SC/);
  await page.goto('/zh-cn/calculators/cost-per-lead/');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/PingFang SC.*Microsoft YaHei/);
});

async function printPacket(page: Page, path: string, file: string) {
  await page.goto(path);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

test('the plan packet prints in Polish and in Traditional Chinese, its headings as text', async ({ page }, info) => {
  // Something in each part: company on the cover, a funnel scenario, an SLA draft.
  await page.goto('/pl/data/');
  await hydrated(page);
  await page.getByLabel(pl['settings.companyName']).fill('Łódzkie Żurawie Sp. z o.o.');
  await page.goto('/pl/funnel/');
  await hydrated(page);
  await page.getByLabel(pl['funnel.target']).fill('500000');
  await page.goto('/pl/sla/');
  await hydrated(page);
  await page.getByRole('button', { name: pl['sla.template.useBlank'] }).click();

  const polish = await printPacket(page, '/pl/plan/', info.outputPath('plan-pl.pdf'));
  expect(polish).toContain(pl['plan.cover.title']);
  expect(polish).toContain('Łódzkie Żurawie');
  for (const key of ['plan.section.funnel', 'plan.section.formulas', 'plan.section.glossary'] as const) expect(polish).toContain(pl[key]);
  expect(polish).toMatch(/[ąęłśżźćńó]/);

  const chinese = await printPacket(page, '/zh-tw/plan/', info.outputPath('plan-zh-tw.pdf'));
  expect(chinese).toContain(zhTw['plan.cover.title']);
  for (const key of ['plan.section.funnel', 'plan.section.formulas', 'plan.section.glossary'] as const) expect(chinese).toContain(zhTw[key]);
  expect(chinese).toMatch(/[\u4e00-\u9fff]{6}/);
});

test('before its tools start, a Polish page already shows złoty, as they will', async ({ browser }) => {
  // What a slow phone shows before the page's code has run: the server's drawing.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/pl/funnel/');
  await expect(page.getByRole('textbox', { name: `${pl['funnel.target']} (PLN)`, exact: true })).toBeVisible();
  await expect(page.getByText('(USD)')).toHaveCount(0);
  await page.goto('/pl/data/');
  await expect(page.getByLabel(pl['settings.currency'])).toHaveValue('PLN');
  await context.close();
});
