import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated, watchForProblems } from './site';
import { axeViolations, COLOUR_RULES } from './axe';

async function openPlanner(page: Page, path = '/funnel/') {
  await page.goto(path);
  await hydrated(page);
}

/** A computed figure: an <output> named by its label. */
const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const step = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const simulated = (page: Page) => expect(page.getByText('Based on 10,000 trials with seed 1.')).toBeVisible({ timeout: 15_000 });

test.describe('funnel planner', () => {
  test('reads the leads and budget a target needs, and follows a rate change', async ({ page }) => {
    await openPlanner(page);
    // 500,000 ÷ 24,000 = 20.8 → 21 deals; ÷ 25 % → 84; ÷ 50 % → 168 SQLs; ÷ 40 % → 420 MQLs;
    // ÷ 25 % → 1,680 leads; × 80 a lead = 134,400.
    await page.getByLabel('Revenue target').fill('500000');
    await expect(figure(page, 'Deals needed')).toHaveText('21');
    await expect(figure(page, 'Leads needed')).toHaveText('1,680');
    await expect(figure(page, 'Budget')).toHaveText('$134,400');

    // Lead → MQL at 20 %: 420 ÷ 0.2 = 2,100 leads, × 80 = 168,000.
    await step(page, 'Lead → MQL').getByLabel('Rate').fill('20');
    await expect(figure(page, 'Leads needed')).toHaveText('2,100');
    await expect(figure(page, 'Budget')).toHaveText('$168,000');
    await expect(figure(page, 'MQL per month')).toHaveText('35');
  });

  test('a bad input in one section leaves the other figures standing', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('Sales reps').fill('two');
    await expect(page.getByLabel('Sales reps')).toHaveAttribute('aria-invalid', 'true');
    await expect(figure(page, 'Leads needed')).toHaveText('4,000');
    await expect(figure(page, 'Capacity verdict')).toContainText('Sales reps');

    await page.getByLabel('Revenue target').fill('lots');
    await expect(page.getByLabel('Revenue target')).toHaveAttribute('aria-invalid', 'true');
    await expect(figure(page, 'Leads needed')).toHaveText('Fix the highlighted inputs to see this figure.');
  });

  test('passing through the optional low and high fields leaves them calm; text in one is still an error', async ({ page }) => {
    await openPlanner(page);
    const optional = page.getByRole('textbox', { name: /^(Low|High)\b/ });
    expect(await optional.count()).toBeGreaterThan(4);
    for (const field of await optional.all()) {
      await field.focus();
      await field.blur();
    }
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(figure(page, 'Leads needed')).toHaveText('4,000');
    await optional.first().fill('abc');
    await optional.first().blur();
    await expect(optional.first()).toHaveAttribute('aria-invalid', 'true');
  });

  test('a low above the likely figure says so at the field and above the figures, with both numbers', async ({ page }) => {
    await openPlanner(page);
    // The likely MQL → SQL rate is 40 %.
    const low = step(page, 'MQL → SQL').getByLabel('Low');
    await low.fill('55');
    await expect(low).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${(await low.getAttribute('aria-describedby'))?.split(' ').pop()}`)).toHaveText(
      'Low (55) cannot be more than Rate (40).',
    );
    // Above the figures it cannot compute, the step is named too.
    await expect(page.getByRole('region', { name: 'What it takes' }).getByRole('status').first()).toHaveText(
      'MQL → SQL: Rate, Low (55) cannot be more than MQL → SQL: Rate (40).',
    );
  });

  test('adds and removes a stage by keyboard, keeping focus in the list', async ({ page }) => {
    await openPlanner(page);
    await page.getByRole('button', { name: 'Add a stage' }).focus();
    await page.keyboard.press('Enter');
    // A new stage lets everyone through until its rate is set, so the plan is unchanged.
    await expect(page.getByLabel('Stage 5', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Stage 5', { exact: true })).toHaveValue('Stage 5');
    await expect(page.getByLabel('Stage 6', { exact: true })).toHaveValue('Won');
    await expect(figure(page, 'Leads needed')).toHaveText('4,000');

    await step(page, 'Stage 5 → Won').getByLabel('Rate').fill('50');
    await expect(figure(page, 'Leads needed')).toHaveText('8,000');

    await page.getByRole('button', { name: 'Remove stage Stage 5' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Stage 5', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Stage 5', { exact: true })).toHaveValue('Won');
    await expect(page.getByLabel('Stage 6', { exact: true })).toHaveCount(0);
  });

  test('adds and removes channels and leads in hand by keyboard, focus going where typing goes on', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('A channel mix').check();
    // The mix starts with channels of its own: count them once they are drawn.
    const channels = page.getByRole('textbox', { name: /^Channel, Row \d+$/ });
    await expect(channels.first()).toBeVisible();
    const n = (await channels.count()) + 1;
    await page.getByRole('button', { name: 'Add a channel' }).focus();
    await page.keyboard.press('Enter');
    // The new channel is named already; its share is the first thing left to type.
    await expect(page.getByLabel(`Channel, Row ${n}`, { exact: true })).toHaveValue(`Channel ${n}`);
    await expect(page.getByLabel(`Share of leads, Row ${n} (%)`, { exact: true })).toBeFocused();
    await page.keyboard.type('10');
    await expect(page.getByText('The shares add up to 110%; they must add up to 100%.')).toBeVisible();
    await page.getByRole('button', { name: `Remove channel ${n}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Add a channel' })).toBeFocused();
    await expect(page.getByLabel(`Channel, Row ${n}`, { exact: true })).toHaveCount(0);
    await expect(page.getByText('The shares add up to 100%.')).toBeVisible();

    await expect(page.getByText('None entered.')).toBeVisible();
    await page.getByRole('button', { name: 'Add a month' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Leads, Row 1', { exact: true })).toBeFocused();
    await page.keyboard.type('400');
    await page.getByRole('button', { name: 'Remove row 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Add a month' })).toBeFocused();
    await expect(page.getByText('None entered.')).toBeVisible();
  });

  test('where a worker cannot start, the simulation runs on the page and gives the same figures', async ({ page, browser }) => {
    await openPlanner(page);
    await simulated(page);
    const chance = await figure(page, 'Chance of reaching the target').textContent();
    const median = await figure(page, 'Revenue P50').textContent();

    const context = await browser.newContext();
    const noWorkers = await context.newPage();
    await noWorkers.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new DOMException('Workers are blocked here', 'SecurityError');
        }
      } as unknown as typeof Worker;
    });
    await openPlanner(noWorkers);
    await simulated(noWorkers);
    await expect(figure(noWorkers, 'Chance of reaching the target')).toHaveText(chance!);
    await expect(figure(noWorkers, 'Revenue P50')).toHaveText(median!);
    await context.close();
  });

  test('simulates off the main thread, the same after a reload, with no CSP or console error', async ({ page }) => {
    const problems = await watchForProblems(page);
    const worker = page.waitForEvent('worker');
    await openPlanner(page);
    await simulated(page);
    expect((await worker).url()).toContain('simulation.worker');

    // Every chart loads chart.js on the way into view and draws without complaint.
    for (const name of [/^Bar chart of the totals/, /^Stacked bar chart/, /^Histogram of simulated revenue/, /^Tornado chart/]) {
      const chart = page.getByRole('img', { name });
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('..')).toHaveClass(/drawn/);
    }
    // Drawn charts follow the inputs; the simulation runs again and keeps its figures meanwhile.
    const before = await figure(page, 'Chance of reaching the target').textContent();
    await page.getByLabel('Revenue target').fill('900000');
    await page.getByLabel('Average deal size').fill('20000');
    await expect(page.getByRole('img', { name: /^Histogram of simulated revenue, with the target at \$900,000/ })).toBeVisible();
    await simulated(page);
    const chance = await figure(page, 'Chance of reaching the target').textContent();
    const median = await figure(page, 'Revenue P50').textContent();
    expect(chance).toMatch(/^\d+(\.\d)?%$/);
    expect(chance).not.toBe(before);
    expect(median).toMatch(/^\$[\d,]+$/);

    await page.reload();
    await hydrated(page);
    await simulated(page);
    await expect(figure(page, 'Chance of reaching the target')).toHaveText(chance!);
    await expect(figure(page, 'Revenue P50')).toHaveText(median!);
    expect(problems).toEqual([]);
  });

  test('keeps named scenarios: create, rename, compare, reload, delete with undo', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('Revenue target').fill('600000');
    await page.getByRole('button', { name: 'New scenario' }).click();
    await expect(page.getByLabel('Scenario name')).toBeFocused();
    // The new name is selected, so typing replaces it.
    await page.keyboard.type('Stretch');
    await expect(page.getByLabel('Scenario name')).toHaveValue('Stretch');
    await page.getByLabel('Revenue target').fill('900000');

    const pick = page.getByRole('group', { name: 'Scenarios to compare' });
    await pick.getByLabel('Base plan').check();
    await pick.getByLabel('Stretch').check();
    // 600,000 → 25 deals → 2,000 leads; 900,000 → 38 deals → 152 → 304 → 760 → 3,040 leads.
    const table = page.getByRole('table', { name: 'Key figures by scenario' });
    await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'Base plan', 'Stretch']);
    await expect(table.getByRole('row', { name: /^Leads needed/ })).toHaveText(/2,000\s*3,040/);

    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Base plan', 'Stretch']);
    await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel('Scenario name')).toHaveValue('Stretch');
    await expect(table.getByRole('row', { name: /^Leads needed/ })).toHaveText(/2,000\s*3,040/);

    // The comparison reads the same in Chinese.
    await openPlanner(page, '/zh-cn/funnel/');
    const zhTable = page.getByRole('table', { name: '各方案的关键数字' });
    await expect(zhTable.getByRole('columnheader')).toHaveText(['指标', 'Base plan', 'Stretch']);
    await expect(zhTable.getByRole('row', { name: /^所需线索/ })).toHaveText(/2,000\s*3,040/);

    await openPlanner(page);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted “\u2068Stretch\u2069”.' })).toBeVisible();
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Base plan']);
    await expect(page.getByLabel('Scenario', { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Base plan', 'Stretch']);
    // From the keyboard, the toast's Undo takes the focus: Enter deletes, Enter again undoes, and
    // the focus is back on Delete.
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Base plan', 'Stretch']);
    await expect(page.getByRole('button', { name: 'Delete' })).toBeFocused();
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Base plan', 'Stretch']);
  });

  test('downloads the monthly table as CSV with a row per month', async ({ page }) => {
    await openPlanner(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the monthly table (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^funnel-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Month,Lead,MQL,SQL,Opportunity,Won,Revenue');
    // The 58 days of lag round to 2 months: leads from Month −2, so 2 + 12 rows.
    expect(lines).toHaveLength(1 + 14);
    expect(lines[1]).toMatch(/^Month −2,333\.33,83\.33,33\.33,0,0,0$/);
    expect(lines[14]).toMatch(/^Month 12,0,0,0,0,4\.17,100000$/);
  });

  test('names the months from the period start and marks those before it and those decided', async ({ page }) => {
    await openPlanner(page, '/data/');
    await page.getByLabel('Planning period starts').fill('2027-01');
    await openPlanner(page);
    const table = page.getByRole('region', { name: 'Planned entries into each stage, and revenue, by month' });
    // 7 + 7 + 14 + 30 = 58 days ≈ 1.9 months → the leads for January 2027 arrive in November 2026.
    await expect(table.getByRole('row', { name: /^November 2026/ })).toContainText('before the period');
    await expect(table.getByRole('row', { name: /^December 2026/ })).toContainText('before the period');
    // With no leads in hand, the first two months' revenue depends on leads that should be here already.
    await expect(table.getByRole('row', { name: /^February 2027/ })).toContainText('decided');
    await expect(table.getByRole('row', { name: /^March 2027/ })).not.toContainText('decided');
    await expect(page.getByText('Revenue through February 2027 comes from leads that should already have arrived.')).toBeVisible();

    // 400 leads in hand from December reach deals in February: 400 × 25 % × 40 % × 50 % × 25 % × 24,000.
    await page.getByRole('button', { name: 'Add a month' }).click();
    await page.getByLabel('Leads, Row 1', { exact: true }).fill('400');
    await expect(page.getByText('Revenue through February 2027 is already decided by the leads in hand: $120,000 expected, against $200,000 planned.')).toBeVisible();
  });

  test('a share link opens the same plan in a fresh browser', async ({ page, browser }) => {
    await openPlanner(page);
    // 750,000 ÷ 24,000 = 31.25 → 32 deals → 128 → 256 → 640 → 2,560 leads.
    await page.getByLabel('Revenue target').fill('750000');
    await expect(figure(page, 'Leads needed')).toHaveText('2,560');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByRole('dialog', { name: 'Share these inputs' }).getByLabel('Link').inputValue();
    expect(link).toMatch(/\/funnel\/#share=/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const problems = await watchForProblems(other);
    await other.goto(link);
    await hydrated(other);
    await expect(figure(other, 'Leads needed')).toHaveText('2,560');
    // A field not being typed in shows its number grouped.
    await expect(other.getByLabel('Revenue target')).toHaveValue('750,000');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  test('asks before a share link joins local work, and can add it beside it', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel('Scenario name').fill('Mine');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.getByRole('dialog', { name: 'Share these inputs' }).getByLabel('Link').inputValue();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Revenue target').fill('2400000');

    await page.goto('/');
    await page.goto(link);
    await hydrated(page);
    const ask = page.getByRole('dialog', { name: 'Open the shared scenario?' });
    await expect(ask).toContainText('Add it as a new scenario and switch to it (your scenarios stay as they are)');
    await ask.getByRole('button', { name: 'Add as a new scenario' }).click();
    await expect(page.getByLabel('Scenario', { exact: true }).locator('option')).toHaveText(['Mine', 'Mine']);
    await expect(figure(page, 'Leads needed')).toHaveText('4,000');
  });

  test('a worked example in a guide opens in the planner with its figures', async ({ page }) => {
    // The guide's own islands hydrate when seen; the link works without them.
    await page.goto('/learn/sales-vs-marketing/');
    await page.getByRole('link', { name: 'Open these figures in the funnel planner' }).click();
    await hydrated(page);
    // 1,200,000 ÷ 9,000 = 133.3 → 134 deals → 536 → 1,072 → 2,680 → 10,720 leads, × 40 = 428,800.
    await expect(figure(page, 'Leads needed')).toHaveText('10,720');
    await expect(figure(page, 'Budget')).toHaveText('$428,800');
    await expect(page.getByLabel('Scenario name')).toHaveValue('Worked example');
  });

  test('is axe-clean with every part on screen, in light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openPlanner(page);
    await page.getByLabel('A channel mix').check();
    await page.getByRole('button', { name: 'Add a month' }).click();
    await page.getByLabel('Leads, Row 1', { exact: true }).fill('400');
    await step(page, 'MQL → SQL').getByLabel('Low').fill('30');
    await page.getByLabel('Sales reps').fill('0');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    const pick = page.getByRole('group', { name: 'Scenarios to compare' });
    await pick.getByRole('checkbox').first().check();
    await pick.getByRole('checkbox').last().check();
    await simulated(page);
    for (const chart of await page.getByRole('img').all()) await chart.scrollIntoViewIfNeeded();
    await expect(page.locator('.chart-box:not(.drawn)')).toHaveCount(0);
    await page.getByText('The outcome histogram as a table').click();
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
  });

  test('speaks Chinese, with the default stages in Chinese', async ({ page }) => {
    const problems = await watchForProblems(page);
    await openPlanner(page, '/zh-cn/funnel/');
    await expect(page.getByLabel('阶段 1', { exact: true })).toHaveValue('线索');
    await expect(figure(page, '所需线索')).toHaveText('4,000');
    await expect(page.getByRole('table', { name: '各阶段所需数量' }).getByRole('rowheader')).toHaveText(['线索', 'MQL', 'SQL', '商机', '成交']);
    expect(problems).toEqual([]);
  });
});

test('prints the month-by-month table with its header on top, wherever the page was scrolled', async ({ page }) => {
  await openPlanner(page);
  const table = page.getByRole('table', { name: 'Planned entries into each stage, and revenue, by month' });
  await expect(table).toBeVisible();
  // A reader scrolled past the table, then printed.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.emulateMedia({ media: 'print' });
  const header = await table.locator('thead th').first().boundingBox();
  const firstRow = await table.locator('tbody tr').first().boundingBox();
  const lastRow = await table.locator('tbody tr').last().boundingBox();
  expect(header!.y + header!.height).toBeLessThanOrEqual(firstRow!.y + 1);
  expect(firstRow!.y).toBeLessThan(lastRow!.y);
  await page.emulateMedia({ media: 'screen' });
});

test('long stage names stay clear of one another on the stage chart and the levers chart', async ({ page }) => {
  await openPlanner(page);
  const names = [
    'Zapytanie ofertowe z formularza',
    'Lead zakwalifikowany przez marketing (MQL)',
    'Lead zaakceptowany przez dział sprzedaży',
    '销售认可的商机线索',
    'فرصة بيع مؤهلة',
    'Propozycja handlowa wysłana',
    'Negocjacje końcowe 🤝',
    'Wygrana',
  ];
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Add a stage' }).click();
  for (const [i, name] of names.entries()) await page.getByLabel(`Stage ${i + 1}`, { exact: true }).fill(name);
  await expect(page.getByRole('table', { name: 'Levers, ranked by revenue change' }).getByRole('row')).toHaveCount(10);
  // chart.js gives every bar the same slot; the longest names take four lines of its 12 px font
  // (14.4 px a line, a longer name ends with an ellipsis). With the value axis (3 rem) aside, each
  // slot must hold four lines, or the names run into one another.
  const slot = async (chart: Locator, bars: number) => ((await chart.boundingBox())!.height - 48) / bars;
  expect(await slot(page.locator('.stage-plan .chart-box'), 8)).toBeGreaterThanOrEqual(4 * 14.4);
  expect(await slot(page.locator('.sensitivity-panel .chart-box'), 9)).toBeGreaterThanOrEqual(4 * 14.4);
});

test('a target of zero needs nothing, and says so where a share or a cost per deal would mean nothing', async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel('Revenue target').fill('0');
  await expect(figure(page, 'Leads needed')).toHaveText('0');
  await expect(figure(page, 'Budget')).toHaveText('$0');
  await expect(figure(page, 'Cost per deal')).toHaveText('No deals are needed, so there is no cost per deal.');
  // 300 leads a month still bring revenue; it is no share of a target of nothing (it read 0 %).
  await expect(figure(page, 'Revenue from the period’s leads')).toHaveText('$1,080,000');
  await expect(figure(page, 'Share of the target')).toHaveText('Set a revenue target above zero to see this share.');
  await page.getByLabel('Revenue target').fill('1200000');
  await expect(figure(page, 'Share of the target')).toHaveText('90%');
  await expect(figure(page, 'Cost per deal')).toHaveText('$6,400');

  // Side by side with a plan of nothing, its cost per deal says none is needed (it read $0).
  await page.getByRole('button', { name: 'New scenario' }).click();
  // As a user does: typing once the new name is in focus (a keystroke before it went to the button).
  await expect(page.getByLabel('Scenario name')).toBeFocused();
  await page.keyboard.type('Nothing');
  await page.getByLabel('Revenue target').fill('0');
  const pick = page.getByRole('group', { name: 'Scenarios to compare' });
  await pick.getByLabel('Base plan').check();
  await pick.getByLabel('Nothing').check();
  const table = page.getByRole('table', { name: 'Key figures by scenario' });
  await expect(table.getByRole('row', { name: /^Cost per deal/ }).getByRole('cell')).toHaveText(['$6,400', 'no deals needed']);
});

test('printed from the planner, every column of every table stays on the paper, in Polish and with eight stages', async ({ page }) => {
  await openPlanner(page, '/pl/funnel/');
  await expect(page.getByRole('table', { name: /^Planowane wejścia/ })).toBeVisible();
  /** Laid out for paper (A4 less its margins of 2 × 16 mm, in CSS pixels): each table wider than its box, which cuts it. */
  const cutOnPaper = async () => {
    await page.setViewportSize({ width: Math.floor(((210 - 32) / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const cut = await page.locator('.funnel-planner table').evaluateAll((tables) =>
      tables
        .filter((table) => table.getClientRects().length > 0)
        .filter((table) => table.getBoundingClientRect().right > table.parentElement!.getBoundingClientRect().right + 0.5)
        .map((table) => `${(table.querySelector('caption')?.textContent ?? '').trim()}: ${Math.round(table.getBoundingClientRect().right - table.parentElement!.getBoundingClientRect().right)} px past its box`),
    );
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 720 });
    return cut;
  };
  expect(await cutOnPaper(), 'the Polish plan as it starts').toEqual([]);

  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Dodaj etap' }).click();
  const names = ['Zapytanie ofertowe z formularza', 'Lead zakwalifikowany przez marketing (MQL)', 'Lead zaakceptowany przez dział sprzedaży', 'Spotkanie odkrywcze', 'Szansa sprzedażowa', 'Propozycja handlowa wysłana', 'Negocjacje końcowe', 'Wygrana'];
  for (const [i, name] of names.entries()) await page.getByLabel(`Etap ${i + 1}`, { exact: true }).fill(name);
  await expect(page.getByRole('table', { name: /^Planowane wejścia/ }).getByRole('columnheader')).toHaveCount(11);
  expect(await cutOnPaper(), 'eight stages with long names').toEqual([]);
});
