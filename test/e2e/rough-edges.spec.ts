// The rough edges a new user meets in the first minute (issue 18, parts 3–7), each checked as a
// user acts — by label and role — in English and Simplified Chinese.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { flatMessages, type Messages } from '../../src/i18n/messages/types';
import { messages as enAreas } from '../../src/i18n/messages/en';
import { messages as zhCnAreas } from '../../src/i18n/messages/zh-cn';
import { interpolate } from '../../src/i18n/interpolate';
import { defaultScenario } from '../../src/lib/funnel/scenario';
import { formatMoney } from '../../src/lib/format';
import { hydrated, watchForProblems } from './site';

type Locale = {
  code: 'en' | 'zh-cn';
  prefix: string;
  lang: string;
  /** The workbook's currency until the user picks one: the locale's own. */
  currency: 'USD' | 'CNY';
  t: Messages;
  /** Words of content files (KPI labels, template names) in this locale. */
  spend: string;
  leads: string;
  cpl: string;
  revenue: string;
  margin: string;
  roiProfit: string;
  roiRevenue: string;
  cplName: string;
  marketingMixTable: string;
};

const LOCALES: Locale[] = [
  {
    code: 'en', prefix: '', lang: 'en', currency: 'USD', t: flatMessages(enAreas),
    spend: 'Marketing spend (USD)', leads: 'Leads', cpl: 'Cost per lead', revenue: 'Attributed revenue (USD)', margin: 'Gross margin (%)',
    roiProfit: 'ROI on gross profit', roiRevenue: 'ROI on revenue', cplName: 'Cost per lead', marketingMixTable: 'The mix on one page',
  },
  {
    code: 'zh-cn', prefix: '/zh-cn', lang: 'zh-CN', currency: 'CNY', t: flatMessages(zhCnAreas),
    spend: '市场花费（CNY）', leads: '线索数', cpl: '单条线索成本', revenue: '归因收入（CNY）', margin: '毛利率（%）',
    roiProfit: '按毛利计的营销 ROI', roiRevenue: '按收入计的营销 ROI', cplName: '单条线索成本', marketingMixTable: '一页看懂营销组合',
  },
];

/** Money as the page shows it in the locale's default currency: "$800" / "¥800". */
const money = (value: number, L: Locale) => formatMoney(value, { locale: L.lang, currency: L.currency });
const say = (template: string, vars: Record<string, string | number> = {}) => interpolate(template, vars);
const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const templateName = (slug: string, locale: string) =>
  /^name: (.+)$/m.exec(readFileSync(new URL(`../../content/sla-templates/${locale}/${slug}.yaml`, import.meta.url), 'utf8'))![1]!.trim();

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** A funnel scenario stored before the page loads (the default plan: 1,000 MQLs over 12 months). */
async function seedFunnel(page: Page) {
  const scenario = defaultScenario('Base plan', 'scenario-1', { updatedAt: '2026-01-01T00:00:00.000Z' });
  await page.addInitScript((value) => {
    if (localStorage.getItem('pw:funnel') === null) localStorage.setItem('pw:funnel', value);
  }, JSON.stringify({ v: 1, data: { scenarios: [scenario], activeId: scenario.id } }));
}

/** Starts an SLA draft from a template on the builder's first screen. */
async function startDraft(page: Page, L: Locale, slug = 'b2b-saas') {
  await open(page, `${L.prefix}/sla/`);
  await page.getByRole('button', { name: `${L.t['sla.template.use']} ${templateName(slug, L.code)}` }).click();
  await expect(page.getByRole('group', { name: L.t['sla.export.title'] })).toBeVisible();
}

