import { expect, test, type Page } from '@playwright/test';
import { groupedInput } from '../../src/lib/number-display';
import { hydrated, watchForProblems } from './site';

/** What a field shows once left: the number it reads as, grouped ("60000" → "60,000", "75%" → "75"). */
const shown = (typed: string) => groupedInput(typed, typed.trim().endsWith('%') ? 'percent' : 'number', 'en') ?? typed;

type Case = {
  id: string;
  /** Field accessible names (label plus unit) → what to type. */
  fields?: Record<string, string>;
  /** Cells of list inputs: accessible name ("Profit, Row 2 (USD)" style) → what to type. */
  cells?: Record<string, string>;
  /** Output name → the figure expected, worked by hand. */
  expect: Record<string, string>;
};

// Every figure below is worked by hand from the inputs, in USD and English formatting.
const cases: Case[] = [
  { id: 'cost-per-lead', fields: { 'Marketing spend (USD)': '60,000', Leads: '1500' }, expect: { 'Cost per lead': '$40' } }, // 60 000 ÷ 1 500
  { id: 'mql-rate', fields: { Leads: '400', 'Marketing qualified leads (MQLs)': '120' }, expect: { 'MQL rate': '30%' } }, // 120 ÷ 400
  { id: 'mql-to-sql', fields: { 'Marketing qualified leads (MQLs)': '400', 'Sales qualified leads (SQLs)': '120' }, expect: { 'MQL to SQL rate': '30%' } },
  { id: 'roas', fields: { 'Revenue from the ads (USD)': '18000', 'Ad spend (USD)': '4000' }, expect: { ROAS: '4.5×', 'ROAS as a percentage': '450%' } },
  { id: 'marketing-roi', fields: { 'Attributed revenue (USD)': '216000', 'Gross margin (%)': '75%', 'Marketing spend (USD)': '60000' }, expect: { 'ROI on gross profit': '170%', 'ROI on revenue': '260%', 'Gross profit': '$162,000' } }, // (216 000 × 0.75 − 60 000) ÷ 60 000; (216 000 − 60 000) ÷ 60 000
  { id: 'sales-growth', fields: { "Last month's sales (USD)": '80000', "This month's sales (USD)": '92000' }, expect: { 'Sales growth': '15%', 'Change in sales': '$12,000' } },
  { id: 'profit-margin', cells: { 'Profit, Row 2 (USD)': '3000' }, expect: { 'Margin on total revenue': '22%', 'Mean of the line margins': '17.5%' } }, // (30 000 + 3 000) ÷ 150 000; (25 % + 10 %) ÷ 2
  { id: 'bookings', cells: { 'Value, Row 3 (USD)': '18000' }, expect: { Bookings: '$60,000', 'Average deal': '$20,000' } }, // 24 000 + 18 000 + 18 000; ÷ 3
  { id: 'weighted-pipeline', cells: { 'Value, Row 3 (USD)': '60000' }, expect: { 'Weighted pipeline': '$40,000', 'Unweighted pipeline': '$130,000' } }, // 50 000 × 40 % + 20 000 × 70 % + 60 000 × 10 %
  { id: 'target-attainment', fields: { 'Sales target (USD)': '300000', 'Achieved so far (USD)': '180000', 'Days in the period (days)': '90', 'Days elapsed (days)': '60' }, expect: { 'Target attainment': '60%', 'Gap to target': '$120,000', 'Run rate needed (per day)': '$4,000' } }, // 120 000 ÷ 30 days
  { id: 'win-rate', fields: { 'Deals won': '18', 'Deals lost': '42' }, expect: { 'Win rate': '30%' } },
  { id: 'sales-velocity', fields: { 'Open opportunities': '40', 'Average deal size (USD)': '12000', 'Win rate (%)': '25', 'Sales cycle length (days)': '60' }, expect: { 'Sales velocity per day': '$2,000' } }, // 40 × 12 000 × 0.25 ÷ 60
  { id: 'cac', fields: { 'Sales spend (USD)': '40000', 'Marketing spend (USD)': '60000', 'New customers': '50' }, expect: { 'Customer acquisition cost': '$2,000' } },
  { id: 'retention', fields: { 'Customers at start': '200', 'Customers at end': '210', 'New customers': '30' }, expect: { 'Retention rate': '90%' } }, // (210 − 30) ÷ 200
  { id: 'churn', fields: { 'Customers at start': '200', 'Customers lost': '6' }, expect: { 'Churn rate': '3%' } },
  { id: 'ltv', fields: { 'Average revenue per account (ARPA) (USD)': '500', 'Gross margin (%)': '80', 'Monthly churn (%)': '2' }, expect: { 'Customer lifetime value': '$20,000' } }, // 500 × 0.8 ÷ 0.02
  { id: 'ltv-cac', fields: { 'Customer lifetime value (LTV) (USD)': '20000', 'Customer acquisition cost (CAC) (USD)': '5000' }, expect: { 'LTV:CAC': '4×' } },
  { id: 'cac-payback', fields: { 'Customer acquisition cost (CAC) (USD)': '6000', 'Average revenue per account (ARPA) (USD)': '500', 'Gross margin (%)': '80' }, expect: { 'CAC payback period': '15 months' } }, // 6 000 ÷ (500 × 0.8)
];

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

