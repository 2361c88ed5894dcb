// The monthly review as both teams use it: a plan from the planner, an SLA from a template, three
// months reported (typed and pasted), the scorecard, escalations, the re-forecast and the odds,
// notes and actions, a one-page print, and everything found again after a reload. The clock is
// fixed at 10 April 2027 so January to April are due and May onwards are not.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { flatMessages, type Messages } from '../../src/i18n/messages/types';
import { messages as enAreas } from '../../src/i18n/messages/en';
import { messages as zhCnAreas } from '../../src/i18n/messages/zh-cn';
import { messages as zhTwAreas } from '../../src/i18n/messages/zh-tw';
import { messages as plAreas } from '../../src/i18n/messages/pl';
import { formatMonth } from '../../src/lib/format';
import { axeViolations, COLOUR_RULES } from './axe';
import { hydrated, watchForProblems } from './site';

const en = flatMessages(enAreas);
const zhCn = flatMessages(zhCnAreas);
const zhTw = flatMessages(zhTwAreas);
const pl = flatMessages(plAreas);
const NOW = new Date('2027-04-10T10:00:00');

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** The workbook a team starts its reviews from: a period, the planner's plan (saved on a first edit), an SLA from a template. */
async function buildPlan(page: Page, prefix = '', t: Messages = en) {
  await page.clock.setFixedTime(NOW);
  await open(page, `${prefix}/data/`);
  await page.getByLabel(t['settings.periodStart']).fill('2027-01');
  await open(page, `${prefix}/funnel/`);
  await page.getByLabel(t['funnel.scenario.name']).fill('Base 2027');
  await open(page, `${prefix}/sla/`);
  const template = /^name: (.+)$/m
    .exec(
      readFileSync(
        new URL(
          `../../content/sla-templates/${prefix ? prefix.slice(1) : 'en'}/b2b-saas.yaml`,
          import.meta.url,
        ),
        'utf8',
      ),
    )![1]!
    .trim()
    .replace(/^"(.*)"$/, '$1'); // YAML may quote it
  await page.getByRole('button', { name: `${t['sla.template.use']} ${template}` }).click();
  await expect(page.getByLabel(t['sla.drafts.select'])).toBeVisible();
}

/** A figure of the review by its accessible name. */
const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const funnelTable = (page: Page) =>
  page.getByRole('region', { name: /^Funnel, revenue and spend/ });
const slaTable = (page: Page) => page.getByRole('region', { name: /^SLA measures/ });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A cell of the actuals by its column and month ("Lead, January 2027"; money and shares add their unit). */
const cell = (scope: Page | Locator, field: string, month: string) =>
  scope.getByLabel(new RegExp(`^${escape(field)}, ${escape(month)}( \\(|$)`));

/** Pastes text into a field the way a user's paste does: a paste event carrying the clipboard's text. */
async function paste(field: Locator, text: string) {
  await field.focus();
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    // What the browser does when nothing prevents the paste.
    if (element.dispatchEvent(event)) {
      const input = element as HTMLInputElement | HTMLTextAreaElement;
      input.setRangeText(value, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, text);
}

/** The PDF of the page as printed, its text and its page count. */
async function printToText(page: Page, info: TestInfo, name: string, format: 'A4' | 'Letter') {
  const file = info.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  }).toString('utf8');
  return { text, pages: text.split('\f').filter((p) => p.trim() !== '').length };
}

/**
 * A 2026 plan and the HubSpot fixture imported on /pipeline/ (in a workbook planning in
 * `currency` when given), on 10 April 2026; January's bookings as the fixture expects them.
 */
async function importHubspot(page: Page, currency?: string) {
  await page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
  await open(page, '/data/');
  await page.getByLabel('Planning period starts').fill('2026-01');
  if (currency) await page.getByLabel('Currency').selectOption(currency);
  await open(page, '/funnel/');
  await page.getByLabel('Scenario name').fill('Base 2026');
  await open(page, '/pipeline/');
  await page
    .getByLabel('CRM export (CSV or tab-separated)')
    .setInputFiles(new URL('../fixtures/crm/hubspot.csv', import.meta.url).pathname);
  await expect(page.getByRole('status', { name: 'Win rate', exact: true })).toBeVisible();
  const bookings = JSON.parse(
    readFileSync(new URL('../fixtures/crm/hubspot.expected.json', import.meta.url), 'utf8'),
  ).bookings as { month: string; won: number; revenue: number }[];
  return bookings.find((b) => b.month === '2026-01')!;
}

