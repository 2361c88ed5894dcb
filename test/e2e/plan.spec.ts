import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { flatMessages, type Messages } from '../../src/i18n/messages/types';
import { messages as enAreas } from '../../src/i18n/messages/en';
import { messages as zhCnAreas } from '../../src/i18n/messages/zh-cn';
import { messages as plAreas } from '../../src/i18n/messages/pl';
import { formatMonth } from '../../src/lib/format';
import { hydrated, watchForProblems } from './site';
import { axeViolations, COLOUR_RULES } from './axe';

const en = flatMessages(enAreas);
const zhCn = flatMessages(zhCnAreas);
const pl = flatMessages(plAreas);

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** The PDF of the page as printed, one string of text per page, and the page size in points. */
async function printToText(page: Page, info: TestInfo, name: string, options: { preferCSSPageSize?: boolean } = {}) {
  const file = info.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, ...options }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))!;
  // pdftotext ends every page with a form feed.
  return { pages: text.split('\f').slice(0, -1), width: Number(size[1]), height: Number(size[2]) };
}

/** A page that holds nothing but its page number ("3 / 17") is blank. */
function expectNoBlankPage(pages: string[]) {
  for (const [i, content] of pages.entries()) {
    expect(content.replace(/\d+\s*\/\s*\d+/g, '').trim(), `page ${i + 1} of ${pages.length} is blank`).not.toBe('');
  }
}

/** Fills a workbook the way a planner would: settings, a calculator, the funnel, an SLA draft and the worksheet. */
async function fillWorkbook(page: Page) {
  await open(page, '/data/');
  await page.getByLabel('Company name').fill('Northwind Traders');
  await page.getByLabel('Prepared by').fill('Ada Lovelace');
  await page.getByLabel('Planning period starts').fill('2027-01');

  await open(page, '/calculators/cost-per-lead/');
  await page.getByRole('textbox', { name: 'Marketing spend (USD)', exact: true }).fill('60000');
  await page.getByRole('textbox', { name: 'Leads', exact: true }).fill('1500');
  await expect(page.getByRole('status', { name: 'Cost per lead', exact: true })).toHaveText('$40');

  // 500,000 ÷ 24,000 → 21 deals → 84 opportunities → 168 SQLs → 420 MQLs → 1,680 leads; × 80 = 134,400.
  await open(page, '/funnel/');
  await page.getByLabel('Revenue target').fill('500000');
  await expect(page.getByRole('status', { name: 'Leads needed', exact: true })).toHaveText('1,680');

  await open(page, '/pipeline/');
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(new URL('../fixtures/crm/hubspot.csv', import.meta.url).pathname);
  await expect(page.getByRole('status', { name: 'Win rate', exact: true })).toBeVisible();

  await open(page, '/sla/');
  await page.getByRole('button', { name: 'Use this template B2B SaaS, inbound leads' }).click();
  const parties = page.locator('.sla-form').getByRole('button', { name: /^Parties and owners/ });
  if ((await parties.getAttribute('aria-expanded')) !== 'true') await parties.click();
  await page.getByLabel('Marketing team', { exact: true }).fill('Growth <b>team</b>');

  await open(page, '/learn/marketing-mix/');
  const worksheet = page.getByRole('region', { name: 'Your 4P/7P worksheet' });
  await worksheet.scrollIntoViewIfNeeded();
  await hydrated(page);
  await worksheet.getByLabel('Product or service').fill('Rota app for clinics');
  await worksheet.getByLabel('4P (product, price, place, promotion)').check();
  await worksheet.getByLabel('Price', { exact: true }).fill('€4 per staff member a month');
}

/** Opens the packet and waits until every part, the simulation included, is on the page. */
async function openPacket(page: Page, path: string, t: Messages) {
  await open(page, path);
  const packet = page.getByRole('article', { name: t['plan.preview'] });
  await expect(packet.getByRole('status', { name: t['funnel.sim.probability'], exact: true })).not.toBeEmpty({ timeout: 20_000 });
  await expect(packet.getByRole('heading', { name: 'B2B', exact: false }).first()).toBeVisible();
  return packet;
}