/** Opens a section of the SLA form (a disclosure button named by its heading, perhaps with a badge). */
async function openSection(page: Page, heading: string) {
  const button = page.locator('.sla-form').getByRole('button', { name: new RegExp(`^${heading.replace(/[()’]/g, '.')}`) });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

const documentView = (page: Page) => page.locator('article.sla-document');

for (const L of LOCALES) {
  const { t } = L;

  test.describe(`phones, 360 px (${L.code})`, () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('a calculator keeps its figure in view while typing, never over the field', async ({ page }) => {
      await open(page, `${L.prefix}/calculators/marketing-roi/`);
      const bar = page.getByRole('group', { name: t['calc.resultBar'] });
      const spend = textbox(page, L.spend);
      await textbox(page, L.revenue).fill('60000');
      // Bring the field under where the bar sits, then type into it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await spend.evaluate((field) => window.scrollTo(0, field.getBoundingClientRect().top + window.scrollY - 20));
      await spend.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('15000');
      // (60,000 × 60 % − 15,000) ÷ 15,000 = 140 %
      await expect(bar).toContainText(L.roiProfit);
      await expect(bar).toContainText('140%');
      await expect(bar).toBeInViewport();
      const [barBox, fieldBox] = [await bar.boundingBox(), await spend.boundingBox()];
      expect(fieldBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
      expect(fieldBox!.y + fieldBox!.height).toBeLessThanOrEqual(780);
    });

    test('/data/: every action of “What is stored” is reachable without sideways scrolling', async ({ page }) => {
      await seedFunnel(page);
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      await textbox(page, L.leads).fill('250');
      await startDraft(page, L);
      await open(page, `${L.prefix}/data/`);
      const stored = page.getByRole('region', { name: t['data.stored.title'] });
      const buttons = stored.getByRole('button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(4);
      for (const button of await buttons.all()) {
        await button.scrollIntoViewIfNeeded();
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('/pipeline/: a measured file with months of bookings keeps the page within the phone', async ({ page }) => {
      await open(page, `${L.prefix}/pipeline/`);
      await page.getByLabel(L.t['pipeline.file.label']).setInputFiles(new URL('../fixtures/crm/hubspot.csv', import.meta.url).pathname);
      const bookings = page.getByRole('region', { name: L.t['pipeline.bookings.title'] });
      await expect(bookings).toBeVisible();
      // The table scrolls in its own box; the drop zone and the figures stay whole on screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('/plan/: a wide table shows that it scrolls, and its caption is whole', async ({ page }) => {
      await seedFunnel(page);
      await open(page, `${L.prefix}/plan/`);
      const region = page.getByRole('region', { name: t['funnel.sim.caption'] });
      await region.scrollIntoViewIfNeeded();
      await expect(region).toBeVisible({ timeout: 15_000 });
      const fade = () => region.evaluate((el) => [el.scrollWidth > el.clientWidth, getComputedStyle(el).getPropertyValue('--fade-end')] as const);
      // Wider than the phone: its right edge fades while there is more to the right, not once scrolled there.
      await expect.poll(fade).toEqual([true, '40px']);
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect.poll(fade).toEqual([true, '0px']);
      const caption = region.getByText(t['funnel.sim.caption'], { exact: true });
      const [captionBox, regionBox] = [await caption.boundingBox(), await region.boundingBox()];
      expect(captionBox!.x).toBeGreaterThanOrEqual(regionBox!.x - 1);
      expect(captionBox!.x + captionBox!.width).toBeLessThanOrEqual(regionBox!.x + regionBox!.width + 1);
    });

    test('/sla/: “Print and share” does not follow the reader down the agreement', async ({ page }) => {
      await startDraft(page, L);
      const bar = page.getByRole('group', { name: t['sla.export.title'] });
      // The document's section headings are numbered ("11. Escalation").
      await documentView(page).getByRole('heading', { name: new RegExp(`${t['sla.section.escalation']}$`) }).scrollIntoViewIfNeeded();
      await expect(bar).not.toBeInViewport();
    });

    test('a guide’s wide table scrolls inside a named box the keyboard reaches', async ({ page }) => {
      await open(page, `${L.prefix}/learn/marketing-mix/`);
      const region = page.getByRole('region', { name: L.marketingMixTable });
      await expect(region.getByRole('table')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      if (await region.evaluate((el) => el.scrollWidth > el.clientWidth)) {
        await region.focus();
        await expect(region).toBeFocused();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      }
    });
  });

  test.describe(`numbers a person can read and trust (${L.code})`, () => {
    test('a number field shows its figure grouped once left, and the text as typed while in it', async ({ page }) => {
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      const spend = textbox(page, L.spend);
      await spend.fill('1200000');
      await expect(spend).toHaveValue('1200000');
      await textbox(page, L.leads).fill('1500');
      await expect(spend).toHaveValue('1,200,000');
      // 1,200,000 ÷ 1,500 = 800
      await expect(figure(page, L.cpl)).toHaveText(money(800, L));
      await spend.focus();
      await expect(spend).toHaveValue('1200000');
      // Typed the Polish (or German) way, read the same, shown in this page's style.
      await spend.fill('1 200 000,5');
      await textbox(page, L.leads).focus();
      await expect(spend).toHaveValue('1,200,000.5');
      await page.reload();
      await hydrated(page);
      await expect(spend).toHaveValue('1,200,000.5');
      await expect(textbox(page, L.leads)).toHaveValue('1,500');
    });

    test('money pasted with the workbook’s currency sign reads, in a calculator and the funnel planner', async ({ page }) => {
      const sign = L.currency === 'USD' ? '$' : '¥';
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      const spend = textbox(page, L.spend);
      await spend.fill(`${sign}60,000.00`);
      await textbox(page, L.leads).fill('1500');
      // 60,000 ÷ 1,500 = 40, and the field has nothing to say.
      await expect(figure(page, L.cpl)).toHaveText(money(40, L));
      await expect(spend).not.toHaveAttribute('aria-invalid', 'true');
      await open(page, `${L.prefix}/funnel/`);
      const target = page.getByLabel(t['funnel.target'], { exact: false }).first();
      const leads = page.locator('.plan-card').getByRole('status', { name: t['funnel.fig.leads'], exact: true });
      await target.fill('500000');
      const plain = await leads.textContent();
      await target.fill('1');
      await expect(leads).not.toHaveText(plain!);
      // The same target with its sign plans the same leads.
      await target.fill(`${sign}500,000`);
      await expect(target).not.toHaveAttribute('aria-invalid', 'true');
      await expect(leads).toHaveText(plain!);
    });

    test('an SLA linked to the funnel commits to whole leads with the period total', async ({ page }) => {
      await seedFunnel(page);
      await startDraft(page, L);
      const card = page.getByRole('region', { name: t['sla.linked.title'] });
      // 1,000 MQLs over 12 months is 83.3 a month: committed as 84, cumulatively reaching 1,000.
      const total = say(t['sla.linked.totalValue.other'], { total: '1,000', months: '12' });
      await expect(card.getByRole('status', { name: t['sla.linked.mqlsTotal'], exact: true })).toHaveText(total);
      await expect(card.getByRole('status', { name: t['sla.linked.mqlsPerMonth'], exact: true })).toHaveText('84');
      await card.getByRole('button', { name: t['sla.linked.use'] }).click();
      await openSection(page, t['sla.section.marketing']);
      await expect(textbox(page, t['sla.field.marketing.mqlsPerMonth'])).toHaveValue('84');
      await expect(documentView(page)).toContainText(total);
      await expect(documentView(page)).toContainText('84 · 167 · 250 · 334 · 417 · 500 · 584 · 667 · 750 · 834 · 917 · 1,000');
      await expect(documentView(page)).not.toContainText('83.3');
    });

    test('simulated deals are whole deals', async ({ page }) => {
      await seedFunnel(page);
      await open(page, `${L.prefix}/funnel/`);
      for (const p of ['p10', 'p50', 'p90'] as const) {
        const deals = figure(page, `${t['funnel.sim.deals']} ${t[`funnel.sim.${p}`]}`);
        await expect(deals).toHaveText(/^\d{1,3}(,\d{3})*$/, { timeout: 15_000 });
      }
    });

    test('marketing ROI is shown on gross profit and on revenue, each named, with both formulas', async ({ page }) => {
      await open(page, `${L.prefix}/calculators/marketing-roi/`);
      await textbox(page, L.revenue).fill('60000');
      await textbox(page, L.margin).fill('60');
      await textbox(page, L.spend).fill('15000');
      // (60,000 × 60 % − 15,000) ÷ 15,000 = 140 %; (60,000 − 15,000) ÷ 15,000 = 300 %
      await expect(figure(page, L.roiProfit)).toHaveText('140%');
      await expect(figure(page, L.roiRevenue)).toHaveText('300%');
      const formula = page.getByRole('heading', { name: t['calc.formula'] }).locator('xpath=following-sibling::*[1]');
      await expect(formula).toContainText(L.code === 'en' ? 'ROI on gross profit =' : '按毛利计的 ROI =');
      await expect(formula).toContainText(L.code === 'en' ? 'ROI on revenue =' : '按收入计的 ROI =');
    });

    test('a calculator’s example figures say they are examples, and clear at once', async ({ page }) => {
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      await expect(page.getByText(t['calc.examples'])).toBeVisible();
      await page.getByRole('button', { name: t['calc.clearExamples'] }).click();
      await expect(textbox(page, L.spend)).toHaveValue('');
      await expect(textbox(page, L.leads)).toHaveValue('');
      await expect(page.getByText(t['calc.examples'])).toHaveCount(0);
      // No figure from nothing: the reason stands in its place.
      await expect(figure(page, L.cpl)).not.toHaveText(/\d/);
      await expect(page.getByRole('status').filter({ hasText: t['calc.examplesCleared'] })).toBeVisible();
      await page.getByRole('button', { name: t['kit.undo'] }).click();
      await expect(textbox(page, L.spend)).toHaveValue('5,000');
      await expect(page.getByText(t['calc.examples'])).toBeVisible();
    });

    test('a template’s money follows the workbook’s currency', async ({ page }) => {
      await open(page, `${L.prefix}/data/`);
      await page.getByLabel(t['settings.currency']).selectOption('EUR');
      await startDraft(page, L);
      await openSection(page, t['sla.section.goal']);
      const target = textbox(page, t['sla.field.goal.revenueTarget']);
      const amount = L.code === 'en' ? 1_200_000 : 8_000_000;
      await expect(target).toHaveValue(new RegExp(formatMoney(amount, { locale: L.lang, currency: 'EUR' }).replace(/[.$]/g, '\\$&')));
      await expect(target).not.toHaveValue(/万元|\{money/);
    });
  });

  test.describe(`limits said before they bite (${L.code})`, () => {
    test('a name past its limit is kept, marked and said by how much', async ({ page }) => {
      await open(page, `${L.prefix}/funnel/`);
      const name = textbox(page, t['funnel.scenario.name']);
      const long = '名'.repeat(100);
      await name.fill(long);
      await expect(name).toHaveValue(long);
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expect(name).toHaveAccessibleDescription(new RegExp(say(t['kit.limit.over.other'], { over: '20', max: '80' }).slice(0, 20)));
      await expect(page.getByText(say(t['kit.limit.count.other'], { n: '100', max: '80' }))).toBeVisible();
      await name.fill('名'.repeat(70));
      await expect(name).not.toHaveAttribute('aria-invalid', 'true');
      // Near the limit the count shows, before it bites.
      await expect(page.getByText(say(t['kit.limit.count.other'], { n: '70', max: '80' }))).toBeVisible();
    });

    test('a name past its limit is left out of the plan packet, with a note in its place', async ({ page }) => {
      // A scenario named 90 characters (10 over) and a company named 100 (20 over).
      const scenario = defaultScenario('名'.repeat(90), 'scenario-1', { updatedAt: '2026-01-01T00:00:00.000Z' });
      await page.addInitScript((value) => {
        if (localStorage.getItem('pw:funnel') === null) localStorage.setItem('pw:funnel', value);
      }, JSON.stringify({ v: 1, data: { scenarios: [scenario], activeId: scenario.id } }));
      await open(page, `${L.prefix}/data/`);
      const company = textbox(page, t['settings.companyName']);
      await company.fill('Ω'.repeat(100));
      await expect(company).toHaveAttribute('aria-invalid', 'true');

      await open(page, `${L.prefix}/plan/`);
      const packet = page.locator('.plan-packet');
      await expect(packet.getByText(say(t['kit.limit.leftOut.other'], { over: '20', max: '80' }))).toBeVisible();
      await expect(packet.getByText(say(t['kit.limit.leftOut.other'], { over: '10', max: '80' }))).toBeVisible();
      await expect(packet).not.toContainText('Ω'.repeat(81));
      await expect(packet).not.toContainText('名'.repeat(81));
      // Shortened, it prints again.
      await open(page, `${L.prefix}/data/`);
      await textbox(page, t['settings.companyName']).fill('Ω'.repeat(80));
      await open(page, `${L.prefix}/plan/`);
      await expect(page.locator('.plan-packet .cover-company')).toHaveText('Ω'.repeat(80));
    });

    test('an SLA text past its limit stays in the form and out of the agreement', async ({ page }) => {
      await startDraft(page, L);
      await openSection(page, t['sla.section.goal']);
      const statement = textbox(page, t['sla.field.goal.statement']);
      await statement.fill('x'.repeat(2_150));
      await expect(statement).toHaveValue('x'.repeat(2_150));
      await expect(statement).toHaveAttribute('aria-invalid', 'true');
      const note = say(t['sla.doc.overLimit.other'], { over: '150', max: '2,000' });
      await expect(documentView(page).getByText(note)).toBeVisible();
      await expect(documentView(page)).not.toContainText('x'.repeat(100));
      await statement.fill('y'.repeat(1_990));
      await expect(statement).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(say(t['kit.limit.count.other'], { n: '1,990', max: '2,000' }))).toBeVisible();
      await expect(documentView(page)).toContainText('y'.repeat(1_990));
    });
  });

  test.describe(`words (${L.code})`, () => {
    test('counts take their plural form', async ({ page }) => {
      await startDraft(page, L, 'smb-ecommerce');
      await page.getByLabel(t['sla.versions.nameLabel']).fill('v1');
      await page.getByRole('button', { name: t['sla.versions.save'] }).click();
      await openSection(page, t['sla.section.parties']);
      await textbox(page, t['sla.field.parties.marketingOwner']).fill('Mia');
      await page.getByLabel(t['sla.versions.before']).selectOption({ index: 0 });
      const diff = page.locator('.sla-diff');
      await expect(diff.getByText(say(t['sla.diff.count.one'], { count: 1 }), { exact: true })).toBeVisible();
      await textbox(page, t['sla.field.parties.salesOwner']).fill('Sam');
      await expect(diff.getByText(say(t['sla.diff.count.other'], { count: 2 }), { exact: true })).toBeVisible();
    });

    test('sizes in one unit style, and an empty month field that reads as a prompt', async ({ page }) => {
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      await textbox(page, L.leads).fill('250');
      await open(page, `${L.prefix}/data/`);
      const sizes = page.locator('.stored-table td.num');
      for (const size of await sizes.all()) await expect(size).toHaveText(/^\d+(\.\d)? (kB|MB)$/);
      await expect(page.locator('.stored-table')).not.toContainText(/字节|bytes?\b/);

      const month = page.getByLabel(t['settings.periodStart']);
      await expect(month).toHaveAccessibleDescription(new RegExp(t['settings.periodNotSet']));
      await expect(page.getByText(t['settings.periodNotSet'], { exact: true })).toBeVisible();
      await month.fill('2027-01');
      await expect(page.getByText(t['settings.periodNotSet'], { exact: true })).toHaveCount(0);
      await expect(month).toHaveValue('2027-01');
    });

    test('a list line is named by its field and line only', async ({ page }) => {
      await startDraft(page, L);
      await openSection(page, t['sla.section.escalation']);
      const field = t['sla.field.escalation.steps'];
      const line = page.getByRole('group', { name: field }).getByRole('textbox').first();
      await expect(line).toHaveAccessibleName(say(t['sla.form.item'], { field, n: 1 }));
    });
  });

  test.describe(`also (${L.code})`, () => {
    test('a link made on another calculator says what it holds and opens that one', async ({ page, browser }) => {
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      await textbox(page, L.spend).fill('9000');
      await textbox(page, L.leads).fill('300');
      await page.getByRole('button', { name: t['share.button'] }).click();
      const link = await page.getByRole('dialog').getByLabel(t['share.linkLabel']).inputValue();
      const hash = new URL(link).hash;

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      const problems = await watchForProblems(other);
      await open(other, `${L.prefix}/calculators/cac/${hash}`);
      const name = `\u2068${L.cplName}\u2069`;
      await expect(other.getByRole('status').filter({ hasText: say(t['share.otherCalculator'], { name }) })).toBeVisible();
      await other.getByRole('link', { name: say(t['share.openOther'], { name }) }).click();
      await hydrated(other);
      await expect(other).toHaveURL(new RegExp(`${L.prefix}/calculators/cost-per-lead/`));
      // 9,000 ÷ 300 = 30
      await expect(figure(other, L.cpl)).toHaveText(money(30, L));
      expect(problems).toEqual([]);
      await fresh.close();
    });

    test('a stage name cannot be left blank without a word', async ({ page }) => {
      await open(page, `${L.prefix}/funnel/`);
      const stage = textbox(page, say(t['funnel.stageName'], { n: 1 }));
      await stage.fill('');
      await expect(stage).toHaveAttribute('aria-invalid', 'true');
      await expect(stage).toHaveAccessibleDescription(new RegExp(t['funnel.stage.blank'].replace(/[.?*+()]/g, '\\$&')));
      await stage.fill('Lead');
      await expect(stage).not.toHaveAttribute('aria-invalid', 'true');
    });

    test('an undo toast leaves after a while, but not while the user is on it', async ({ page }) => {
      await page.clock.install();
      await open(page, `${L.prefix}/calculators/cost-per-lead/`);
      await textbox(page, L.leads).fill('250');
      const toast = page.getByRole('status').filter({ has: page.getByRole('button', { name: t['kit.undo'] }) });
      await page.getByRole('button', { name: t['kit.reset'], exact: true }).click();
      await expect(toast).toBeVisible();
      await page.clock.fastForward(11_000);
      await expect(toast).toHaveCount(0);

      await textbox(page, L.leads).fill('260');
      await page.getByRole('button', { name: t['kit.reset'], exact: true }).click();
      // On its Undo (by keyboard), it stays.
      const undo = toast.getByRole('button', { name: t['kit.undo'] });
      await undo.focus();
      await page.clock.fastForward(30_000);
      await expect(toast).toBeVisible();
      // Under the pointer, it stays too, once the focus has left.
      await undo.hover();
      await undo.evaluate((button) => button.blur());
      await page.clock.fastForward(30_000);
      await expect(toast).toBeVisible();
      // Left alone, it goes, 10 s after the pointer left it.
      await page.mouse.move(1, 1);
      await page.waitForTimeout(200);
      await page.clock.fastForward(11_000);
      await expect(toast).toHaveCount(0);
    });
  });
}