test.describe('monthly review', () => {
  test('says what to create first, with links, until there is a plan and a period', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await open(page, '/review/');
    const setup = page.getByRole('region', { name: 'Before the first review' });
    await expect(setup).toContainText('Make a funnel plan');
    await expect(setup.getByRole('link', { name: 'Open the funnel planner' })).toHaveAttribute(
      'href',
      '/funnel/',
    );
    await expect(setup.getByRole('link', { name: 'Set it on Your data' })).toHaveAttribute(
      'href',
      '/data/',
    );
    await expect(setup.getByRole('link', { name: 'Open the SLA builder' })).toHaveAttribute(
      'href',
      '/sla/',
    );
    await expect(setup).toContainText('Optional:');
  });

  test('a plan that cannot be computed is named by the field to fix, as the planner names it', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await open(page, '/pl/data/');
    await page.getByLabel('Początek okresu planowania').fill('2027-01');
    await open(page, '/pl/funnel/');
    await page.getByLabel('Cel przychodowy').fill('500000');
    // The likely MQL → SQL rate is 40 %: a lowest of 55 cannot be.
    await page.getByRole('group', { name: 'MQL → SQL', exact: true }).getByLabel('Min.').fill('55');
    await open(page, '/pl/review/');
    const setup = page.getByRole('region', { name: 'Przed pierwszym przeglądem' });
    await expect(setup).toContainText(
      'Nie da się policzyć planu lejka: Wartość „MQL → SQL: Konwersja, Min.” (55) nie może przekraczać wartości „MQL → SQL: Konwersja” (40).',
    );
  });

  test('a team reports three months, reads the scorecard and the odds, prints the month, and finds it all after a reload', async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    const problems = await watchForProblems(page);
    await buildPlan(page);
    await open(page, '/review/');
    const context = page.getByRole('region', { name: 'What this review is held against' });
    await expect(context).toContainText(
      'Held against the plan \u2068Base 2027\u2069, January 2027 to December 2027.',
    );
    await expect(context).toContainText('Commitments from the SLA draft');
    // May onwards are not due; nothing reported is "not reported", never 0.
    await expect(
      funnelTable(page).getByRole('row', { name: /May 2027 to December 2027/ }),
    ).toContainText('not yet due');
    await expect(funnelTable(page).getByRole('rowheader', { name: /January 2027/ })).toContainText(
      'Not reported',
    );

    // January typed, cell by cell.
    const january: [string, string][] = [
      ['Lead', '300'],
      ['MQL', '80'],
      ['SQL', '30'],
      ['Opportunity', '15'],
      ['Won', '4'],
      ['Revenue won', '96000'],
      ['Marketing spend', '24000'],
    ];
    for (const [field, value] of january)
      await cell(funnelTable(page), field, 'January 2027').fill(value);
    await expect(
      funnelTable(page).getByRole('rowheader', { name: /January 2027/ }),
    ).not.toContainText('Not reported');

    // February and March pasted as one block from a spreadsheet into February's first cell.
    await paste(
      cell(funnelTable(page), 'Lead', 'February 2027'),
      '320\t85\t35\t16\t5\t120000\t25600\r\n280\t70\t28\t14\t3\t72000\t22400\r\n',
    );
    await expect(page.getByText('Pasted 14 cells, February 2027 to March 2027.')).toBeVisible();
    await expect(cell(funnelTable(page), 'Revenue won', 'March 2027')).toHaveValue('72000');

    // The SLA measures of the three months, pasted through the paste box, opened first.
    await page.getByRole('button', { name: 'Paste a block of cells' }).click();
    const box = page.getByLabel('Cells copied from a spreadsheet');
    await box.fill(
      [
        '300\t95\t90\t85\t80\t6\t30\t100\t0.5',
        '250\t92\t88\t80\t70\t5\t27\t90\t3',
        '200\t90\t85\t80\t75\t5\t24\t95\t4',
      ].join('\n'),
    );
    await page.getByLabel('First column').selectOption({ label: 'MQLs handed to sales' });
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(page.getByText('Pasted 27 cells, January 2027 to March 2027.')).toBeVisible();
    await expect(cell(slaTable(page), 'Time to hand over', 'March 2027')).toHaveValue('4');

    // The review opens on the latest month reported: March.
    await expect(page.getByLabel('Month to review')).toHaveValue('2027-03');
    const scorecard = page.getByRole('table', { name: 'SLA scorecard, March 2027' });
    // 200 MQLs against 320: 62.5 %, missed; cumulative 750 of 960: 78 %, missed too.
    const monthly = scorecard.getByRole('row', { name: /^MQLs delivered this month/ });
    await expect(monthly).toContainText('320');
    await expect(monthly).toContainText('200');
    await expect(monthly).toContainText('−120');
    await expect(monthly).toContainText('−37.5%');
    await expect(monthly).toContainText('Missed');
    await expect(monthly).toContainText('Marketing');
    const cumulative = scorecard.getByRole('row', { name: /^MQLs delivered so far/ });
    await expect(cumulative).toContainText('960');
    await expect(cumulative).toContainText('750');
    await expect(cumulative).toContainText('Missed');
    // Hand-over: 1 hour promised, 3 then 4 hours taken: missed two months running, escalated.
    await expect(scorecard.getByRole('row', { name: /^Hand-over time/ })).toContainText('Missed');
    const escalations = page.getByRole('region', { name: 'To escalate' });
    await expect(escalations).toContainText('Hand-over time');
    await expect(escalations).toContainText(
      'missed 2 reported months running (February 2027 and March 2027)',
    );
    await expect(escalations).toContainText('Step 1 of the agreement’s escalation path:');
    await expect(escalations).toContainText('The SDR manager and the demand generation manager');
    await expect(escalations).toContainText('Head of demand generation');

    // Thresholds are editable: with "missed" below 60 % the month's MQLs are only at risk.
    await page.getByLabel('Missed below this share of the target').fill('60');
    await expect(monthly).toContainText('At risk');
    // "Missed" above "at risk" contradicts it, and says how, with both figures.
    const missed = page.getByLabel('Missed below this share of the target');
    await missed.fill('97.5');
    await expect(missed).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await missed.getAttribute('aria-describedby')}`)).toHaveText(
      'Missed below this share of the target (97.5) cannot be more than At risk below this share of the target (95).',
    );
    await missed.fill('80');
    await expect(missed).not.toHaveAttribute('aria-invalid', 'true');

    // Plan against actual for March, with conversions and unit costs.
    const pva = page.getByRole('table', { name: 'Plan against actual, March 2027' });
    await expect(pva.getByRole('row', { name: /^Revenue won/ })).toContainText('$72,000');
    await expect(
      page.getByRole('table', { name: 'Conversion' }).getByRole('row', { name: /Lead → MQL/ }),
    ).toContainText('25%');

    // The re-forecast: 288,000 won of 1,200,000.
    await expect(figure(page, 'Won so far')).toHaveText('$288,000');
    await expect(figure(page, 'Still needed')).toHaveText('$912,000');
    await expect(figure(page, 'Needed per remaining month')).toHaveText('$101,333');

    // The odds, with the planned ranges and blended with the actuals.
    const odds = figure(page, 'Chance of reaching the target');
    await expect(odds).toHaveText(/^\d+(\.\d)?%$/, { timeout: 20_000 });
    const history = page.getByRole('table', { name: 'How the odds moved' });
    await expect(history.getByRole('row')).toHaveCount(5); // header, the plan alone, after each of three months
    await expect(history.getByRole('row', { name: /After March 2027/ })).toContainText('$288,000');
    const planned = await odds.textContent();
    await page.getByLabel('Blended with the actuals so far').check();
    await expect(
      page.getByText(
        'Blending: each step’s planned rate counts as if it had been seen on 200 leads',
      ),
    ).toBeVisible();
    await expect(odds).toHaveText(/^\d+(\.\d)?%$/, { timeout: 20_000 });
    expect(await figure(page, 'Period total, P50 (median)').textContent()).toMatch(/^\$[\d,]+$/);
    expect(planned).toMatch(/%$/);

    // Notes and an action.
    await page
      .getByLabel('Notes for March 2027')
      .fill('Paid search paused for two weeks; MQLs fell.');
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1', { exact: true }).fill('Restart paid search');
    await page.getByLabel('Owner of action 1').fill('Mia');
    await page.getByLabel('Due month of action 1').selectOption({ label: 'May 2027' });

    // The scorecard as CSV.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the scorecard (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    // A byte-order mark first, so Excel reads the file as UTF-8.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Commitment,Owner,Target,Actual,Variance,Variance %,Status',
    );
    expect(csv).toContain('MQLs delivered this month,Marketing,320,200,-120,-37.5,Missed');

    // One page on A4 and on Letter, headings as text.
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printToText(page, info, `review-${format}`, format);
      expect(pdf.pages, format).toBe(1);
      for (const heading of [
        'Review of March 2027',
        'SLA scorecard, March 2027',
        'To escalate',
        'Plan against actual, March 2027',
        'Re-forecast from here',
        'Odds of the target from here',
        'Notes and decisions, March 2027',
        'Actions',
      ]) {
        expect(pdf.text, `${format}: ${heading}`).toContain(heading);
      }
      expect(pdf.text).toContain('Paid search paused for two weeks');
      expect(pdf.text).toContain('Restart paid search');
      expect(pdf.text).not.toContain('Put the cells in the table');
    }

    // Everything is still there after a reload.
    await page.reload();
    await hydrated(page);
    await expect(cell(funnelTable(page), 'Lead', 'January 2027')).toHaveValue('300');
    await expect(cell(funnelTable(page), 'Marketing spend', 'March 2027')).toHaveValue('22400');
    await expect(cell(slaTable(page), 'MQLs handed to sales', 'February 2027')).toHaveValue('250');
    await expect(page.getByLabel('Notes for March 2027')).toHaveValue(
      'Paid search paused for two weeks; MQLs fell.',
    );
    await expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('Restart paid search');
    await expect(page.getByLabel('Missed below this share of the target')).toHaveValue('80');
    await expect(figure(page, 'Won so far')).toHaveText('$288,000');

    // April: the action agreed in March is carried forward until done.
    await page.getByLabel('Month to review').selectOption('2027-04');
    await expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('Restart paid search');
    await expect(page.getByText('Carried from March 2027')).toBeVisible();

    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a month keeps the plan that applied when it was first reported, and says what changed', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('90000');
    await expect(page.getByLabel('Month to review')).toHaveValue('2027-01');
    const revenue = (month: string) =>
      page
        .getByRole('table', { name: `Plan against actual, ${month}` })
        .getByRole('row', { name: /^Revenue won/ });
    await expect(revenue('January 2027')).toContainText('$100,000');

    // The plan doubles its target after January was reported.
    await open(page, '/funnel/');
    const target = page.getByLabel('Revenue target');
    await target.click(); // a number field shows its text as typed once it has the focus
    await target.fill('2400000');
    await expect(page.getByRole('status', { name: 'Leads needed', exact: true })).toHaveText(
      '8,000',
    );
    await open(page, '/review/');
    await expect(
      page.getByText('The plan has changed since this month’s actuals were first entered'),
    ).toContainText('the revenue');
    await expect(revenue('January 2027')).toContainText('$100,000');
    // A month not yet reported is held against the plan as it is now.
    await page.getByLabel('Month to review').selectOption('2027-02');
    await expect(revenue('February 2027')).toContainText('$200,000');

    // The SLA promises more MQLs after January was reported: January keeps 320 and says what changed.
    await open(page, '/sla/');
    await page.getByRole('button', { name: 'Marketing’s commitments', exact: true }).click();
    await page.getByLabel('MQLs per month', { exact: true }).fill('400');
    await expect(page.getByRole('definition').filter({ hasText: /^400$/ })).toHaveCount(1);
    await open(page, '/review/');
    await page.getByLabel('Month to review').selectOption('2027-01');
    const changed = page
      .getByRole('status')
      .filter({ hasText: 'has changed since this month’s actuals' });
    await expect(changed).toContainText('the SLA commitments');
    await expect(changed.getByRole('listitem')).toHaveText([
      'MQLs a month: “\u2068320\u2069” then, “\u2068400\u2069” now',
    ]);
    const mqls = (month: string) =>
      page
        .getByRole('table', { name: `SLA scorecard, ${month}` })
        .getByRole('row', { name: /^MQLs delivered this month/ });
    await expect(mqls('January 2027')).toContainText('320');
    await page.getByLabel('Month to review').selectOption('2027-02');
    await expect(mqls('February 2027')).toContainText('400');
    await expect(changed).toHaveCount(0);

    // The data page counts the months reported.
    await open(page, '/data/');
    await expect(page.getByRole('row', { name: /^Monthly review/ })).toContainText(
      '1 month reported',
    );
    // …and the export file holds the month as typed, with the plan it was held against.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export workbook' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(file.tracking.data.months['2027-01']).toMatchObject({
      revenue: '90000',
      plan: { revenue: 100_000 },
    });
  });

  test('a demanding user: clears a month, marks an action done late, deletes the SLA draft, moves the period start', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems = await watchForProblems(page);
    await buildPlan(page);
    await open(page, '/review/');
    const month = page.getByLabel('Month to review');
    const revenue = (name: string) =>
      page
        .getByRole('table', { name: `Plan against actual, ${name}` })
        .getByRole('row', { name: /^Revenue won/ });
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('90000');
    await cell(funnelTable(page), 'Lead', 'February 2027').fill('300');
    await cell(funnelTable(page), 'Revenue won', 'February 2027').fill('80000');
    await cell(slaTable(page), 'MQLs handed to sales', 'January 2027').fill('300');
    await month.selectOption('2027-01');
    await expect(revenue('January 2027')).toContainText('$100,000');
    await page.getByLabel('Notes for January 2027').fill('Sign-up form broken for a week.');

    // An action agreed in January, marked done while reviewing March.
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1', { exact: true }).fill('Fix the sign-up form');
    await month.selectOption('2027-03');
    await expect(page.getByText('Carried from January 2027')).toBeVisible();
    await page.getByLabel('Action 1 done').check();
    // February shows it as it was then: open, and says when it was done.
    await month.selectOption('2027-02');
    await page.getByLabel('Notes for February 2027').fill('Trade show moved to May.');
    await expect(page.getByLabel('Action 1', { exact: true })).toHaveValue('Fix the sign-up form');
    await expect(page.getByLabel('Action 1 done')).not.toBeChecked();
    await expect(page.getByText('Done in March 2027')).toBeVisible();
    await month.selectOption('2027-01');
    await expect(page.getByLabel('Action 1 done')).not.toBeChecked();
    await month.selectOption('2027-03');
    await expect(page.getByLabel('Action 1 done')).toBeChecked();
    await month.selectOption('2027-04');
    await expect(page.getByLabel('Action 1', { exact: true })).toHaveCount(0);

    // The plan doubles its target. January, cleared of its only figures and typed again, is held
    // against the plan now; February, which kept a figure, still against the plan it was reported with.
    await open(page, '/funnel/');
    const target = page.getByLabel('Revenue target');
    await target.click();
    await target.fill('2400000');
    await expect(page.getByRole('status', { name: 'Leads needed', exact: true })).toHaveText(
      '8,000',
    );
    await open(page, '/review/');
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('');
    await cell(slaTable(page), 'MQLs handed to sales', 'January 2027').fill('');
    await cell(funnelTable(page), 'Revenue won', 'February 2027').fill('');
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('90000');
    await cell(slaTable(page), 'MQLs handed to sales', 'January 2027').fill('300');
    await month.selectOption('2027-01');
    await expect(revenue('January 2027')).toContainText('$200,000');
    await expect(page.getByText('The plan has changed since this month’s actuals')).toHaveCount(0);
    await month.selectOption('2027-02');
    await expect(revenue('February 2027')).toContainText('$100,000');
    await expect(page.getByText('The plan has changed since this month’s actuals')).toBeVisible();

    // The SLA draft is deleted: January keeps its scorecard from its own commitments; a month
    // not reported says it has none to score.
    await open(page, '/sla/');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText(/deleted\.$/)).toBeVisible();
    await open(page, '/review/');
    await month.selectOption('2027-01');
    await expect(
      page
        .getByRole('table', { name: 'SLA scorecard, January 2027' })
        .getByRole('row', { name: /^MQLs delivered this month/ }),
    ).toContainText('300');
    const context = page.getByRole('region', { name: 'What this review is held against' });
    await expect(context).not.toContainText('No SLA draft');
    await month.selectOption('2027-04');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'No SLA draft now: this month has no commitments to score' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'SLA scorecard, April 2027' })).toHaveCount(0);
    // February is cleared of its last figure: it holds only its note now.
    await cell(funnelTable(page), 'Lead', 'February 2027').fill('');

    // The period start moves to March: January and February are said, shown on request, and
    // kept; February with the note that is all it holds.
    await open(page, '/data/');
    await page.getByLabel('Planning period starts').fill('2027-03');
    await open(page, '/review/');
    await expect(context).toContainText(
      '2 months with figures or notes are before the plan’s period: January 2027 and February 2027.',
    );
    await context.getByText('Show what they hold').click();
    const held = context.getByRole('definition');
    await expect(held.first()).toContainText('Revenue won: 90000');
    await expect(held.first()).toContainText('Notes: Sign-up form broken for a week.');
    await expect(held.nth(1)).toHaveText('Notes: Trade show moved to May.');
    expect(await axeViolations(page), 'light').toEqual([]);
    await open(page, '/data/');
    await page.getByLabel('Planning period starts').fill('2027-01');
    await open(page, '/review/');
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2027')).toHaveValue('90000');
    await expect(context).not.toContainText('before the plan’s period');
    expect(problems).toEqual([]);
  });

  test('a stage added on the planner leaves each reported month’s figures under the stage they were reported for', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    const january = { Lead: '150', MQL: '70', SQL: '36', Opportunity: '18', Won: '9' };
    for (const [stage, text] of Object.entries(january))
      await cell(funnelTable(page), stage, 'January 2027').fill(text);

    await open(page, '/funnel/');
    await page.getByRole('button', { name: 'Add a stage' }).click();
    await expect(page.getByLabel('Stage 5', { exact: true })).toBeFocused();
    await page.getByLabel('Stage 5', { exact: true }).fill('Proposal');
    await expect(page.getByLabel('Stage 6', { exact: true })).toHaveValue('Won');

    await open(page, '/review/');
    const table = funnelTable(page);
    // January keeps its five stages: Won is still 9, and Proposal was no stage of it.
    for (const [stage, text] of Object.entries(january))
      await expect(cell(table, stage, 'January 2027')).toHaveValue(text);
    await expect(cell(table, 'Proposal', 'January 2027')).toHaveCount(0);
    const januaryRow = table.getByRole('row', { name: /^January 2027/ });
    await expect(januaryRow).toContainText('Not a stage then');
    await expect(januaryRow.getByRole('rowheader')).toContainText(
      'Reported against other stages than the plan has now',
    );
    // A month not reported yet takes the stages now.
    await cell(table, 'Proposal', 'February 2027').fill('12');
    await cell(table, 'Won', 'February 2027').fill('5');
    await expect(table.getByRole('row', { name: /^February 2027/ })).not.toContainText(
      'Reported against',
    );

    const won = (month: string) =>
      page
        .getByRole('table', { name: `Plan against actual, ${month}` })
        .getByRole('row', { name: /^Won/ });
    await page.getByLabel('Month to review').selectOption('2027-01');
    await expect(won('January 2027')).toContainText('9');
    await expect(won('January 2027')).not.toContainText('Not reported');

    await page.reload();
    await hydrated(page);
    await expect(cell(funnelTable(page), 'Won', 'January 2027')).toHaveValue('9');
    await expect(cell(funnelTable(page), 'Won', 'February 2027')).toHaveValue('5');
    await expect(cell(funnelTable(page), 'Proposal', 'February 2027')).toHaveValue('12');
  });

  test('a share link carries the months with their plan and SLA to a fresh browser, after asking', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await buildPlan(page);
    await open(page, '/review/');
    const reported: [string, string, string][] = [
      ['January 2027', '96000', '300'],
      ['February 2027', '120000', '250'],
      ['March 2027', '72000', '200'],
    ];
    for (const [month, revenue, mqls] of reported) {
      await cell(funnelTable(page), 'Revenue won', month).fill(revenue);
      await cell(slaTable(page), 'MQLs handed to sales', month).fill(mqls);
    }
    await page.getByLabel('Notes for March 2027').fill('Paid search paused \u202Efor two weeks.');
    await expect(figure(page, 'Won so far')).toHaveText('$288,000');

    await page.getByRole('button', { name: 'Share link' }).click();
    const share = page.getByRole('dialog', { name: 'Share this review' });
    await expect(share).toContainText('with the plan and the SLA draft they are held against');
    await share.getByRole('button', { name: 'Copy' }).click();
    await expect(share.getByRole('status')).toHaveText('Copied to the clipboard.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await share.getByLabel('Link').inputValue());
    expect(link).toMatch(/\/review\/#share=[\w-]+$/); // in the fragment, never the query
    await share.getByRole('button', { name: 'Close' }).click();

    // Someone else, with nothing in their workbook, is asked first and then sees the months.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const problems = await watchForProblems(other);
    await other.clock.setFixedTime(NOW);
    await other.goto(link);
    await hydrated(other);
    const ask = other.getByRole('dialog', { name: 'Open the shared review?' });
    await expect(ask).toContainText(
      'This link holds the monthly review of the plan “\u2068Base 2027\u2069”.',
    );
    await expect(ask).toContainText(
      'Months reported in it: January 2027, February 2027, and March 2027.',
    );
    await expect(ask).not.toContainText('takes the place of the review you have here');
    expect(await axeViolations(other), 'the question').toEqual([]);
    // The question starts on keeping things as they are: Enter never replaces anything.
    await expect(ask.getByRole('button', { name: 'Do not open it' })).toBeFocused();
    await ask.getByRole('button', { name: 'Open the shared review' }).click();
    await expect(
      other.getByText(
        'Opened the shared review of “\u2068Base 2027\u2069”. Its plan and SLA draft were added beside yours.',
      ),
    ).toBeVisible();
    await expect(
      other.getByRole('region', { name: 'What this review is held against' }),
    ).toContainText('Held against the plan \u2068Base 2027\u2069, January 2027 to December 2027.');
    await expect(other.getByLabel('Month to review')).toHaveValue('2027-03');
    for (const [month, revenue, mqls] of reported) {
      await expect(cell(funnelTable(other), 'Revenue won', month)).toHaveValue(revenue);
      await expect(cell(slaTable(other), 'MQLs handed to sales', month)).toHaveValue(mqls);
    }
    await expect(figure(other, 'Won so far')).toHaveText('$288,000');
    await expect(
      other
        .getByRole('table', { name: 'SLA scorecard, March 2027' })
        .getByRole('row', { name: /^MQLs delivered so far/ }),
    ).toContainText('750');
    await expect(other.getByLabel('Notes for March 2027')).toHaveValue(
      'Paid search paused \u202Efor two weeks.',
    );
    // Kept: a reload neither asks again nor loses the months.
    await other.reload();
    await hydrated(other);
    await expect(other.getByRole('dialog', { name: 'Open the shared review?' })).toHaveCount(0);
    await expect(cell(funnelTable(other), 'Revenue won', 'February 2027')).toHaveValue('120000');
    expect(problems).toEqual([]);
    await fresh.close();

    // Where there is a review already, the question says it would be replaced; keeping it keeps it.
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('1');
    await page.goto('/');
    await page.goto(link);
    await hydrated(page);
    const again = page.getByRole('dialog', { name: 'Open the shared review?' });
    await expect(again).toContainText('takes the place of the review you have here');
    await again.getByRole('button', { name: 'Do not open it' }).click();
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2027')).toHaveValue('1');
    // Opened, it can be undone at once.
    await page.goto('/');
    await page.goto(link);
    await hydrated(page);
    await again.getByRole('button', { name: 'Open the shared review' }).click();
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2027')).toHaveValue('96000');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2027')).toHaveValue('1');
    // Undone, the planner opens on the user's own plan again, not on the copy the link added.
    await page.goto('/funnel/');
    await hydrated(page);
    const picker = page.getByLabel('Scenario', { exact: true });
    await expect(picker.locator('option')).toHaveCount(2);
    const own = await picker.locator('option').first().getAttribute('value');
    await expect(picker).toHaveValue(own!);
  });

  test('fills won deals and revenue from the pipeline analysis, keeping what was typed', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const january = await importHubspot(page);

    await open(page, '/review/');
    await cell(funnelTable(page), 'Revenue won', 'February 2026').fill('1');
    await expect(
      page.getByText(
        /^Your pipeline analysis of .hubspot\.csv. \(.+\) has bookings for 4 months of this period\.$/,
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Fill won deals and revenue from it' }).click();
    await expect(page.getByText('Filled 7 cells. Kept as you entered them: 1 cell.')).toBeVisible();
    await expect(cell(funnelTable(page), 'Won', 'January 2026')).toHaveValue(String(january.won));
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2026')).toHaveValue(
      String(january.revenue),
    );
    await expect(cell(funnelTable(page), 'Revenue won', 'February 2026')).toHaveValue('1');
    // The other stages stay not reported, never 0.
    await expect(cell(funnelTable(page), 'Lead', 'January 2026')).toHaveValue('');
  });

  test('fills only won deals from a pipeline analysis in another currency, and says why', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const january = await importHubspot(page, 'EUR');

    await open(page, '/review/');
    // The file's amounts are dollars; the workbook plans in euros: dollars are never entered as euros.
    await expect(
      page.getByText(
        /^Won deals only: the amounts in that file are in (\$|USD), and the workbook plans in EUR/,
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Fill won deals from it' }).click();
    await expect(
      page.getByText('Filled 4 cells. Kept as you entered them: 0 cells.'),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'Won', 'January 2026')).toHaveValue(String(january.won));
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2026')).toHaveValue('');
  });

  test('bad input is said in place, and nothing typed elsewhere is lost', async ({ page }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    const leads = cell(funnelTable(page), 'Lead', 'January 2027');
    const revenue = cell(funnelTable(page), 'Revenue won', 'January 2027');
    await revenue.fill('50000');

    const expectProblem = async (field: Locator, message: string | RegExp) => {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const id = (await field.getAttribute('aria-describedby'))!.split(' ')[0]!;
      await expect(page.locator(`[id="${id}"]`)).toHaveText(message);
    };
    await leads.fill('abc');
    await expectProblem(leads, 'This is not a number. Use digits, such as 1234.5.');
    await leads.fill('-5');
    await expectProblem(leads, 'Use zero or more.');
    await leads.fill('1e309');
    await expectProblem(leads, 'This number is too large to mean anything here.');
    await leads.fill('');
    await expect(leads).not.toHaveAttribute('aria-invalid', 'true');
    // A later stage larger than the one above: allowed, but marked.
    await leads.fill('10');
    const mqls = cell(funnelTable(page), 'MQL', 'January 2027');
    await mqls.fill('40');
    await expect(mqls).not.toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText('More than the stage above (10): allowed, but check it.'),
    ).toBeVisible();
    await expect(revenue).toHaveValue('50000');

    // A block narrower than the rest of the row fills from the cell pasted into.
    await paste(cell(funnelTable(page), 'Lead', 'February 2027'), '1\t2\t3\n4\t5\t6\n');
    await expect(
      page.getByRole('status').filter({ hasText: 'Pasted 6 cells, February 2027 to March 2027.' }),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'SQL', 'March 2027')).toHaveValue('6');
    await expect(cell(funnelTable(page), 'Opportunity', 'March 2027')).toHaveValue('');
    // A block wider than the rest of the row is refused whole, with a message beside the table.
    await paste(cell(funnelTable(page), 'MQL', 'April 2027'), '1\t2\t3\t4\t5\t6\t7\n');
    await expect(
      page.getByRole('alert').filter({
        hasText:
          'Row 1 of the pasted block has 7 cells, but the table has only 6 columns from there to its end. Nothing was pasted.',
      }),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'MQL', 'April 2027')).toHaveValue('');
    // More rows than months left.
    await paste(
      cell(funnelTable(page), 'Lead', 'April 2027'),
      '1\t2\t3\t4\t5\t6\t7\n1\t2\t3\t4\t5\t6\t7\n',
    );
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'more rows than the table has months left from there (1)' }),
    ).toBeVisible();
    // Copied with the columns' names: refused whole, so no month's figures land a row too low
    // and no name lands over February's figures.
    await paste(cell(funnelTable(page), 'Lead', 'February 2027'), 'Lead\tMQL\tSQL\n7\t8\t9\n');
    await expect(
      page.getByRole('alert').filter({
        hasText:
          'The first row of the pasted block has words but no figures: the columns’ names, it seems.',
      }),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'Lead', 'February 2027')).toHaveValue('1');
    await expect(cell(funnelTable(page), 'Lead', 'March 2027')).toHaveValue('4');
    // Decimal commas are read, and the page says how.
    await paste(cell(funnelTable(page), 'Revenue won', 'February 2027'), '12.500,50\t1.234,5\n');
    await expect(
      page.getByText(
        'Commas were read as decimal marks: 12.500,50 as 12,500.5 and 1.234,5 as 1,234.5.',
      ),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'Revenue won', 'February 2027')).toHaveValue('12.500,50');
    // In the paste box too: a wrong block marks the box itself.
    await page.getByRole('button', { name: 'Paste a block of cells' }).click();
    const box = page.getByLabel('Cells copied from a spreadsheet');
    await box.fill('1\t2\t3\t4\t5\t6\t7\t8');
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveValue('1\t2\t3\t4\t5\t6\t7\t8');

    // A 10,000-character note: a paste over the limit is refused and said; nothing is cut.
    const note = page.getByLabel(/^Notes for /);
    await note.fill('Short note. ');
    await paste(note, 'x'.repeat(10_000));
    await expect(
      page.getByText(
        'That paste is 10,000 characters: with the text already here it would make 10,012, over the 2,000 allowed. Nothing was pasted; shorten it first.',
      ),
    ).toBeVisible();
    await expect(note).toHaveValue('Short note. ');
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    // Typed (or dropped) past the limit, it is kept whole and marked.
    await note.fill('y'.repeat(10_000));
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText(
        '8,000 characters over the limit of 2,000. Nothing was cut: shorten it to fit.',
      ),
    ).toBeVisible();
    await expect(page.getByText('10,000 of 2,000 characters')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByLabel(/^Notes for /)).toHaveValue('y'.repeat(10_000));
    await expect(cell(funnelTable(page), 'Revenue won', 'January 2027')).toHaveValue('50000');
  });

  test('what people type and paste: grouped counts read and said, cells to check named, the box keeps its text', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    // "1.000" leads are a thousand (a count has no decimals), and an English page says how it read them.
    const leads = cell(funnelTable(page), 'Lead', 'January 2027');
    await leads.fill('1.000');
    await expect(leads).not.toHaveAttribute('aria-invalid', 'true');
    await expect(leads).toHaveAccessibleDescription('Read as 1,000');
    await leads.fill('1,000');
    await expect(leads).toHaveAccessibleDescription(''); // nothing an English reader would read otherwise
    await leads.fill('1.5');
    await expect(leads).toHaveAttribute('aria-invalid', 'true');
    await leads.fill('1.000');

    // A month holding only text that is no figure stays "not reported" and says what to fix.
    const revenue = cell(funnelTable(page), 'Revenue won', 'February 2027');
    await revenue.fill('abc');
    await expect(revenue).toHaveAttribute('aria-invalid', 'true');
    const february = funnelTable(page).getByRole('rowheader', { name: /February 2027/ });
    await expect(february).toContainText('Not reported');
    await expect(february).toContainText('1 figure to fix');
    await expect(page.getByLabel('Month to review')).toHaveValue('2027-01'); // still the latest reported
    await page.getByLabel('Month to review').selectOption('2027-02');
    await expect(
      page.getByText(
        'Figures are typed for this month, but none of them reads yet, so it is not reported',
      ),
    ).toBeVisible();

    // A row pasted into one month with two bad cells: put in the table, marked, and named.
    await paste(cell(funnelTable(page), 'Lead', 'April 2027'), '300\t80\tabc\t15\t4\tn/a\t24000\n');
    await expect(
      page.getByRole('status').filter({
        hasText:
          'Pasted 7 cells into April 2027. 2 of them need checking: SQL (April 2027) and Revenue won (April 2027).',
      }),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'SQL', 'April 2027')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(cell(funnelTable(page), 'Marketing spend', 'April 2027')).toHaveValue('24000');

    // Through the box: three columns only, one cell to check; the text stays until it all reads.
    const opener = page.getByRole('button', { name: 'Paste a block of cells' });
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
    await opener.click();
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    const box = page.getByLabel('Cells copied from a spreadsheet');
    await box.fill('310\t81\tx');
    await page.getByLabel('First month').selectOption({ label: 'March 2027' });
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(
      page.getByRole('status').filter({
        hasText:
          'Pasted 3 cells into March 2027. 1 of them needs checking: SQL (March 2027). The pasted text stays in the box until every cell reads',
      }),
    ).toBeVisible();
    await expect(box).toHaveValue('310\t81\tx');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    // A reload (or a phone reopening the tab) keeps the text in the box to fix: the box is open.
    await page.reload();
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveValue('310\t81\tx');
    await box.fill('310\t81\t31');
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Pasted 3 cells into March 2027.' }),
    ).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(cell(funnelTable(page), 'SQL', 'March 2027')).toHaveValue('31');
    await expect(cell(funnelTable(page), 'Opportunity', 'March 2027')).toHaveValue('');
    // Used, the text is gone for good: not back after a reload, where the box starts closed.
    await page.reload();
    await expect(cell(funnelTable(page), 'SQL', 'March 2027')).toHaveValue('31');
    await expect(opener).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toBeHidden();
    await opener.click();
    await expect(box).toHaveValue('');
  });

  test('an action past its due month is marked overdue on paper as on screen', async ({
    page,
  }, info) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    await cell(funnelTable(page), 'Revenue won', 'March 2027').fill('72000');
    await page.getByLabel('Month to review').selectOption('2027-03');
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1', { exact: true }).fill('Fix the sign-up form');
    await page.getByLabel('Due month of action 1').selectOption({ label: 'February 2027' });
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 2', { exact: true }).fill('Restart paid search');
    await page.getByLabel('Due month of action 2').selectOption({ label: 'May 2027' });
    await expect(page.getByText('Overdue', { exact: true })).toHaveCount(1);
    const pdf = await printToText(page, info, 'review-overdue', 'A4');
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Fix the sign-up form — due February 2027 — overdue');
    expect(text).toContain('Restart paid search — due May 2027 — open');
  });

  test('an action in Arabic reads right to left; removed from the keyboard, one key brings it back', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    await page.getByRole('button', { name: 'Add an action' }).click();
    const text = page.getByLabel('Action 1', { exact: true });
    const owner = page.getByLabel('Owner of action 1');
    await text.fill('تحديث نموذج التسجيل');
    await owner.fill('سارة');
    // Each field takes the direction of what is typed in it: the words run, and the line sets out, from the right.
    const direction = (field: Locator) => field.evaluate((el) => getComputedStyle(el).direction);
    expect(await direction(text)).toBe('rtl');
    expect(await direction(owner)).toBe('rtl');
    const note = page.getByLabel(/^Notes for /);
    await note.fill('הטופס תוקן.');
    expect(await direction(note)).toBe('rtl');

    // From the owner, by Tab to the remove button; Enter removes the action. The toast says so and
    // its Undo has the focus: Enter again, and the action is back, the focus where it was left.
    await owner.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Remove action 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    const toast = page.getByRole('status').filter({ hasText: 'Action 1 removed.' });
    await expect(toast).toBeVisible();
    await expect(text).toHaveCount(0);
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(text).toHaveValue('تحديث نموذج التسجيل');
    await expect(toast).toHaveCount(0);
    const add = page.getByRole('button', { name: 'Add an action' });
    await expect(add).toBeFocused();
    // Not wanted: Escape lets the toast go, and the focus comes back all the same.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Remove action 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toast).toHaveCount(0);
    await expect(add).toBeFocused();
    await expect(text).toHaveCount(0);
  });

  test('a month not begun yet says so in its scorecard, as in its plan against actual, never “not reported”', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    await cell(slaTable(page), 'MQLs handed to sales', 'January 2027').fill('300');
    const row = (month: string, name: RegExp) =>
      page.getByRole('table', { name: `SLA scorecard, ${month}` }).getByRole('row', { name });
    // May, reviewed in April: not begun. Its figures are not yet due, and it is left out of nothing.
    await page.getByLabel('Month to review').selectOption('2027-05');
    await expect(row('May 2027', /^MQLs delivered this month/)).toContainText('Not yet due');
    await expect(row('May 2027', /^MQLs delivered this month/)).not.toContainText('Not reported');
    await expect(row('May 2027', /^Hand-over time/)).toContainText('Not yet due');
    await expect(row('May 2027', /^MQLs delivered so far/)).toContainText(
      'Left out (not reported): February 2027, March 2027, and April 2027.',
    );
    await expect(
      page
        .getByRole('table', { name: 'Plan against actual, May 2027' })
        .getByRole('row', { name: /^Lead/ }),
    ).toContainText('Not yet due');
    // Its CSV says the same as the page.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the scorecard (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toMatch(/^MQLs delivered this month,Marketing,[\d.]+,,,,Not yet due\r$/m);
    expect(csv).not.toContain('Not reported');
    // April is due: not reported, and said so.
    await page.getByLabel('Month to review').selectOption('2027-04');
    await expect(row('April 2027', /^MQLs delivered this month/)).toContainText('Not reported');
  });

  test('a paste into the wrong month can be undone: the figures it replaced come back', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    for (const [field, value] of [
      ['Lead', '300'],
      ['MQL', '80'],
      ['Revenue won', '96000'],
    ] as const)
      await cell(funnelTable(page), field, 'January 2027').fill(value);
    // March's row, put through the box without choosing its month: it lands over January.
    await page.getByRole('button', { name: 'Paste a block of cells' }).click();
    const box = page.getByLabel('Cells copied from a spreadsheet');
    await box.fill('280\t70\t28');
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Pasted 3 cells into January 2027.' }),
    ).toBeVisible();
    await expect(cell(funnelTable(page), 'Lead', 'January 2027')).toHaveValue('280');
    // A figure typed since the paste is kept by the undo.
    await cell(funnelTable(page), 'SQL', 'January 2027').fill('29');
    await page.getByRole('button', { name: 'Undo this paste' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paste undone' })).toBeVisible();
    await expect(cell(funnelTable(page), 'Lead', 'January 2027')).toHaveValue('300');
    await expect(cell(funnelTable(page), 'MQL', 'January 2027')).toHaveValue('80');
    await expect(cell(funnelTable(page), 'SQL', 'January 2027')).toHaveValue('29');
    await expect(page.getByRole('button', { name: 'Undo this paste' })).toHaveCount(0);
    // The box has the block back, to put where it belongs.
    await expect(box).toHaveValue('280\t70\t28');
    await page.getByLabel('First month').selectOption({ label: 'March 2027' });
    await page.getByRole('button', { name: 'Put the cells in the table' }).click();
    await expect(cell(funnelTable(page), 'Lead', 'March 2027')).toHaveValue('280');
    // A block pasted into a month not reported, undone, leaves it not reported; the month under
    // it keeps what it held.
    await paste(cell(funnelTable(page), 'Lead', 'February 2027'), '1\t2\n3\t4\n');
    await expect(
      funnelTable(page).getByRole('rowheader', { name: /February 2027/ }),
    ).not.toContainText('Not reported');
    await page.getByRole('button', { name: 'Undo this paste' }).click();
    await expect(funnelTable(page).getByRole('rowheader', { name: /February 2027/ })).toContainText(
      'Not reported',
    );
    await expect(cell(funnelTable(page), 'Lead', 'March 2027')).toHaveValue('280');
    await page.reload();
    await hydrated(page);
    await expect(cell(funnelTable(page), 'Lead', 'January 2027')).toHaveValue('300');
    await expect(cell(funnelTable(page), 'Lead', 'February 2027')).toHaveValue('');
  });

  test('the re-forecast counts no leads for months never entered, and never shows a misleading 0', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    // The example plan: 1,200,000 from deals of 24,000 at 25 % × 40 % × 50 % × 25 % = 1.25 % of
    // leads, 333.3 leads a month at 80 each, closing two months after the leads arrive. Today is
    // April; nothing is entered. January and February close on leads of November and December,
    // before the period: the plan's, 100,000 each. March to May close on leads of January to
    // March: past, never entered, so none. 1,200,000 − 200,000 = 1,000,000 from new leads in
    // April to October (7 months): ⌈1,000,000 ÷ 24,000⌉ = 42 deals → 168 → 336 → 840 → 3,360
    // leads, 480 a month, 268,800 at 80. (Counting the plan's leads for January to March would
    // have said 343 a month and 192,000.)
    await expect(figure(page, 'Still needed')).toHaveText('$1,200,000');
    await expect(figure(page, 'New leads needed a month')).toHaveText('480');
    await expect(figure(page, 'Budget for those leads')).toHaveText('$268,800');
    await expect(
      page.getByText(
        'March 2027: its leads were due in January 2027, which has no lead count entered, so none are counted.',
      ),
    ).toBeVisible();
    // Once the whole target is won, the leads needed say why there are none.
    await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('1200000');
    await expect(figure(page, 'New leads needed a month')).toHaveText(
      'None needed: the target is reached.',
    );
    await expect(figure(page, 'Budget for those leads')).toHaveText(
      'None needed: the target is reached.',
    );
  });

  test('before the period begins, the re-forecast asks for the plan’s leads, not one a month more', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    // November 2026: nothing is due, nothing is won. The plan's 4,000 leads (333.3 a month) are
    // what it takes, and the comparison rounds both the same way.
    await page.clock.setFixedTime(new Date('2026-11-10T10:00:00'));
    await open(page, '/review/');
    await expect(figure(page, 'New leads needed a month')).toHaveText('334');
    await expect(
      page.getByText('To close the gap, new leads must arrive from November 2026 over 12 months:'),
    ).toHaveText(
      'To close the gap, new leads must arrive from November 2026 over 12 months: 4,000 in all, 334 a month against 334 a month in the plan.',
    );
  });

  test('in Polish: months named without a preposition, a decimal comma in the advice, readings said the Polish way', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const t = pl;
    await buildPlan(page, '/pl', t);
    await open(page, '/pl/review/');
    const context = page.getByRole('region', { name: t['review.context.title'] });
    await expect(context).toContainText('okres: styczeń 2027 – grudzień 2027.');
    const funnel = page.getByRole('region', {
      name: new RegExp(`^${t['review.actuals.funnelCaption']}`),
    });
    await expect(funnel.getByRole('row', { name: /maj 2027 – grudzień 2027/ })).toContainText(
      'jeszcze nie teraz',
    );
    const leads = funnel.getByLabel(/^Lead, styczeń 2027/);
    await leads.fill('abc');
    // (The error's style may put a warning sign before it.)
    await expect(leads).toHaveAccessibleDescription(
      /(^|\s)To nie jest liczba\. Użyj cyfr, np\. 1234,5 albo 1\s234,5\.$/,
    );
    // "1.000" is a thousand to a Polish reader already; "1,500" leads are fifteen hundred, which a
    // Polish reader could take for one and a half: the page says so.
    await leads.fill('1.000');
    await expect(leads).toHaveAccessibleDescription('');
    await leads.fill('1,500');
    await expect(leads).toHaveAccessibleDescription('Odczytano jako 1500');
    await paste(funnel.getByLabel(/^Lead, luty 2027/), '300\t80\t30\n');
    await expect(
      page.getByRole('status').filter({ hasText: 'Wklejono: 3 komórki, luty 2027.' }),
    ).toBeVisible();
    // Decimal commas are how a Polish reader writes: the paste says nothing of them.
    await paste(funnel.getByLabel(/^Przychód z\swygranych, marzec 2027/), '96 000,50\t24 000,50\n');
    await expect(
      page.getByRole('status').filter({ hasText: /^Wklejono: 2 komórki, marzec 2027\.$/ }),
    ).toBeVisible();
  });

  test('money copied with the workbook’s currency sign reads; another currency’s is said by name', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await buildPlan(page);
    await open(page, '/review/');
    const revenue = cell(funnelTable(page), 'Revenue won', 'January 2027');
    await revenue.fill('$384,000.00');
    await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');
    await expect(figure(page, 'Won so far')).toHaveText('$384,000');
    const spend = cell(funnelTable(page), 'Marketing spend', 'January 2027');
    await spend.fill('€1,000');
    await expect(spend).toHaveAttribute('aria-invalid', 'true');
    await expect(spend).toHaveAccessibleDescription(
      /This amount is in € \(EUR\), but the workbook’s amounts are in USD\. Enter it in USD: nothing is converted here\.$/,
    );
    // A paste from a spreadsheet that prints its currency.
    await paste(
      cell(funnelTable(page), 'Revenue won', 'February 2027'),
      '$120,000.00\tUSD 25,600\n',
    );
    await expect(
      page.getByRole('status').filter({ hasText: 'Pasted 2 cells into February 2027.' }),
    ).toBeVisible();
    await expect(figure(page, 'Won so far')).toHaveText('$504,000');
    // A count takes no currency sign.
    const leads = cell(funnelTable(page), 'Lead', 'January 2027');
    await leads.fill('$300');
    await expect(leads).toHaveAttribute('aria-invalid', 'true');
  });

  test('in Polish, money in złoty as a Polish spreadsheet writes it', async ({ page }) => {
    test.setTimeout(60_000);
    const t = pl;
    await buildPlan(page, '/pl', t);
    await open(page, '/pl/review/');
    const funnel = page.getByRole('region', {
      name: new RegExp(`^${t['review.actuals.funnelCaption']}`),
    });
    const revenue = funnel.getByLabel(/^Przychód z\swygranych, styczeń 2027/);
    await revenue.fill('384 000,00 zł');
    await expect(revenue).not.toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByRole('status', { name: t['review.reforecast.won'], exact: true }),
    ).toHaveText(/^384\s000\szł$/);
    await revenue.fill('$384,000');
    await expect(revenue).toHaveAccessibleDescription(
      /Ta kwota jest podana w\s\$, a\skwoty w\szeszycie są w\sPLN\./,
    );
  });

  test('fits a 360 px phone: the actuals table scrolls inside its region, never the page', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 360, height: 780 });
    await buildPlan(page);
    await open(page, '/review/');
    await expect(funnelTable(page)).toBeVisible();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await cell(funnelTable(page), 'Marketing spend', 'January 2027').fill('1000');
    await expect(cell(funnelTable(page), 'Marketing spend', 'January 2027')).toBeInViewport();
  });

  test('in Chinese: report a month, read the scorecard and print with Chinese headings', async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    const t = zhCn;
    await buildPlan(page, '/zh-cn', t);
    await open(page, '/zh-cn/review/');
    const funnel = page.getByRole('region', {
      name: new RegExp(`^${t['review.actuals.funnelCaption']}`),
    });
    await paste(funnel.getByLabel(/^线索，2027年1月/), '300\t80\t30\t15\t4\t96000\t24000\n');
    await expect(page.getByText('已粘贴 7 个单元格到2027年1月。')).toBeVisible();
    const sla = page.getByRole('region', {
      name: new RegExp(`^${t['review.actuals.slaCaption']}`),
    });
    await sla.getByLabel(/^移交销售的 MQL，2027年1月/).fill('250');
    await expect(page.getByLabel(t['review.month.choose'])).toHaveValue('2027-01');
    const scorecard = page.getByRole('table', { name: 'SLA 计分卡，2027年1月' });
    await expect(scorecard.getByRole('row', { name: /^本月交付的 MQL/ })).toContainText('有风险');
    await expect(
      page.getByRole('status', { name: t['review.reforecast.won'], exact: true }),
    ).toHaveText(/^\D*96,000$/); // in the workbook's currency, whichever it is
    await expect(
      page.getByRole('status', { name: t['review.odds.probability'], exact: true }),
    ).toHaveText(/%$/, { timeout: 20_000 });
    const note = page.getByLabel('2027年1月的备注');
    await note.fill('付费搜索暂停两周。');
    await expect(note).toHaveValue('付费搜索暂停两周。');
    const pdf = await printToText(page, info, 'review-zh-cn', 'A4');
    expect(pdf.pages).toBe(1);
    for (const heading of [
      '2027年1月复盘',
      'SLA 计分卡，2027年1月',
      '计划与实际，2027年1月',
      '从现在起重新预测',
      '从现在起达成目标的概率',
      '概率的变化',
      '备注和决定，2027年1月',
      '行动',
    ]) {
      expect(pdf.text, heading).toContain(heading);
    }
    expect(pdf.text).toContain('付费搜索暂停两周。');
    await page.reload();
    await hydrated(page);
    await expect(funnel.getByLabel(/^线索，2027年1月/)).toHaveValue('300');
    expect(await axeViolations(page), 'light').toEqual([]);
  });
});

test('the plan packet prints the last reported month: its scorecard, plan against actual and the re-forecast', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await buildPlan(page);
  await open(page, '/review/');
  await cell(funnelTable(page), 'Revenue won', 'January 2027').fill('50000');
  await cell(slaTable(page), 'MQLs handed to sales', 'January 2027').fill('100');
  await open(page, '/plan/');
  const part = page.getByRole('region', { name: 'Tracking' });
  await expect(part.getByRole('heading', { name: /January 2027/ }).first()).toBeVisible();
  await expect(part).toContainText('MQL');
  await expect(page.getByText(en['plan.empty.tracking'])).toHaveCount(0);
});

/** A message with its {placeholders} filled. */
const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));

// A realistic quarter, printed in every language: three months typed and pasted, SLA measures
// that escalate, a note of a few sentences and an action. The month's review fits one A4 and one
// Letter page, its headings are text (pdftotext reads them), and nothing of the entry shows.
for (const [prefix, t, lang, note] of [
  [
    '',
    en,
    'en',
    'Paid search paused for two weeks in March while the new landing pages were built; MQLs fell to 200 against 320. Sales accepted fewer leads as SQL. Agreed: restart paid search in April and review the hand-over queue weekly until it is back within the hour.',
  ],
  [
    '/pl',
    pl,
    'pl',
    'W marcu płatne wyszukiwanie było wstrzymane przez dwa tygodnie, bo powstawały nowe strony docelowe; liczba MQL spadła do 200 wobec 320. Sprzedaż przyjęła mniej leadów jako SQL. Ustalono: wznowić płatne wyszukiwanie w kwietniu i co tydzień sprawdzać kolejkę przekazań, aż wróci do godziny.',
  ],
  [
    '/zh-tw',
    zhTw,
    'zh-TW',
    '三月為了製作新的到達頁，付費搜尋暫停了兩週；MQL 降到 200，目標是 320。業務接受為 SQL 的名單也變少了。決議：四月恢復付費搜尋，並每週檢查移交佇列，直到恢復在一小時內完成。',
  ],
  [
    '/zh-cn',
    zhCn,
    'zh-CN',
    '三月为了制作新的落地页，付费搜索暂停了两周；MQL 降到 200，目标是 320。销售接受为 SQL 的线索也变少了。决定：四月恢复付费搜索，并每周检查移交队列，直到恢复在一小时内完成。',
  ],
] as const) {
  test(`prints a three-month review on one A4 and one Letter page (${lang})`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    await buildPlan(page, prefix, t);
    // The first month's last SLA measure is a half, so a decimal prints in each language.
    await reportQuarter(page, prefix, t, lang, { firstMonthLast: '0.5' });
    const month = (key: string) => formatMonth(key, lang);
    await page.getByLabel(fill(t['review.notes.label'], { month: month('2027-03') })).fill(note);
    await page.getByRole('button', { name: t['review.actions.add'] }).click();
    await page
      .getByLabel(fill(t['review.actions.textLabel'], { n: 1 }), { exact: true })
      .fill(note.slice(0, 40));
    await page.getByLabel(fill(t['review.actions.ownerLabel'], { n: 1 })).fill('Mia');
    await page
      .getByLabel(fill(t['review.actions.dueLabel'], { n: 1 }))
      .selectOption({ label: month('2027-05') });
    await expect(
      page.getByRole('status', { name: t['review.odds.probability'], exact: true }),
    ).toHaveText(/%/, {
      timeout: 20_000,
    });
    await expect(page.getByRole('region', { name: t['review.escalation.title'] })).toBeVisible();

    const headings = [
      fill(t['review.month.title'], { month: month('2027-03') }),
      fill(t['review.score.title'], { month: month('2027-03') }),
      t['review.escalation.title'],
      fill(t['review.pva.title'], { month: month('2027-03') }),
      t['review.reforecast.title'],
      t['review.odds.title'],
      t['review.odds.history'],
      fill(t['review.notes.title'], { month: month('2027-03') }),
      t['review.actions.title'],
    ];
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printToText(page, info, `review-3-months-${lang}-${format}`, format);
      // pdftotext may break a line anywhere a heading wraps; compare without line breaks.
      const text = pdf.text.replace(/\s+/g, ' ');
      for (const heading of headings) expect(text, `${format}: ${heading}`).toContain(heading);
      expect(text).toContain(note.slice(0, 30));
      expect(text).not.toContain(t['review.paste.apply']);
      expect(pdf.pages, format).toBe(1);
    }
    // On paper, no hint is set larger than the body text it sits in.
    await page.emulateMedia({ media: 'print' });
    const sizes = await page
      .locator('.review .caption-hint')
      .evaluateAll((hints) =>
        hints.map(
          (hint) =>
            parseFloat(getComputedStyle(hint).fontSize) -
            parseFloat(getComputedStyle(hint.closest('.review')!).fontSize),
        ),
      );
    expect(sizes.length).toBeGreaterThan(0);
    for (const larger of sizes) expect(larger).toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'screen' });
  });
}

/**
 * A quarter as the team reports it: three months of the funnel pasted, and their SLA measures
 * (the first month's last measure `firstMonthLast`, 1 unless told).
 */
async function reportQuarter(
  page: Page,
  prefix: string,
  t: Messages,
  lang: string,
  { firstMonthLast = '1' } = {},
) {
  const month = (key: string) => formatMonth(key, lang);
  await open(page, `${prefix}/review/`);
  const funnel = page.getByRole('region', {
    name: new RegExp(`^${escape(t['review.actuals.funnelCaption'])}`),
  });
  const first = fill(t['review.actuals.cellLabel'], {
    field: t['funnel.stage.lead'],
    month: month('2027-01'),
  });
  await paste(
    funnel.getByLabel(new RegExp(`^${escape(first)}`)),
    '300\t80\t30\t15\t4\t96000\t24000\n320\t85\t35\t16\t5\t120000\t25600\n280\t70\t28\t14\t3\t72000\t22400\n',
  );
  await page.getByRole('button', { name: t['review.paste.title'] }).click();
  await page
    .getByLabel(t['review.paste.label'])
    .fill(
      [
        `300\t95\t90\t85\t80\t6\t30\t100\t${firstMonthLast}`,
        '250\t92\t88\t80\t70\t5\t27\t90\t3',
        '200\t90\t85\t80\t75\t5\t24\t95\t4',
      ].join('\n'),
    );
  await page.getByLabel(t['review.paste.month']).selectOption({ label: month('2027-01') });
  await page
    .getByLabel(t['review.paste.column'])
    .selectOption({ label: t['review.field.mqlsDelivered'] });
  await page.getByRole('button', { name: t['review.paste.apply'] }).click();
  await expect(page.getByLabel(t['review.month.choose'])).toHaveValue('2027-03');
}

test.describe('the scorecard as both teams read it', () => {
  test('in Polish, the CSV has decimal commas and semicolons, as Excel in Polish opens it', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const t = pl;
    await buildPlan(page, '/pl', t);
    await reportQuarter(page, '/pl', t, 'pl');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t['review.score.csv'] }).click();
    // (Polish typesetting keeps a one-letter word with the next by a no-break space: "w\u00a0tym".)
    const lines = readFileSync(await (await download).path(), 'utf8')
      .slice(1)
      .replaceAll('\u00a0', ' ')
      .split('\r\n');
    expect(lines[0]).toBe('Zobowiązanie;Odpowiada;Cel;Wykonanie;Odchylenie;Odchylenie %;Status');
    // 200 MQLs against 320: −120, −37,5 %.
    expect(lines).toContain(
      `${t['review.commitment.mqlVolume']};Marketing;320;200;-120;-37,5;${t['review.status.missed']}`,
    );
  });

  for (const [prefix, t, lang] of [
    ['', en, 'en'],
    ['/pl', pl, 'pl'],
    ['/zh-cn', zhCn, 'zh-CN'],
    ['/zh-tw', zhTw, 'zh-TW'],
  ] as const) {
    test(`on a 360 px phone each commitment reads whole, its status in view without scrolling sideways (${lang})`, async ({
      page,
    }, info) => {
      test.setTimeout(90_000);
      await buildPlan(page, prefix, t);
      await reportQuarter(page, prefix, t, lang);
      const scorecard = page.getByRole('table', {
        name: fill(t['review.score.title'], { month: formatMonth('2027-03', lang) }),
      });
      for (const width of [360, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const row = scorecard.getByRole('row', {
          name: new RegExp(`^${escape(t['review.commitment.mqlVolume'])}`),
        });
        const status = row.getByText(t['review.status.missed']);
        await status.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: info.outputPath(`scorecard-${lang}-${width}.png`),
          fullPage: false,
        });
        // Neither the page nor the scorecard scrolls sideways; the status and the owner are in view.
        const overflow = await page.evaluate(() => {
          const wrap = document.querySelector('.review-scorecard .table-wrap')!;
          return {
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            table: wrap.scrollWidth - wrap.clientWidth,
          };
        });
        expect(overflow, `${width} px`).toEqual({ page: 0, table: 0 });
        await expect(status).toBeInViewport({ ratio: 1 });
        const owner = row.getByText(t['review.owner.marketing']);
        await expect(owner).toBeInViewport({ ratio: 1 });
        // The status ("Niedotrzymane") never runs into the owner beside or below it.
        const [a, b] = [(await status.boundingBox())!, (await owner.boundingBox())!];
        expect(
          a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y,
          `${width} px: status and owner overlap`,
        ).toBe(true);
        // Each figure is named by its column where the column header is out of sight.
        await expect(row.getByRole('cell').first()).toBeVisible();
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(
        scorecard.getByRole('columnheader', { name: t['review.score.status'] }),
      ).toBeVisible();
    });
  }
});

test('the odds keep the rates they are simulated with, blended or planned, after a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await buildPlan(page);
  await reportQuarter(page, '', en, 'en');
  const blended = page.getByRole('radio', { name: en['review.odds.measured'] });
  const planned = page.getByRole('radio', { name: en['review.odds.plan'] });
  const odds = page.getByRole('status', { name: en['review.odds.probability'], exact: true });
  /** The chance of the target once the simulation of the rates chosen has run. */
  const settled = async () => {
    await expect(odds).toHaveText(/%$/, { timeout: 20_000 });
    await expect(page.getByText(en['review.odds.running'])).toHaveCount(0, { timeout: 20_000 });
    return (await odds.textContent())!;
  };
  await expect(planned).toBeChecked();
  const plannedOdds = await settled();
  await blended.check();
  await expect(odds).not.toHaveText(plannedOdds, { timeout: 20_000 });
  const blendedOdds = await settled();
  await page.reload();
  await hydrated(page);
  await expect(blended).toBeChecked();
  await expect(planned).not.toBeChecked();
  // The figures are the blended ones again, not the plan's.
  expect(await settled()).toBe(blendedOdds);
  await planned.check();
  await page.reload();
  await hydrated(page);
  await expect(planned).toBeChecked();
  expect(await settled()).toBe(plannedOdds);
});

test('“Print this month’s review” waits for the odds, so the paper never says they are still being simulated', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await buildPlan(page);
  await reportQuarter(page, '', en, 'en');
  const odds = page.getByRole('status', { name: en['review.odds.probability'], exact: true });
  await expect(odds).toHaveText(/%$/, { timeout: 20_000 });
  // The browser's print dialog stood in for: it records the odds as they would go to paper.
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset.printedOdds =
        document.querySelector('.review-odds')?.textContent ?? '';
    };
  });
  // Other rates start a new simulation; the planner prints at once.
  await page.getByRole('radio', { name: en['review.odds.measured'] }).check();
  await page.getByRole('button', { name: en['review.print.button'] }).click();
  const printed = page.locator('html[data-printed-odds]');
  await expect(printed).toHaveCount(1, { timeout: 20_000 });
  const paper = (await printed.getAttribute('data-printed-odds'))!;
  expect(paper).not.toContain(en['review.odds.running']);
  expect(paper).toContain((await odds.textContent())!);
  await expect(odds).toHaveText(/%$/);
});

test('a month too busy for one sheet breaks between its parts: the odds and how they moved are never cut', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await buildPlan(page);
  await reportQuarter(page, '', en, 'en');
  // February and March miss nearly every commitment: eight escalations push the odds down the sheet.
  await page
    .getByLabel(en['review.paste.label'])
    .fill(['250\t60\t50\t40\t30\t2\t10\t30\t3', '200\t50\t40\t30\t20\t2\t10\t20\t4'].join('\n'));
  await page.getByLabel(en['review.paste.month']).selectOption({ label: 'February 2027' });
  await page
    .getByLabel(en['review.paste.column'])
    .selectOption({ label: en['review.field.mqlsDelivered'] });
  await page.getByRole('button', { name: en['review.paste.apply'] }).click();
  await expect(
    page.getByRole('region', { name: en['review.escalation.title'] }).getByRole('listitem'),
  ).toHaveCount(8);
  await expect(figure(page, en['review.odds.probability'])).toHaveText(/%$/, { timeout: 20_000 });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToText(page, info, `review-busy-${format}`, format);
    const sheets = pdf.text.split('\f').map((sheet) => sheet.replace(/\s+/g, ' '));
    const sheetOf = (text: string) => sheets.findIndex((sheet) => sheet.includes(text));
    const odds = sheetOf(en['review.odds.title']);
    expect(odds, format).toBeGreaterThanOrEqual(0);
    for (const part of [
      en['review.odds.p10'],
      en['review.odds.p90'],
      en['review.odds.history'],
      en['review.odds.planAlone'],
      'After March 2027',
    ])
      expect(sheetOf(part), `${format}: ${part}`).toBe(odds);
  }
});