/** Presses "Save as PDF" as a planner would, the browser's print dialog stood in for: every chart is drawn for paper first. */
async function saveAsPdf(page: Page, t: Messages) {
  await page.evaluate(() => {
    window.print = () => void (document.documentElement.dataset.printed = '');
  });
  await page.getByRole('button', { name: t['plan.save'] }).click();
  await expect(page.locator('html[data-printed]')).toHaveCount(1);
  await expect(page.locator('.packet .chart-box:not(.drawn)')).toHaveCount(0);
}

test.describe('plan packet', () => {
  let problems: string[];
  test.beforeEach(async ({ page }) => {
    problems = await watchForProblems(page);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  test('prints the whole workbook as a PDF in English and in Chinese', async ({ page }, info) => {
    test.setTimeout(120_000);
    await fillWorkbook(page);

    await openPacket(page, '/plan/', en);
    await saveAsPdf(page, en);
    const english = await printToText(page, info, 'plan-en');
    const text = english.pages.join('\n');
    expectNoBlankPage(english.pages);
    // The cover is headed by the plan's title; every other part by its name.
    expect(text).toContain(en['plan.cover.title']);
    for (const section of ['kpis', 'funnel', 'pipeline', 'sla', 'worksheet', 'formulas', 'glossary'] as const) {
      expect(text).toContain(en[`plan.section.${section}`]);
    }
    // The measured funnel: HubSpot's 29 won of 61 decided deals.
    expect(text).toContain(en['pipeline.measured.title']);
    expect(text).toContain('47.5%');
    // The cover, the KPI target, the funnel's plan and odds, the agreement and the worksheet.
    for (const figure of ['Northwind Traders', 'Ada Lovelace', '$40', '1,680', '$134,400', 'Growth <b>team</b>', 'Rota app for clinics', '€4 per staff member a month']) {
      expect(text).toContain(figure);
    }
    for (const heading of ['funnel.results', 'funnel.timeline.title', 'funnel.sim.title', 'funnel.sens.title', 'sla.section.signOff'] as const) {
      expect(text).toContain(en[heading]);
    }
    expect(text).toMatch(/P10[\s\S]*P50[\s\S]*P90/);
    // Nothing of the page around the packet prints.
    expect(text).not.toContain(en['plan.choose']);
    expect(text).not.toContain(en['plan.save']);
    // Every part the workbook fills is printed; only the monthly review, with no month due yet, is noted as left out.
    for (const key of ['plan.empty.cover', 'plan.empty.kpis', 'plan.empty.funnel', 'plan.empty.pipeline', 'plan.empty.sla', 'plan.empty.worksheet'] as const) {
      expect(text).not.toContain(en[key]);
    }
    expect(text).toContain(en['plan.empty.tracking']);

    await openPacket(page, '/zh-cn/plan/', zhCn);
    await saveAsPdf(page, zhCn);
    const chinese = await printToText(page, info, 'plan-zh-cn');
    const zhText = chinese.pages.join('\n');
    expectNoBlankPage(chinese.pages);
    expect(zhText).toContain(zhCn['plan.cover.title']);
    for (const section of ['kpis', 'funnel', 'pipeline', 'sla', 'worksheet', 'formulas', 'glossary'] as const) {
      expect(zhText).toContain(zhCn[`plan.section.${section}`]);
    }
    for (const figure of ['Northwind Traders', 'US$40', '1,680', 'US$134,400', 'Growth <b>team</b>', 'Rota app for clinics']) {
      expect(zhText).toContain(figure);
    }
    for (const heading of ['funnel.results', 'funnel.sim.title', 'funnel.sens.title', 'sla.section.signOff'] as const) {
      expect(zhText).toContain(zhCn[heading]);
    }
    // Real text in a CJK font, not boxes or images.
    expect(zhText).toMatch(/[\u4e00-\u9fff]{6}/);
  });

  test('a full packet is axe-clean on screen, in light and dark', async ({ page }) => {
    test.setTimeout(120_000);
    await fillWorkbook(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await openPacket(page, '/plan/', en);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
  });

  test('loads no chart code until a funnel scenario is included', async ({ page }) => {
    const chartRequests: string[] = [];
    page.on('request', (request) => {
      if (/chart-runtime|chart\.js/.test(request.url())) chartRequests.push(request.url());
    });
    // No scenario yet: the funnel part is left out and nothing of the charts loads.
    await open(page, '/plan/');
    await expect(page.getByRole('heading', { name: en['plan.emptyTitle'] })).toBeVisible();
    await expect(page.getByText(en['plan.empty.funnel'])).toBeVisible();
    expect(chartRequests).toEqual([]);

    await open(page, '/funnel/');
    await page.getByLabel('Revenue target').fill('500000');
    await open(page, '/plan/');
    const funnelChoice = page.getByRole('checkbox', { name: en['plan.section.funnel'] });
    await funnelChoice.uncheck();
    chartRequests.length = 0;
    await page.reload();
    await hydrated(page);
    // The choice is kept, and with the funnel left out no chart code has loaded.
    await expect(funnelChoice).not.toBeChecked();
    await expect(page.getByRole('heading', { name: en['funnel.results'] })).toHaveCount(0);
    expect(chartRequests).toEqual([]);

    await funnelChoice.check();
    await expect(page.getByRole('heading', { name: en['funnel.results'] })).toBeVisible();
    // The chart code loads with the funnel part, ready for paper; a chart draws as it comes near.
    await expect.poll(() => chartRequests.length).toBeGreaterThan(0);
    await page.getByRole('img', { name: /^Bar chart of the totals/ }).scrollIntoViewIfNeeded();
    await expect(page.locator('.packet .chart-box.drawn').first()).toBeVisible();
  });

  test('an empty workbook prints a cover and notes, never empty boxes', async ({ page }, info) => {
    await open(page, '/plan/');
    const packet = page.getByRole('article', { name: en['plan.preview'] });
    for (const note of ['plan.empty.kpis', 'plan.empty.funnel', 'plan.empty.sla', 'plan.empty.worksheet'] as const) {
      await expect(packet.getByText(en[note])).toBeVisible();
    }
    await expect(packet.getByRole('heading', { name: en['plan.section.kpis'] })).toHaveCount(0);
    const { pages } = await printToText(page, info, 'plan-empty');
    expectNoBlankPage(pages);
    const text = pages.join('\n');
    expect(text).toContain(en['plan.cover.title']);
    expect(text).toContain(en['plan.empty.funnel']);
    expect(text).not.toMatch(/\$0(?![\d.,])|\$0\.00|NaN|Infinity/);
  });

  test('a blank SLA draft is left out with a note, not printed as a page of blanks', async ({ page }) => {
    await open(page, '/sla/');
    await page.getByRole('button', { name: 'Start from a blank page' }).click();
    await expect(page.getByLabel('Open draft')).toBeVisible();
    await open(page, '/plan/');
    const packet = page.getByRole('article', { name: en['plan.preview'] });
    await expect(packet.getByText(/is still blank, so it is left out/)).toBeVisible();
    await expect(packet.getByRole('heading', { name: en['plan.section.sla'] })).toHaveCount(0);
  });

  test('a funnel scenario with inputs not valid yet is left out with a note, and goes in once they are', async ({ page }) => {
    await open(page, '/funnel/');
    const target = page.getByLabel('Revenue target');
    await target.fill('five hundred');
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await open(page, '/plan/');
    const packet = page.getByRole('article', { name: en['plan.preview'] });
    await expect(packet.getByText(/Some inputs of .+ are not valid yet, so it is left out\./)).toBeVisible();
    await expect(packet.getByRole('heading', { name: en['plan.section.funnel'] })).toHaveCount(0);

    await open(page, '/funnel/');
    await page.getByLabel('Revenue target').fill('500000');
    await open(page, '/plan/');
    await expect(packet.getByRole('heading', { name: en['plan.section.funnel'] })).toBeVisible();
    await expect(packet.getByRole('heading', { name: en['funnel.results'] })).toBeVisible();
    await expect(packet.getByText(/are not valid yet/)).toHaveCount(0);
  });

  test('prints on Letter when Letter is chosen, and on A4 otherwise', async ({ page }, info) => {
    await open(page, '/plan/');
    const a4 = await printToText(page, info, 'plan-a4', { preferCSSPageSize: true });
    // A4 is 210 × 297 mm: 595 × 842 points.
    expect([Math.round(a4.width), Math.round(a4.height)]).toEqual([595, 842]);
    await page.getByRole('radio', { name: en['plan.paper.letter'] }).check();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('radio', { name: en['plan.paper.letter'] })).toBeChecked();
    const letter = await printToText(page, info, 'plan-letter', { preferCSSPageSize: true });
    // US Letter is 8.5 × 11 inches: 612 × 792 points.
    expect([Math.round(letter.width), Math.round(letter.height)]).toEqual([612, 792]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('draws its charts as they come near, and all of them for paper from the browser’s menu or the button', async ({ page }) => {
      await open(page, '/funnel/');
      await page.getByLabel('Revenue target').fill('500000');
      await open(page, '/plan/');
      const packet = page.getByRole('article', { name: en['plan.preview'] });
      await expect(packet.getByRole('heading', { name: en['funnel.results'] })).toBeAttached();
      await page.waitForLoadState('networkidle');
      // Far down the page, the funnel's charts wait to be scrolled to.
      const waiting = packet.locator('.chart-box:not(.drawn)');
      expect(await waiting.count()).toBeGreaterThan(0);
      const chart = packet.getByRole('img', { name: /^Bar chart of the totals/ });
      await chart.scrollIntoViewIfNeeded();
      await expect(packet.locator('.chart-box.drawn').first()).toBeAttached();
      await page.evaluate(() => window.scrollTo(0, 0));

      // Ctrl+P from the top of the page: the rest are drawn for the print, with no time to wait.
      await page.emulateMedia({ media: 'print' });
      await expect(waiting).toHaveCount(0);
      await page.emulateMedia({ media: 'screen' });

      // The button, from a fresh start at the top.
      await page.reload();
      await hydrated(page);
      await expect(packet.getByRole('heading', { name: en['funnel.results'] })).toBeAttached();
      await saveAsPdf(page, en);
    });
  });

  test('“Save as PDF” pressed at once waits for every part: paper never says “Loading…” or “Simulating…”', async ({ page }) => {
    await open(page, '/funnel/');
    await page.getByLabel('Revenue target').fill('500000');
    await expect(page.getByRole('status', { name: 'Leads needed', exact: true })).toHaveText('1,680');
    await open(page, '/sla/');
    await page.getByRole('button', { name: 'Use this template B2B SaaS, inbound leads' }).click();
    await expect(page.getByLabel('Marketing team', { exact: true })).toBeAttached();

    // On a slow connection the SLA's part arrives a moment after the packet starts.
    await page.route(/\/PacketSla\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await open(page, '/plan/');
    // The browser's print dialog stood in for: it records the packet as it would go to paper.
    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printed = document.querySelector('.packet')?.textContent ?? '';
      };
    });
    await page.getByRole('button', { name: en['plan.save'] }).click();
    const printed = page.locator('html[data-printed]');
    await expect(printed).toHaveCount(1, { timeout: 20_000 });
    const paper = (await printed.getAttribute('data-printed'))!;
    expect(paper).not.toContain(en['plan.loading']);
    expect(paper).not.toContain(en['funnel.sim.running']);
    expect(paper).toContain(en['funnel.sim.title']);
    expect(paper).toContain(en['sla.section.signOff']);
  });

  test('chooses which SLA draft goes in when there are several', async ({ page }) => {
    await open(page, '/sla/');
    await page.getByRole('button', { name: 'Use this template B2B SaaS, inbound leads' }).click();
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByRole('dialog', { name: 'Start from a template' }).getByRole('button', { name: /^Use this template .*one-page/i }).click();
    await open(page, '/plan/');
    const draft = page.getByLabel(en['plan.slaDraft']);
    const packet = page.getByRole('article', { name: en['plan.preview'] });
    await draft.selectOption({ label: 'B2B SaaS, inbound leads' });
    await expect(packet.getByRole('heading', { name: 'B2B SaaS, inbound leads' })).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel(en['plan.slaDraft'])).toHaveValue(await draft.inputValue());
    await expect(packet.getByRole('heading', { name: 'B2B SaaS, inbound leads' })).toBeVisible();
  });
});