async function fill(page: Page, c: Case) {
  for (const [name, value] of Object.entries(c.fields ?? {})) await page.getByRole('textbox', { name, exact: true }).fill(value);
  for (const [name, value] of Object.entries(c.cells ?? {})) await page.getByRole('textbox', { name, exact: true }).fill(value);
}

async function expectFigures(page: Page, c: Case) {
  for (const [name, value] of Object.entries(c.expect)) {
    await expect(page.getByRole('status', { name, exact: true })).toHaveText(value);
  }
}

for (const c of cases) {
  test(`${c.id}: computes from typed inputs, keeps them on reload, and shares them`, async ({ page, browser }) => {
    const problems = await watchForProblems(page);
    await open(page, `/calculators/${c.id}/`);
    await fill(page, c);
    await expectFigures(page, c);

    await page.reload();
    await hydrated(page);
    for (const [name, value] of Object.entries({ ...c.fields, ...c.cells })) {
      await expect(page.getByRole('textbox', { name, exact: true })).toHaveValue(shown(value));
    }
    await expectFigures(page, c);

    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByRole('dialog').getByLabel('Link').inputValue();
    expect(link).toContain(`/calculators/${c.id}/#share=`);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await open(other, link);
    await expectFigures(other, c);
    await fresh.close();
    expect(problems).toEqual([]);
  });
}

test.describe('bad input is explained in place', () => {
  const badLeads = [
    ['0', 'Leads must be more than zero.'],
    ['abc', 'This is not a number'],
    ['-5', 'Use zero or more.'],
    ['1e309', 'too large'],
    ['2.5', 'Use a whole number.'],
  ] as const;
  for (const [typed, message] of badLeads) {
    test(`leads "${typed}"`, async ({ page }) => {
      await open(page, '/calculators/cost-per-lead/');
      const leads = page.getByRole('textbox', { name: 'Leads', exact: true });
      await leads.fill(typed);
      const figure = page.getByRole('status', { name: 'Cost per lead', exact: true });
      await expect(figure).not.toHaveText(/NaN|Infinity|undefined|\$/);
      await expect(figure).not.toBeEmpty();
      if (typed !== '0') {
        await expect(leads).toHaveAttribute('aria-invalid', 'true');
        const describedBy = await leads.getAttribute('aria-describedby');
        await expect(page.locator(`#${describedBy?.split(' ').pop()}`)).toContainText(message);
      } else {
        await expect(figure).toHaveText(message);
      }
    });
  }

  test('an emptied field says so once the user leaves it', async ({ page }) => {
    await open(page, '/calculators/cac/');
    const field = page.getByRole('textbox', { name: 'New customers', exact: true });
    await field.fill('');
    await field.blur();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${(await field.getAttribute('aria-describedby'))?.split(' ').pop()}`)).toHaveText('Enter a number.');
  });

  test('figures that contradict each other are named, with the numbers typed, at the field and in place of the figure', async ({ page }) => {
    await open(page, '/calculators/churn/');
    await page.getByRole('textbox', { name: 'Customers at start', exact: true }).fill('200');
    const lost = page.getByRole('textbox', { name: 'Customers lost', exact: true });
    await lost.fill('250');
    const sentence = 'Customers lost (250) cannot be more than Customers at start (200).';
    await expect(lost).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${(await lost.getAttribute('aria-describedby'))?.split(' ').pop()}`)).toHaveText(sentence);
    await expect(page.getByRole('status', { name: 'Churn rate', exact: true })).toHaveText(sentence);
  });

  test('a Polish page says how the figures contradict each other in Polish, with its numbers written the Polish way', async ({ page }) => {
    await open(page, '/pl/calculators/retention/');
    await page.getByRole('textbox', { name: 'Klienci na początku okresu', exact: true }).fill('20000');
    await page.getByRole('textbox', { name: 'Nowi klienci', exact: true }).fill('3000');
    const end = page.getByRole('textbox', { name: 'Klienci na koniec okresu', exact: true });
    await end.fill('25000');
    // 25 000 at the end, 3 000 of them new: 22 000 kept of 20 000 at the start; at most 20 000 + 3 000.
    const sentence =
      'Wartość „Klienci na koniec okresu” (25 000) nie może przekraczać sumy wartości „Klienci na początku okresu” i „Nowi klienci” (23 000).';
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${(await end.getAttribute('aria-describedby'))?.split(' ').pop()}`)).toHaveText(sentence);
    await expect(page.getByRole('status', { name: 'Wskaźnik retencji', exact: true })).toHaveText(sentence);
  });

  test('Chinese pages explain in Chinese', async ({ page }) => {
    await open(page, '/zh-cn/calculators/win-rate/');
    const field = page.getByRole('textbox').first();
    await field.fill('abc');
    await expect(page.locator(`#${(await field.getAttribute('aria-describedby'))?.split(' ').pop()}`)).toContainText('这不是数字');
  });
});

