// The pipeline page as a user meets it: choose a CRM export by its label, check how it was
// read, read the measured figures, start a plan and find it in the planner. The expected
// figures come from each fixture's independent oracle (test/fixtures/crm/*.expected.json).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { axeViolations } from './axe';
import { hydrated, watchForProblems } from './site';

const fixture = (name: string) => new URL(`../fixtures/crm/${name}`, import.meta.url).pathname;
const expected = (name: string) => JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8'));
const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const percent = (share: number, locale = 'en') => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
const money = (value: number, locale = 'en', currency = 'USD') =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: value >= 100 ? 0 : 2 }).format(value);

async function open(page: Page, path = '/pipeline/') {
  await page.goto(path);
  await hydrated(page);
}

async function choose(page: Page, file: string, label = 'CRM export (CSV or tab-separated)') {
  await page.getByLabel(label).setInputFiles(fixture(file));
}

test.describe('your pipeline', () => {
  test('reads a Salesforce export, shows how it was read and what it measures, and says which rows were set aside', async ({ page }) => {
    const problems = await watchForProblems(page);
    await open(page);
    await choose(page, 'salesforce.csv');
    const truth = expected('salesforce');
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    await expect(figure(page, 'Won')).toHaveText(String(truth.outcomes.won));
    await expect(figure(page, 'Lost')).toHaveText(String(truth.outcomes.lost));
    await expect(figure(page, 'Won revenue')).toHaveText(money(truth.wonRevenue));
    await expect(figure(page, 'Median days to win')).toHaveText(`${truth.cycleWon.median} days`);

    // How it was read: UTF-8 with a byte-order mark, the columns guessed, the dates month first.
    await expect(page.getByLabel('Text encoding')).toHaveValue('utf-8');
    await expect(page.getByLabel('Stage or status')).toHaveValue('3');
    await expect(page.getByRole('combobox', { name: 'Amount', exact: true })).toHaveValue('4');
    await expect(page.getByRole('combobox', { name: 'Closed Won', exact: true })).toHaveValue('won');
    await expect(page.getByText('Read as MM/DD/YYYY.').first()).toBeVisible();

    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside).toContainText('No stage: 1.');
    await expect(setAside).toContainText('A record ID seen in an earlier row: 1.');
    await expect(setAside).toContainText(`(row ${truth.setAside.find((g: { reason: string }) => g.reason === 'noStage').rows[0]})`);
    const download = page.waitForEvent('download');
    await setAside.getByRole('button', { name: 'Download the set-aside rows (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    // Each row starts with its number, as the page lists it.
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^Row,Why it was set aside,/);
    expect(csv).toContain(`\n${truth.setAside.find((g: { reason: string }) => g.reason === 'noStage').rows[0]},No stage,`);
    expect(problems).toEqual([]);
  });

  test('downloads every row set aside, past the 200 a reason the page lists, each with all its reasons', async ({ page }) => {
    await open(page);
    // 300 rows without a stage; row 302 has a stage but no amount and a created date in 2206.
    const lines = ['Stage,Amount,Created Date', ...Array.from({ length: 300 }, (_, i) => `,${i + 1},2026-01-05`), 'Closed Won,,2206-01-05'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'stageless.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside).toContainText('No stage: 300.');
    const download = page.waitForEvent('download');
    await setAside.getByRole('button', { name: 'Download the set-aside rows (CSV)' }).click();
    const [head, ...rows] = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(head).toBe('Row,Why it was set aside,Stage,Amount,Created Date');
    expect(rows).toHaveLength(301);
    expect(rows[0]).toBe('2,No stage,,1,2026-01-05');
    expect(rows[299]).toBe('301,No stage,,300,2026-01-05');
    expect(rows[300]).toBe('302,No amount; A created date before 1980 or after today,Closed Won,,2206-01-05');
  });

  test('shows a file in its own currency, says so beside the plan, and sets aside amounts in another', async ({ page }) => {
    await open(page);
    const lines = ['Stage,Amount', 'Closed Won,"€1.000,00"', 'Closed Won,"€3.000,00"', 'Closed Lost,"€500,00"', 'Closed Won,£900'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'euro.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    // The workbook plans in dollars; the file is in euros, and its figures are shown as such.
    await expect(figure(page, 'Won revenue')).toHaveText('€4,000');
    await expect(page.getByRole('region', { name: 'Rows set aside' })).toContainText('An amount in another currency than the file’s own, EUR: 1.');
    const plan = page.getByRole('region', { name: 'Plan from these numbers' });
    await expect(plan).toContainText('The amounts in this file are in EUR, and the workbook plans in USD.');
    await expect(plan.getByRole('link', { name: 'Change the workbook’s currency' })).toHaveAttribute('href', '/data/');
  });

  test('the currency column is the user’s to choose, and the file’s currency comes from the amounts it sums, not from lost deals', async ({ page }) => {
    await open(page);
    // Won deals in euros; three lost deals and one open deal in pounds. "Money" is no header the guess knows.
    const lines = ['Stage,Amount,Money', 'Closed Won,1000,EUR', 'Closed Won,2000,EUR', 'Closed Lost,500,GBP', 'Closed Lost,600,GBP', 'Closed Lost,700,GBP', 'Open,800,GBP'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'money.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const currency = page.getByRole('combobox', { name: 'Currency', exact: true });
    await expect(currency).toHaveValue('');
    const amounts = page.getByRole('region', { name: 'Dates and amounts' });
    await expect(amounts).toContainText('No won or open deal’s amount names a currency: the amounts are shown in USD.');
    await expect(figure(page, 'Won revenue')).toHaveText('$3,000');

    // The user says which column holds the currency: the won and open deals' amounts choose it.
    await currency.selectOption({ label: 'Money' });
    await expect(currency).toHaveValue('2');
    await expect(figure(page, 'Won revenue')).toHaveText('€3,000');
    await expect(figure(page, 'Open pipeline')).toHaveText('€0');
    await expect(amounts).toContainText('Amounts read as EUR: of the won and open deals’ amounts that name a currency, 2 of 3 name it. Lost deals’ amounts are never summed, so their currency has no say.');
    await expect(amounts).toContainText('Amounts in another currency are set aside and never added: GBP: 1.');
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside.getByRole('listitem')).toHaveCount(1);
    await expect(setAside).toContainText('An amount in another currency than the file’s own, EUR: 1.');
    await expect(setAside).toContainText('(row 7)');
    expect(await axeViolations(page)).toEqual([]);

    // …and can take it back.
    await currency.selectOption({ label: '— none —' });
    await expect(currency).toHaveValue('');
    await expect(figure(page, 'Won revenue')).toHaveText('$3,000');
    await expect(figure(page, 'Open pipeline')).toHaveText('$800');
  });

  test('stage-to-stage conversion counts a lost deal at the stage it was lost at, and says which deals it leaves out', async ({ page }) => {
    await open(page);
    // Two won, four lost (at Proposal, at Qualified twice, and one the file does not place), two open.
    const lines = ['Stage,Last Stage,Amount', 'Closed Won,,100', 'Closed Won,,100', 'Closed Lost,Proposal,', 'Closed Lost,Qualified,', 'Closed Lost,Qualified,', 'Closed Lost,,', 'Proposal,,', 'Qualified,,'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'stages.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect(figure(page, 'Win rate')).toHaveText(percent(2 / 6));
    const lostStage = page.getByRole('combobox', { name: 'Stage when lost', exact: true });
    await expect(lostStage).toHaveValue('1');
    const values = page.getByRole('region', { name: 'Stage values' }).first();
    await expect(values).toContainText('The values of the “Stage when lost” column are listed too');
    await values.getByRole('combobox', { name: 'Proposal', exact: true }).selectOption({ label: 'Open, reached Opportunity' });
    await values.getByRole('combobox', { name: 'Qualified', exact: true }).selectOption({ label: 'Open, reached SQL' });

    // Known: 2 won (to Won), lost at Proposal and open at Proposal (to Opportunity), lost at Qualified twice and open at Qualified (to SQL).
    const steps = page.getByRole('table', { name: 'Stage-to-stage conversion' });
    await expect(steps.locator('tbody td')).toHaveText(['7', '', '7', '100%', '7', '100%', '4', percent(4 / 7), '2', '50%']);
    await expect(steps).toHaveAccessibleDescription(
      'Counted over the deals whose furthest stage is known: won deals, open deals placed on a stage, and lost deals at the stage they were lost at. Lost deals left out, their stage when lost blank or not placed on a stage: 1. The win rate (33.3%) counts them, so these steps can read higher than it.',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Without the column, no lost deal's stage is known: all four are left out, and the page says how to count them.
    await lostStage.selectOption({ label: '— none —' });
    await expect(lostStage).toHaveValue('');
    await expect(steps.locator('tbody td')).toHaveText(['4', '', '4', '100%', '4', '100%', '3', '75%', '2', percent(2 / 3)]);
    await expect(steps).toHaveAccessibleDescription(/Lost deals left out, as the file does not say at which stage they were lost: 4\. The win rate \(33\.3%\) counts them, so these steps can read higher than it\. To count them, choose the “Stage when lost” column under Columns\.$/);
    await expect(figure(page, 'Win rate')).toHaveText(percent(2 / 6));
  });

  test('whole amounts grouped with dots read as thousands, shown as read beside the decimal mark', async ({ page }) => {
    await open(page);
    const lines = ['Stage;Amount;Created', 'Closed Won;12.000;04.03.2026', 'Closed Won;8.500;05.03.2026', 'Closed Lost;1.200;06.03.2026'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'dots.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const mark = page.getByLabel('Decimal mark in amounts');
    await expect(mark).toHaveValue('comma');
    const examples = page.getByRole('list', { name: 'Amounts as read' });
    await expect(examples.getByRole('listitem')).toHaveText(['12.000 → $12,000', '8.500 → $8,500', '1.200 → $1,200']);
    await expect(figure(page, 'Won revenue')).toHaveText('$20,500');
    // Read with a dot, the same values are twelve dollars and eight and a half: said before it counts.
    await mark.selectOption('dot');
    await expect(examples.getByRole('listitem').first()).toHaveText('12.000 → $12');
    await expect(figure(page, 'Won revenue')).toHaveText('$20.50');
  });

  test('owner table sorts by any column, by keyboard', async ({ page }) => {
    await open(page);
    await choose(page, 'salesforce.csv');
    const owners = page.getByRole('table', { name: 'By owner' });
    await expect(owners.getByRole('columnheader', { name: /Revenue/ })).toHaveAttribute('aria-sort', 'descending');
    const byName = owners.getByRole('button', { name: 'Name' });
    await byName.focus();
    await page.keyboard.press('Enter');
    await expect(owners.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    const names = await owners.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('starts a plan from the numbers, shown in the planner with where each number came from', async ({ page }) => {
    await open(page);
    await choose(page, 'hubspot.csv');
    const truth = expected('hubspot');
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    await page.getByRole('button', { name: 'Start a plan from these numbers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added the scenario' })).toBeVisible();
    await page.getByRole('link', { name: 'Open it in the funnel planner' }).click();
    await hydrated(page);
    await expect(page.getByLabel('Scenario name')).toHaveValue(/^hubspot\.csv · /);
    const rate = Number((truth.winRate * 100).toFixed(1));
    const lastStep = page.getByRole('group', { name: 'Opportunity → Won', exact: true });
    await expect(lastStep.getByLabel('Rate')).toHaveValue(String(rate));
    await expect(page.getByText(/Measured from \u2068hubspot\.csv\u2069 .*over 61 decided deals/)).toBeVisible();
    await expect(page.getByLabel('Average deal size')).toHaveValue(new Intl.NumberFormat('en').format(Math.round(truth.wonDeal.mean)));
    // Changing a measured number says so.
    await lastStep.getByLabel('Rate').fill('30');
    await expect(page.getByText(/Changed since it was measured from \u2068hubspot\.csv\u2069/)).toBeVisible();
  });

  test('keeps the measured summary, not the file, across a reload', async ({ page }) => {
    await open(page);
    await choose(page, 'pipedrive.csv');
    const truth = expected('pipedrive');
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    await page.reload();
    await hydrated(page);
    await expect(page.getByText(/Showing the figures measured from \u2068pipedrive\.csv\u2069/)).toBeVisible();
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    await expect(page.getByText('To download these rows, bring the file again.')).toBeVisible();

    // The plan packet prints it as its own part.
    await open(page, '/plan/');
    const part = page.getByRole('region', { name: 'Measured from your data' });
    await expect(part).toContainText('Measured from pipedrive.csv');
    await expect(part.locator('bdi')).toHaveText('pipedrive.csv'); // isolated as an element: the PDF's text stays whole
    await expect(part.getByRole('status', { name: 'Win rate', exact: true })).toHaveText(percent(truth.winRate));
  });

  test('reads a Chinese CRM export in GB18030, in Chinese', async ({ page }) => {
    await open(page, '/zh-cn/pipeline/');
    await choose(page, 'chinese-crm.csv', 'CRM 导出文件（CSV 或制表符分隔）');
    const truth = expected('chinese-crm');
    await expect(figure(page, '赢单率')).toHaveText(percent(truth.winRate, 'zh-CN'));
    await expect(page.getByLabel('文本编码')).toHaveValue('gb18030');
    await expect(page.getByLabel('阶段或状态')).toHaveValue('2');
    await expect(page.getByRole('combobox', { name: '赢单', exact: true })).toHaveValue('won');
    await expect(page.getByRole('table', { name: '按负责人' })).toContainText(truth.owners[0].name);
  });

  test('reads a semicolon file with decimal commas and DD.MM.YYYY dates', async ({ page }) => {
    await open(page);
    await choose(page, 'semicolon-decimal-comma.csv');
    const truth = expected('semicolon-decimal-comma');
    // Its amounts are in euros ("1.234,50 €"): shown so, in an English workbook that plans in dollars.
    await expect(figure(page, 'Won revenue')).toHaveText(money(truth.wonRevenue, 'en', 'EUR'));
    await expect(page.getByLabel('Decimal mark in amounts')).toHaveValue('comma');
    await expect(page.getByText('Read as DD.MM.YYYY.').first()).toBeVisible();
  });

  for (const [file, message] of [
    ['empty.csv', '\u2068empty.csv\u2069 is empty.'],
    ['header-only.csv', '\u2068header-only.csv\u2069 has a header row but no data rows.'],
    ['image.csv', '\u2068image.csv\u2069 is not a text file'],
  ] as const) {
    test(`says in place what is wrong with ${file}, and keeps the last analysis`, async ({ page }) => {
      await open(page);
      await choose(page, 'dd-mm-yy.csv');
      const truth = expected('dd-mm-yy');
      await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
      await choose(page, file);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    });
  }

  test('a file of spaces, tabs and blank lines is said to be empty, not to have a header', async ({ page }) => {
    await open(page);
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'blank.csv', mimeType: 'text/csv', buffer: Buffer.from('   \r\n\t\t\r\n\r\n  \t \r\n') });
    await expect(page.getByRole('alert')).toHaveText('\u2068blank.csv\u2069 is empty.');
  });

  test('a file with no stage column asks for one', async ({ page }) => {
    await open(page);
    await choose(page, 'no-stage-column.csv');
    await expect(page.getByRole('alert')).toContainText('No column looks like a stage or status.');
    await expect(page.getByLabel('Stage or status')).toHaveValue('');
  });

  test('cancelling a long file mid-way leaves the last analysis as it was', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    await choose(page, 'utf16.csv');
    const truth = expected('utf16');
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    // A file large enough to take a few seconds even on a fast machine (a busy one once read
    // 400,000 rows before the Cancel button could be pressed): 1,200,000 rows built here.
    const rows = ['Stage,Amount,Created Date,Close Date'];
    for (let i = 0; i < 1_200_000; i++) rows.push(`${i % 3 ? 'Closed Won' : 'Closed Lost'},${1000 + (i % 97)},2026-01-0${1 + (i % 9)},2026-02-1${i % 9}`);
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    // The reading stops (a busy machine may take a while to get there), and the figures shown
    // after it are the last file's, not the cancelled one's.
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
  });

  test('a file dropped while another is still read is read in its place', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    // A file long enough to be still reading when the next one is dropped (as in the test above).
    const rows = ['Stage,Amount,Created Date,Close Date'];
    for (let i = 0; i < 1_200_000; i++) rows.push(`${i % 3 ? 'Closed Won' : 'Closed Lost'},${1000 + (i % 97)},2026-01-0${1 + (i % 9)},2026-02-1${i % 9}`);
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect(page.getByRole('progressbar')).toBeVisible();
    // What the browser does when a file is dragged from the desktop and let go over the drop zone.
    const csv = readFileSync(fixture('salesforce.csv'), 'latin1');
    const dropped = await page.getByText('Drop it here or choose it.', { exact: false }).evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(text, (c) => c.charCodeAt(0))], 'salesforce.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      return !zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, csv);
    expect(dropped).toBe(true);
    // The long read stops, and the dropped file is read and measured: its figures, not the long one's.
    const truth = expected('salesforce');
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 30_000 });
    await expect(figure(page, 'Win rate')).toHaveText(percent(truth.winRate));
    await expect(figure(page, 'Won')).toHaveText(String(truth.outcomes.won));
    await expect(page.getByRole('region', { name: 'The file' })).toContainText('salesforce.csv');
    await expect(page.getByText('Stopped. Nothing was changed.')).toHaveCount(0);
  });

  test('makes no request but for its own scripts while reading a file', async ({ page }) => {
    await open(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await choose(page, 'large.csv');
    await expect(figure(page, 'Win rate')).toHaveText(percent(expected('large').winRate));
    const origin = new URL(page.url()).origin;
    expect(requests.filter((request) => !request.startsWith(`GET ${origin}/_astro/`))).toEqual([]);
  });
});

test('the SLA health check holds a promised follow-up against how soon the CRM shows deals were given up', async ({ page }) => {
  await page.goto('/pipeline/');
  await hydrated(page);
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(fixture('pipedrive.csv'));
  await expect(page.getByRole('status', { name: 'Win rate', exact: true })).toBeVisible();
  await page.goto('/sla/');
  await hydrated(page);
  // The enterprise template promises follow-up over 21 days; Pipedrive's lost deals: a median of 18.
  await page.getByRole('button', { name: /Use this template Enterprise/ }).click();
  const health = page.getByRole('region', { name: /Health check/ });
  await expect(health).toContainText('over 21 days, but in \u2068pipedrive.csv\u2069 lost deals were given up after a median of 18 days (21 deals)');
});

test.describe('files as spreadsheets and CRMs write them', () => {
  /**
   * The review's file: 30,000 rows of 赢单 and 输单 in turn, over a megabyte, padded so that a
   * character of row 9,000 or so straddles the 1 MiB mark, where a reader that decodes the file
   * a megabyte at a time cuts it.
   */
  function straddlingFile(encoding: 'utf-8' | 'gb18030'): Buffer {
    const MIB = 1024 * 1024;
    const header = '阶段,金额,创建日期,结单日期,负责人\r\n';
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i % 2 === 0 ? '赢单' : '输单'},${1000 + (i % 7)},2026/01/${String((i % 28) + 1).padStart(2, '0')},2026/03/${String((i % 28) + 1).padStart(2, '0')},张三\r\n`);
    const size = (text: string) => iconv.encode(text, encoding).length;
    let at = size(header);
    let i = 0;
    while (at + size(rows[i]!) <= MIB) at += size(rows[i++]!);
    // Pad the first row so row i's stage starts one byte before the mark: its first character is cut.
    rows[0] = rows[0]!.replace('张三', `张三${'x'.repeat(MIB - 1 - at)}`);
    return iconv.encode(header + rows.join(''), encoding);
  }

  for (const encoding of ['utf-8', 'gb18030'] as const) {
    test(`reads a ${encoding} file over a megabyte whole, where its pieces meet`, async ({ page }) => {
      await open(page);
      await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: `boundary-${encoding}.csv`, mimeType: 'text/csv', buffer: straddlingFile(encoding) });
      await expect(figure(page, 'Won')).toHaveText('15,000');
      await expect(figure(page, 'Lost')).toHaveText('15,000');
      await expect(page.getByLabel('Text encoding')).toHaveValue(encoding);
      const stages = page.getByRole('region', { name: 'Stage values' });
      await expect(stages.getByRole('row')).toHaveCount(3);
      await expect(page.locator('.pipeline')).not.toContainText('\uFFFD');
    });
  }

  test('reads a Big5 file on the English page, and guesses its columns afresh when the encoding changes', async ({ page }) => {
    await open(page);
    await choose(page, 'big5.csv');
    await expect(page.getByLabel('Text encoding')).toHaveValue('big5');
    await expect(page.getByLabel('Stage or status')).toHaveValue('0');
    await expect(figure(page, 'Won')).toHaveText('2');
    // Read as GB18030 the headers are other characters: no column is a stage any more…
    await page.getByLabel('Text encoding').selectOption('gb18030');
    await expect(page.getByRole('alert')).toContainText('No column looks like a stage or status.');
    await expect(page.getByLabel('Stage or status')).toHaveValue('');
    // …and read as Big5 again, the columns are guessed from the right headers, not kept from the wrong ones.
    await page.getByLabel('Text encoding').selectOption('big5');
    await expect(page.getByLabel('Stage or status')).toHaveValue('0');
    await expect(page.getByRole('combobox', { name: 'Owner', exact: true })).toHaveValue('4');
    await expect(figure(page, 'Won')).toHaveText('2');
    await expect(page.getByRole('combobox', { name: '贏單', exact: true })).toHaveValue('won');
  });

  test('keeps what the user said stage values mean, and the decimal mark, when a column or the encoding changes', async ({ page }) => {
    await open(page);
    await choose(page, 'stage-words.csv');
    await expect(figure(page, 'Open')).toHaveText('4');
    await page.getByRole('combobox', { name: 'Gewonnen', exact: true }).selectOption('won');
    await page.getByRole('combobox', { name: 'Verloren', exact: true }).selectOption('lost');
    await expect(figure(page, 'Won')).toHaveText('2');
    await expect(figure(page, 'Lost')).toHaveText('1');
    const mark = page.getByLabel('Decimal mark in amounts');
    const other = (await mark.inputValue()) === 'dot' ? 'comma' : 'dot';
    await mark.selectOption(other);

    const owner = page.getByRole('combobox', { name: 'Owner', exact: true });
    await owner.selectOption('5');
    await expect(page.getByRole('table', { name: 'By owner' })).toContainText('Xia');
    await expect(page.getByRole('combobox', { name: 'Gewonnen', exact: true })).toHaveValue('won');
    await expect(page.getByRole('combobox', { name: 'Verloren', exact: true })).toHaveValue('lost');
    await expect(mark).toHaveValue(other);
    await expect(figure(page, 'Won')).toHaveText('2');

    await page.getByLabel('Text encoding').selectOption('gb18030');
    await expect(page.getByLabel('Text encoding')).toHaveValue('gb18030');
    await expect(owner).toHaveValue('5');
    await expect(page.getByRole('combobox', { name: 'Gewonnen', exact: true })).toHaveValue('won');
    await expect(mark).toHaveValue(other);
    await expect(figure(page, 'Lost')).toHaveText('1');
  });

  test('honours Excel’s "sep=;" first line and says the header was read from row 2', async ({ page }) => {
    await open(page);
    await choose(page, 'excel-sep-line.csv');
    await expect(page.getByText('Row 1 is Excel’s “sep=” line: the fields are read as separated by “;”.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Header read from row 2; row 1 skipped.' })).toBeVisible();
    await expect(page.getByLabel('Header row')).toHaveValue('2');
    await expect(figure(page, 'Won')).toHaveText('1');
    await expect(figure(page, 'Lost')).toHaveText('1');
    await expect(figure(page, 'Open')).toHaveText('1');
  });

  test('finds the header below title lines, says which rows it skipped, and lets the user choose another', async ({ page }) => {
    await open(page);
    await choose(page, 'title-lines.csv');
    await expect(page.getByRole('status').filter({ hasText: 'Header read from row 4; rows 1–\u20603 skipped.' })).toBeVisible();
    await expect(figure(page, 'Won')).toHaveText('2');
    await expect(figure(page, 'Lost')).toHaveText('1');
    // The row set aside is numbered as in the file, and its download has the header that was used.
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside).toContainText('No stage: 1.');
    await expect(setAside).toContainText('(row 8)');
    const download = page.waitForEvent('download');
    await setAside.getByRole('button', { name: 'Download the set-aside rows (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const [head, row, ...rest] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect([head, rest]).toEqual(['Row,Why it was set aside,Stage,Amount,Created Date,Close Date', []]);
    expect(row).toMatch(/^8,No stage.*,,800,2026-01-15,$/);

    const header = page.getByLabel('Header row');
    await expect(header).toHaveValue('4');
    await expect(header).toHaveAccessibleDescription('The row that names the columns. Rows above it are skipped.');
    expect(await axeViolations(page)).toEqual([]);
    await expect(header.getByRole('option')).toHaveText([/^Row 1: .Opportunities report.$/, /^Row 2: .Exported 2026-03-01.$/, /^Row 4: .Stage · Amount · Created Date · Close Date.$/, /^Row 5: /, /^Row 6: /, /^Row 7: /, /^Row 8: /]);
    await header.selectOption('1');
    await expect(page.getByRole('alert')).toContainText('No column looks like a stage or status.');
    await expect(page.getByRole('status').filter({ hasText: 'Header read from row' })).toHaveCount(0);
    await header.selectOption('4');
    await expect(page.getByLabel('Stage or status')).toHaveValue('0');
    await expect(figure(page, 'Won')).toHaveText('2');
  });

  test('reads rows that end in an empty field, setting none aside for it', async ({ page }) => {
    await open(page);
    await choose(page, 'trailing-comma.csv');
    await expect(figure(page, 'Won')).toHaveText('1');
    await expect(figure(page, 'Lost')).toHaveText('1');
    await expect(figure(page, 'Open')).toHaveText('1');
    await expect(page.getByText('Every row was read and counted.')).toBeVisible();
  });

  test('sets aside the header line repeated mid-file with its row, and skips rows of delimiters only as blank lines', async ({ page }) => {
    await open(page);
    const header = 'Opportunity ID,Opportunity Name,Stage,Amount,Created Date,Close Date,Opportunity Owner';
    const rows = [
      header,
      '1,A,Closed Won,1000,2026-01-05,2026-02-04,Alice',
      '2,B,Closed Lost,2000,2026-01-10,2026-03-01,Bob',
      header,
      '3,C,Closed Won,3000,2026-01-15,2026-02-14,Alice',
      '4,D,Proposal,3000,2026-01-15,,Alice',
      ',,,,,,',
      ',,,,,,',
      ',,,,,,',
    ];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'joined.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    await expect(figure(page, 'Won')).toHaveText('2');
    await expect(figure(page, 'Lost')).toHaveText('1');
    await expect(figure(page, 'Open')).toHaveText('1');
    // The header's "Stage" is no stage value, and the trailing rows are no deals without one.
    const values = page.getByRole('region', { name: 'Stage values' });
    await expect(values.getByRole('combobox')).toHaveCount(3);
    await expect(values.getByRole('combobox', { name: 'Stage', exact: true })).toHaveCount(0);
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside.getByRole('listitem')).toHaveCount(1);
    await expect(setAside.getByRole('listitem')).toContainText('A repeated header row: 1.');
    await expect(setAside.getByRole('listitem')).toContainText('(row 4)');
    await expect(setAside).not.toContainText('No stage');
    await expect(page.getByText('4 of 5 rows counted.')).toBeVisible();
  });

  test('sets aside a close date after today (a slip for this year), with its row', async ({ page }) => {
    await open(page);
    const year = new Date().getFullYear();
    const rows = ['Stage,Amount,Created Date,Close Date', `Closed Won,1000,${year - 1}-01-05,${year - 1}-02-10`, `Closed Won,2000,${year - 1}-03-05,${year + 180}-04-10`];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'slip.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside).toContainText('A close date before 1980 or after today: 1.');
    await expect(setAside).toContainText('(row 3)');
    await expect(figure(page, 'Won')).toHaveText('2');
  });

  test('a quote that never closes on row 3 costs only that row: the 200 rows after it are counted, and the row is listed with its number', async ({ page }) => {
    await open(page);
    const rows = [
      'Opportunity ID,Opportunity Name,Stage,Amount,Created Date,Close Date',
      '1,A,Closed Won,1000,2026-01-05,2026-02-04',
      '2,"Big deal,Closed Won,2000,2026-01-10,2026-02-10',
      ...Array.from({ length: 200 }, (_, i) => `${i + 3},Deal ${i + 3},${i % 2 ? 'Closed Lost' : 'Closed Won'},500,2026-01-12,2026-02-12`),
    ];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'open-quote.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    await expect(figure(page, 'Won')).toHaveText('101');
    await expect(figure(page, 'Lost')).toHaveText('100');
    await expect(page.getByText('201 of 202 rows counted.')).toBeVisible();
    const setAside = page.getByRole('region', { name: 'Rows set aside' });
    await expect(setAside.getByRole('listitem')).toHaveCount(1);
    await expect(setAside.getByRole('listitem')).toContainText('A quote mark (") that opens a field and never closes: the row was set aside, and the lines after it were read as rows of their own: 1.');
    await expect(setAside.getByRole('listitem')).toContainText('(row 3)');
    const download = page.waitForEvent('download');
    await setAside.getByRole('button', { name: 'Download the set-aside rows (CSV)' }).click();
    const [, ...listed] = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(listed).toEqual(['3,A quote mark that never closes: the lines after it were read as rows of their own,2,"Big deal,Closed Won,2000,2026-01-10,2026-02-10"']);
  });

  test('reads two-digit years written first (YY-MM-DD) year first, says why, and lets the user read them day first', async ({ page }) => {
    await open(page);
    const rows = ['Stage,Amount,Created Date,Close Date', 'Closed Won,1000,25-11-03,26-01-15', 'Closed Won,2000,26-01-10,26-03-05', 'Closed Lost,500,25-12-30,26-02-28'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'yy.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    // 2025-11-03 → 2026-01-15 is 73 days, 2026-01-10 → 2026-03-05 is 54: median 63.5, shown whole.
    await expect(figure(page, 'Median days to win')).toHaveText('64 days');
    await expect(page.getByText('Read as YY-MM-DD.')).toHaveCount(2);
    await expect(page.getByText('26-03-05 → Mar 5, 2026')).toBeVisible();
    await expect(page.getByText('These dates have a two-digit year, which may come first or last. Read year first').first()).toBeVisible();
    const order = page.getByLabel('Date order').first();
    await expect(order).toHaveValue('yearFirst');
    await order.selectOption('dayFirst');
    await expect(page.getByText('25-11-03 → Nov 25, 2003')).toBeVisible();
  });

  test('reads a Polish Windows-1250 export on the Polish page: its letters, amounts and win rate', async ({ page }) => {
    await open(page, '/pl/pipeline/');
    // As a Polish CRM or Excel on Polish Windows writes it (the QA file, once read as Big5).
    const rows = [
      'Identyfikator;Nazwa;Etap;Kwota;Data utworzenia;Data zamknięcia;Opiekun',
      '1;Łódź Zakład;Wygrana;"1 234,50 zł";05.01.2026;04.02.2026;Paweł Żółć',
      '2;Gdańsk;Przegrana;"2 000,00 zł";10.01.2026;01.03.2026;Józef Ślusarczyk',
      '3;Kraków;Wygrana;"3 000,00 zł";15.01.2026;14.02.2026;Paweł Żółć',
      '4;Poznań;Negocjacje;"500,00 zł";15.01.2026;;Józef Ślusarczyk',
    ];
    const field = page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)');
    await expect(field).toHaveAccessibleDescription(/Windows-1250 \(Europa Środkowa\), Windows-1252 \(Europa Zachodnia\)/);
    await field.setInputFiles({ name: 'szanse-1250.csv', mimeType: 'text/csv', buffer: iconv.encode(rows.join('\r\n') + '\r\n', 'windows-1250') });
    const encoding = page.getByLabel('Kodowanie tekstu');
    await expect(encoding).toHaveValue('windows-1250');
    await expect(encoding.locator('option:checked')).toHaveText('Europa Środkowa (Windows-1250)');
    await expect(figure(page, 'Wskaźnik wygranych')).toHaveText(percent(2 / 3, 'pl'));
    await expect(figure(page, 'Wygrane')).toHaveText('2');
    await expect(figure(page, 'Przegrane')).toHaveText('1');
    await expect(figure(page, 'Przychód z wygranych')).toHaveText(money(1234.5 + 3000, 'pl', 'PLN'));
    await expect(page.getByRole('table', { name: 'Według właściciela' })).toContainText('Paweł Żółć');
    await expect(page.getByRole('combobox', { name: 'Wygrana', exact: true })).toHaveValue('won');
    await expect(page.locator('.pipeline')).toContainText('Data zamknięcia');
    await expect(page.locator('.pipeline')).not.toContainText('\uFFFD');
    await expect(page.locator('#pipeline-not-utf8')).toHaveCount(0);
  });

  test('a file whose first 64 KB are ASCII and whose later rows are GBK is read as GBK, and says from which row', async ({ page }) => {
    await open(page);
    const rows = ['Opportunity ID,Stage,Amount,Created Date,Close Date,Owner'];
    for (let i = 1; i <= 3000; i++) rows.push(`${i},${i % 2 ? 'Closed Won' : 'Closed Lost'},1000,2026-01-05,2026-02-04,${i <= 2000 ? 'Ann Lee' : '张伟'}`);
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ name: 'gbk-late.csv', mimeType: 'text/csv', buffer: iconv.encode(rows.join('\r\n') + '\r\n', 'gbk') });
    const encoding = page.getByLabel('Text encoding');
    await expect(encoding).toHaveValue('gb18030');
    const notice = 'From row 2002 on, the file is not UTF-8, so it was read as GB18030 / GBK (Chinese Excel). If its text still looks wrong, choose the encoding it was saved in.';
    await expect(page.getByRole('status').filter({ hasText: 'From row 2002 on' })).toHaveText(notice);
    await expect(encoding).toHaveAccessibleDescription(notice);
    const owners = page.getByRole('table', { name: 'By owner' });
    await expect(owners).toContainText('张伟');
    await expect(owners).toContainText('Ann Lee');
    await expect(figure(page, 'Won')).toHaveText('1,500');
    await expect(page.locator('.pipeline')).not.toContainText('\uFFFD');

    // Read as UTF-8 on purpose, the replacement characters are not shown without a word.
    await encoding.selectOption('utf-8');
    await expect(encoding).toHaveValue('utf-8');
    await expect(page.getByRole('status').filter({ hasText: 'From row 2002 on' })).toHaveText(
      'From row 2002 on, the file is not valid UTF-8: characters there show as “\uFFFD”. Choose the encoding it was saved in.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('reads UTF-16 without a byte-order mark, in Chinese', async ({ page }) => {
    await open(page, '/zh-cn/pipeline/');
    await choose(page, 'utf16le-no-bom.csv', 'CRM 导出文件（CSV 或制表符分隔）');
    await expect(page.getByLabel('文本编码')).toHaveValue('utf-16le');
    await expect(figure(page, '赢单')).toHaveText('2');
    await expect(figure(page, '输单')).toHaveText('1');
  });
});