// Paper as a reader holds it: the packet and the month's review in the widths they print at, with
// Polish headers and figures of 10^15. The clock is fixed at 10 April 2027 so January to March are due.
const NOW = new Date('2027-04-10T10:00:00');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => vars[name]!);

/** Pastes text into a field the way a user's paste does: a paste event carrying the clipboard's text. */
async function paste(field: Locator, text: string) {
  await field.focus();
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (element.dispatchEvent(event)) {
      const input = element as HTMLInputElement;
      input.setRangeText(value, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, text);
}

/** A plan from January 2027 (with `target`, if given), an SLA from the B2B SaaS template, and a quarter reported on the review. */
async function reviewedQuarter(page: Page, prefix: string, t: Messages, lang: string, target?: string) {
  await page.clock.setFixedTime(NOW);
  await open(page, `${prefix}/data/`);
  await page.getByLabel(t['settings.periodStart']).fill('2027-01');
  await open(page, `${prefix}/funnel/`);
  await page.getByLabel(t['funnel.scenario.name']).fill('Base 2027');
  if (target) await page.getByLabel(t['funnel.target']).fill(target);
  await open(page, `${prefix}/sla/`);
  await page.getByRole('button', { name: new RegExp(`^${escape(t['sla.template.use'])} B2B SaaS`) }).first().click();
  await expect(page.getByLabel(t['sla.drafts.select'])).toBeVisible();
  await open(page, `${prefix}/review/`);
  const month = (key: string) => formatMonth(key, lang);
  const funnel = page.getByRole('region', { name: new RegExp(`^${escape(t['review.actuals.funnelCaption'])}`) });
  const first = fill(t['review.actuals.cellLabel'], { field: t['funnel.stage.lead'], month: month('2027-01') });
  await paste(funnel.getByLabel(new RegExp(`^${escape(first)}`)), '300\t80\t30\t15\t4\t96000\t24000\n320\t85\t35\t16\t5\t120000\t25600\n280\t70\t28\t14\t3\t72000\t22400\n');
  await page.getByRole('button', { name: t['review.paste.title'] }).click();
  await page.getByLabel(t['review.paste.label']).fill(['300\t95\t90\t85\t80\t6\t30\t100\t1', '250\t92\t88\t80\t70\t5\t27\t90\t3', '200\t90\t85\t80\t75\t5\t24\t95\t4'].join('\n'));
  await page.getByLabel(t['review.paste.month']).selectOption({ label: month('2027-01') });
  await page.getByLabel(t['review.paste.column']).selectOption({ label: t['review.field.mqlsDelivered'] });
  await page.getByRole('button', { name: t['review.paste.apply'] }).click();
  await expect(page.getByLabel(t['review.month.choose'])).toHaveValue('2027-03');
}

/**
 * Laid out for paper (print media, the page's printable width in CSS pixels): every table of
 * `scope` that is wider than its box, and every cell whose text runs out of it. On paper either
 * runs into the next column or off the page (or makes the browser shrink the whole page).
 */
async function overflowOnPaper(page: Page, scope: string, printableWidth: number) {
  await page.setViewportSize({ width: printableWidth, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate((scope) => {
    const out: string[] = [];
    for (const table of document.querySelectorAll<HTMLElement>(`${scope} table`)) {
      const name = (table.querySelector('caption')?.textContent || table.querySelector('th')?.textContent || '').trim().slice(0, 50);
      const box = table.parentElement!.getBoundingClientRect();
      const { right } = table.getBoundingClientRect();
      if (right > box.right + 0.5) out.push(`${name}: the table is ${Math.round(right - box.right)} px wider than its box`);
      for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
        if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${name}: "${cell.textContent!.trim().slice(0, 30)}" runs out of its cell`);
      }
    }
    return out;
  }, scope);
  await page.emulateMedia({ media: null });
  return found;
}

// A4 less the packet's margins (2 × 16 mm) and the review's (2 × 11 mm), in CSS pixels.
const PACKET_WIDTH = Math.floor(((210 - 32) / 25.4) * 96);
const REVIEW_WIDTH = Math.floor(((210 - 22) / 25.4) * 96);

test('the Polish packet prints every column within its cell, and no page holds only the end of a part', async ({ page }, info) => {
  test.setTimeout(120_000);
  await reviewedQuarter(page, '/pl', pl, 'pl');
  await openPacket(page, '/pl/plan/', pl);
  expect(await overflowOnPaper(page, '.packet', PACKET_WIDTH)).toEqual([]);
  await saveAsPdf(page, pl);
  const { pages } = await printToText(page, info, 'plan-pl-review');
  const flat = pages.map((p) => p.replace(/\s+/g, ' '));
  // The re-forecast's closing sentences stay on the page of its heading and figures.
  const closing = flat.findIndex((p) => p.includes('Żeby nadrobić brak'));
  expect(closing).toBeGreaterThan(0);
  expect(flat[closing]).toContain(pl['review.reforecast.title']);
  // The closing note of what was left out follows the last part, not alone on a page of its own.
  const leftOut = flat.findIndex((p) => p.includes(pl['plan.emptyTitle']));
  expect(leftOut).toBeGreaterThan(0);
  expect(flat[leftOut]!.trim().startsWith(pl['plan.emptyTitle'])).toBe(false);
  expectNoBlankPage(pages);
});

test('figures of 10^15 wrap inside their cells on paper: the packet and the month’s review', async ({ page }, info) => {
  test.setTimeout(120_000);
  await reviewedQuarter(page, '', en, 'en', '1000000000000000');
  // The odds as printed, not "Simulating…" (on a busy machine the simulation outlasts the steps above).
  await expect(page.getByRole('status', { name: en['review.odds.probability'], exact: true })).toHaveText(/%/, { timeout: 20_000 });
  expect(await overflowOnPaper(page, '.review', REVIEW_WIDTH), 'review').toEqual([]);
  const review = await printToText(page, info, 'review-10e15');
  expect(review.pages).toHaveLength(1);
  await openPacket(page, '/plan/', en);
  expect(await overflowOnPaper(page, '.packet', PACKET_WIDTH), 'packet').toEqual([]);
  // Whole amounts on paper, each group of digits intact.
  const packet = await printToText(page, info, 'plan-10e15');
  expect(packet.pages.join('\n')).toContain('$1,000,000,000,000,000');
});

test('wherever a funnel part falls on the paper, its heading and introduction print on the page of its table', async ({ page }, info) => {
  test.setTimeout(120_000);
  await open(page, '/funnel/');
  await page.getByLabel('Revenue target').fill('500000');
  await open(page, '/plan/');
  const packet = page.getByRole('article', { name: en['plan.preview'] });
  await expect(packet.getByRole('status', { name: en['funnel.sim.probability'], exact: true })).not.toBeEmpty({ timeout: 20_000 });
  await saveAsPdf(page, en);
  // The space above a part grows by steps of about a tenth of a page, so that its heading falls
  // in turn at every height of the paper, the foot included.
  for (const [part, heading, first] of [
    ['.sensitivity-panel', en['funnel.sens.title'], en['funnel.sens.rank']],
    ['.simulation-panel', en['funnel.sim.title'], en['funnel.sim.probability']],
  ] as const) {
    for (let space = 0; space <= 1000; space += 100) {
      await page.evaluate(([selector, px]) => {
        document.querySelector<HTMLElement>(`.packet ${selector}`)!.style.marginTop = `${px}px`;
      }, [part, space] as const);
      const pages = (await printToText(page, info, `plan-${part.slice(1)}-${space}`)).pages.map((text) => text.replace(/\s+/g, ' '));
      const at = pages.findIndex((text) => text.includes(heading));
      expect(pages[at], `${space} px above: “${heading}” is left at the foot of page ${at + 1}`).toContain(first);
    }
    await page.evaluate((selector) => document.querySelector<HTMLElement>(`.packet ${selector}`)!.style.removeProperty('margin-top'), part);
  }
});

test('a month’s tag that wraps on paper stays a rounded box, not an oval', async ({ page }) => {
  await open(page, '/data/');
  await page.getByLabel('Planning period starts').fill('2027-01');
  await open(page, '/funnel/');
  // Eight stages leave the month-by-month table's note column narrow on paper.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add a stage' }).click();
  await open(page, '/plan/');
  const packet = page.getByRole('article', { name: en['plan.preview'] });
  await expect(packet.getByText(en['funnel.timeline.before']).first()).toBeAttached();
  await page.setViewportSize({ width: PACKET_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const tags = await packet.locator('.tag').evaluateAll((elements) =>
    elements.map((tag) => ({ text: tag.textContent, height: tag.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(tag).lineHeight), radius: parseFloat(getComputedStyle(tag).borderTopLeftRadius) })),
  );
  const wrapped = tags.filter((tag) => tag.height > 1.5 * tag.lineHeight);
  expect(wrapped.length, 'some tag wraps on paper').toBeGreaterThan(0);
  for (const tag of wrapped) expect(tag.radius, `“${tag.text}”, ${Math.round(tag.height)} px tall`).toBeLessThanOrEqual(tag.lineHeight / 2);
});

test('wherever the re-forecast falls on the paper, its figures and its sentences print on one page', async ({ page }, info) => {
  test.setTimeout(180_000);
  await reviewedQuarter(page, '', en, 'en');
  await openPacket(page, '/plan/', en);
  const reforecast = page.locator('.packet .review-reforecast');
  await expect(reforecast.getByRole('heading', { name: en['review.reforecast.title'] })).toBeVisible();
  await saveAsPdf(page, en);
  // Its last sentence, as printed (pdftotext may break a line anywhere).
  const last = (await reforecast.locator('p').last().textContent())!.replace(/\s+/g, ' ').trim().slice(-40);
  // The space above it grows by about a tenth of a page at a time, so that it falls in turn at
  // every height of the paper, the foot included.
  for (let space = 0; space <= 1000; space += 100) {
    // Room under the part before it (a margin at the top of a page would be dropped).
    await reforecast.evaluate((element, px) => void ((element.previousElementSibling as HTMLElement).style.paddingBottom = `${px}px`), space);
    const pages = (await printToText(page, info, `plan-reforecast-${space}`)).pages.map((text) => text.replace(/\s+/g, ' '));
    const at = pages.findIndex((text) => text.includes(en['review.reforecast.title']));
    expect(pages[at], `${space} px above: the re-forecast on page ${at + 1} ends on the next`).toContain(last);
  }
});