test.describe('rows by keyboard', () => {
  test('adds and removes a deal with the keyboard, and the totals follow', async ({ page }) => {
    await open(page, '/calculators/bookings/');
    await page.getByRole('button', { name: 'Add a row' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Customer or deal, Row 4', exact: true })).toBeFocused();
    await page.keyboard.type('Umbrella');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12000');
    await expect(page.getByRole('status', { name: 'Bookings', exact: true })).toHaveText('$60,000'); // 24 000 + 18 000 + 6 000 + 12 000
    await page.getByRole('button', { name: 'Remove row 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status', { name: 'Bookings', exact: true })).toHaveText('$36,000');
    await expect(page.getByRole('status', { name: 'Deals signed', exact: true })).toHaveText('3');
  });

  test('an opportunity whose stage was removed says so at its stage, not only in place of the figure', async ({ page }) => {
    await open(page, '/calculators/weighted-pipeline/');
    // The example's first opportunity is at the second stage; the third at the first.
    const stage = page.getByRole('combobox', { name: 'Stage, Row 3', exact: true });
    await expect(stage).not.toHaveAttribute('aria-invalid');
    await page.getByRole('button', { name: 'Remove row 1' }).first().click();
    await expect(stage).toHaveAttribute('aria-invalid', 'true');
    await expect(stage).toHaveAccessibleDescription('Stage, Row 3: the one chosen is no longer in Stages. Choose again.');
    await stage.selectOption({ index: 0 });
    await expect(stage).not.toHaveAttribute('aria-invalid');
    await expect(page.getByRole('status', { name: 'Weighted pipeline', exact: true })).not.toBeEmpty();
  });

  test('reset puts the example back, and undo brings the user’s figures back', async ({ page }) => {
    await open(page, '/calculators/churn/');
    await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('20');
    await expect(page.getByRole('status', { name: 'Churn rate', exact: true })).toHaveText('10%');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('status', { name: 'Churn rate', exact: true })).toHaveText('3%');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status', { name: 'Churn rate', exact: true })).toHaveText('10%');
  });
});

test.describe('the calculator index', () => {
  test('groups by team and filters by name in either language', async ({ page }) => {
    await open(page, '/calculators/');
    for (const heading of ['Marketing KPIs', 'Sales KPIs', 'Shared KPIs']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    const filter = page.getByRole('searchbox', { name: 'Filter calculators by name' });
    await filter.fill('cac');
    await expect(page.getByRole('link', { name: /Customer acquisition cost/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Win rate/ })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Sales KPIs' })).toBeHidden();
    await filter.fill('获客');
    await expect(page.getByRole('link', { name: /Customer acquisition cost/ })).toBeVisible();
    await filter.fill('zzz');
    await expect(page.getByText('No calculator matches “zzz”.')).toBeVisible();

    await open(page, '/zh-cn/calculators/');
    await page.getByRole('searchbox').fill('churn');
    await expect(page.getByRole('link', { name: /流失率/ })).toBeVisible();
  });

  test('the filter finds names typed without Polish letters or in full-width letters', async ({ page }) => {
    await open(page, '/pl/calculators/');
    const filter = page.getByRole('searchbox');
    await filter.fill('wskaznik wygranych');
    await expect(page.getByRole('link', { name: /Wskaźnik wygranych/ })).toBeVisible();
    await filter.fill('marza');
    await expect(page.getByRole('link', { name: /marża/ })).toBeVisible();
    await filter.fill('wazony');
    await expect(page.getByRole('link', { name: /ważony/ })).toBeVisible();
    await open(page, '/zh-cn/calculators/');
    await page.getByRole('searchbox').fill('ＣＡＣ');
    await expect(page.getByRole('link', { name: /^获客成本 · CAC/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^赢单率/ })).toBeHidden();
  });

  test('the filter finds a calculator by another name in use in the language', async ({ page }) => {
    await open(page, '/zh-tw/calculators/');
    const filter = page.getByRole('searchbox');
    await filter.fill('獲客成本');
    await expect(page.getByRole('link', { name: /^客戶取得成本 · CAC/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^成交率/ })).toBeHidden();
    await open(page, '/calculators/');
    await page.getByRole('searchbox').fill('close rate');
    await expect(page.getByRole('link', { name: /^Win rate/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Customer acquisition cost/ })).toBeHidden();
  });

  test('money follows the chosen currency', async ({ page }) => {
    await open(page, '/data/');
    await page.getByLabel('Currency').selectOption('EUR');
    await open(page, '/calculators/cac/');
    await expect(page.getByRole('status', { name: 'Customer acquisition cost', exact: true })).toHaveText('€2,000');
    await open(page, '/zh-cn/calculators/cac/');
    await expect(page.getByRole('textbox', { name: /（EUR）$/ }).first()).toBeVisible();
  });
});

test('a worked example in a guide opens its calculator with the example’s figures', async ({ page }) => {
  await open(page, '/learn/mql-sql-lead-grading/');
  await page.getByRole('link', { name: 'Open this example in the MQL to SQL calculator' }).click();
  await hydrated(page);
  await expect(page).toHaveURL(/\/calculators\/mql-to-sql\/$/);
  await expect(page.getByRole('textbox', { name: 'Marketing qualified leads (MQLs)', exact: true })).toHaveValue('400');
  await expect(page.getByRole('status', { name: 'MQL to SQL rate', exact: true })).toHaveText('30%'); // 120 ÷ 400
});

test('a tampered share link gives a message and leaves the user’s inputs alone', async ({ page }) => {
  const problems = await watchForProblems(page);
  await open(page, '/calculators/churn/');
  await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('20');
  await open(page, '/calculators/churn/#share=AAAAnot-a-real-code');
  await expect(page.getByText('This share link is damaged or incomplete')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Customers lost', exact: true })).toHaveValue('20');
  expect(problems).toEqual([]);
});

test('a share link asks before replacing local work', async ({ page }) => {
  await open(page, '/calculators/churn/');
  await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('20');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('dialog').getByLabel('Link').inputValue();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Customers lost', exact: true }).fill('50');
  await open(page, link);
  const dialog = page.getByRole('dialog', { name: 'Open the shared inputs?' });
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('textbox', { name: 'Customers lost', exact: true })).toHaveValue('50');
  await open(page, link);
  await page.getByRole('dialog', { name: 'Open the shared inputs?' }).getByRole('button', { name: 'Replace my inputs' }).click();
  await expect(page.getByRole('textbox', { name: 'Customers lost', exact: true })).toHaveValue('20');
});

test('a problem in a list names the row it is in, in place of the figure', async ({ page }) => {
  await open(page, '/calculators/profit-margin/');
  await page.getByRole('textbox', { name: 'Profit, Row 1 (USD)', exact: true }).fill('999999999');
  await expect(page.getByRole('status', { name: 'Margin on total revenue', exact: true })).toHaveText(
    'Profit, Row 1 (999,999,999) cannot be more than Revenue, Row 1 (120,000).',
  );
});

test('a first visit to a Polish or Chinese calculator shows its money in the page’s currency before and after it starts', async ({ browser }) => {
  for (const [path, code, figure] of [
    ['/pl/calculators/cost-per-lead/', 'PLN', /^40\s*zł$/],
    ['/zh-tw/calculators/cac/', 'TWD', /^\$2,000$/],
    ['/zh-cn/calculators/cac/', 'CNY', /^¥2,000$/],
  ] as const) {
    // A first visit each: the currency a first visit takes is kept for every language after.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForLoadState('load');
    // Before any use: what the server drew.
    await expect(page.getByRole('textbox', { name: new RegExp(`[(（]${code}[)）]$`) }).first()).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(figure);
    await hydrated(page);
    await expect(page.getByRole('textbox', { name: new RegExp(`[(（]${code}[)）]$`) }).first()).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(figure);
    await context.close();
  }
});
