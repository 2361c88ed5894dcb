// Figures and tables fit where they are read: the packet's tracking month on paper, the
// actuals table on a phone, and amounts of any length in their boxes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrated, watchForProblems } from './site';

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/** A workbook with a period, a plan and March's actuals, entered as a team would. */
async function reportMarch(page: Page) {
  await page.clock.setFixedTime(new Date('2027-04-10T10:00:00'));
  await open(page, '/data/');
  await page.getByLabel('Planning period starts').fill('2027-01');
  await open(page, '/funnel/');
  await page.getByLabel('Revenue target').fill('2500000');
  await open(page, '/review/');
  const actuals = page.getByRole('region', { name: /^Funnel, revenue and spend/ });
  for (const [field, value] of [['Lead', '1100'], ['MQL', '450'], ['SQL', '180'], ['Won', '15']] as const) {
    await actuals.getByLabel(new RegExp(`^${field}, March 2027`)).fill(value);
  }
  await expect(page.getByRole('heading', { name: 'Review of March 2027' })).toBeVisible();
}

/** The boxes of `selector` inside `scope` on the page as printed. */
const boxes = (page: Page, selector: string) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().toJSON() as DOMRect), selector);

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Every field, figure and button of a list's scrolling box within it: nothing to scroll sideways to. */
async function expectNothingOffToTheSide(list: Locator) {
  expect(await list.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  const box = (await list.boundingBox())!;
  for (const part of await list.locator('input, select, output, button').all()) {
    const [at, name] = [(await part.boundingBox())!, (await part.getAttribute('aria-label')) ?? (await part.getAttribute('id')) ?? ''];
    expect(at.x, name).toBeGreaterThanOrEqual(box.x - 1);
    expect(at.x + at.width, name).toBeLessThanOrEqual(box.x + box.width + 1);
  }
}

test.describe('what fits', () => {
  let problems: string[];
  test.beforeEach(async ({ page }) => {
    problems = await watchForProblems(page);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  test('the packet prints the tracked month at its own reading size, its tables one beside or under another, never on top', async ({ page }) => {
    await reportMarch(page);
    await open(page, '/plan/');
    const packet = page.getByRole('article', { name: 'Preview' });
    await expect(packet.getByRole('heading', { name: 'Review of March 2027' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // The review's one-page print (7.5 pt) is the review's own: the packet stays at 10.5 pt (14 px).
    const size = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(await size('.packet-tracking p')).toBe(14);
    // Its headings are no smaller than its text, however deep they sit.
    for (const heading of await page.locator('.packet-tracking :is(h3, h4, h5, h6)').all()) {
      expect(await heading.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(14);
    }
    const tables = await boxes(page, '.packet-tracking table');
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of tables.entries()) {
      for (const b of tables.slice(i + 1)) expect(overlap(a, b), 'two tables of the tracked month on top of each other').toBe(false);
    }
  });

  test.describe('on a 320 px phone', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the monthly review in Polish: the page never scrolls sideways, and the months not due yet are said in view', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2027-04-10T10:00:00'));
      await open(page, '/pl/data/');
      await page.getByLabel('Początek okresu planowania').fill('2027-01');
      await open(page, '/pl/funnel/');
      await page.getByLabel('Cel przychodowy').fill('1200000');
      await open(page, '/pl/review/');
      const actuals = page.getByRole('region', { name: /^Lejek, przychód i wydatki/ });
      await actuals.getByLabel(/^Lead, styczeń 2027/).fill('300');
      // The header's links (Nauka … Twoje dane) and everything under them stay within the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The row under the months due spans the whole table, wider than the phone: its sentence
      // wraps within the region's visible width, whole without scrolling the table.
      const notDue = actuals.getByText('maj 2027 – grudzień 2027: jeszcze nie teraz', { exact: true });
      await expect(notDue).toBeVisible();
      const [text, region] = [(await notDue.boundingBox())!, (await actuals.boundingBox())!];
      expect(text.x).toBeGreaterThanOrEqual(region.x);
      expect(text.x + text.width).toBeLessThanOrEqual(region.x + region.width);
      await notDue.scrollIntoViewIfNeeded();
      await expect(notDue).toBeInViewport({ ratio: 1 });
      expect(await actuals.evaluate((box) => box.scrollLeft)).toBe(0);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('a cell of the actuals reached by Tab is in full view, clear of the month column that stays in place', async ({ page }) => {
      await reportMarch(page);
      const actuals = page.getByRole('region', { name: /^Funnel, revenue and spend/ });
      await actuals.getByLabel(/^Lead, January 2027/).focus();
      const monthColumn = actuals.getByRole('rowheader').first();
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        // A cell of the table, or the next control after it: only cells are checked.
        if (!(await actuals.locator(':focus').count())) break;
        const [cell, months, region] = [await focused.boundingBox(), await monthColumn.boundingBox(), await actuals.boundingBox()];
        expect(cell!.x, `cell ${i + 1} is behind the month column`).toBeGreaterThanOrEqual(months!.x + months!.width - 1);
        expect(cell!.x + cell!.width, `cell ${i + 1} runs past the visible table`).toBeLessThanOrEqual(region!.x + region!.width + 1);
      }
    });

    test('a list is a card a row, each field under its column’s name, nothing cut or off to the side', async ({ page }) => {
      await open(page, '/pl/calculators/weighted-pipeline/');
      const list = page.getByRole('region', { name: 'Otwarte szanse sprzedażowe' });
      await expectNothingOffToTheSide(list);
      // Each field shows the name of its column above it, and is still named in full for a screen reader.
      const value = list.getByRole('textbox', { name: 'Wartość, Wiersz 2 (PLN)' });
      await expect(value).toHaveValue(/^20\s000$/);
      const row = list.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Wartość, Wiersz 2 (PLN)' }) });
      const header = row.getByText(/^Wartość\s*\(PLN\)$/);
      await expect(header).toBeVisible();
      const [label, field] = [await header.boundingBox(), await value.boundingBox()];
      expect(label!.y + label!.height).toBeLessThanOrEqual(field!.y + 1);
      await expect(row.getByText('Wartość ważona', { exact: true })).toBeVisible();
      await expect(row.getByRole('status')).toHaveText(/^14\s000\szł$/);
      // Its Remove button in full view once the row is: no sideways scroll to reach it.
      const remove = row.getByRole('button', { name: 'Usuń wiersz 2' });
      await remove.scrollIntoViewIfNeeded();
      await expect(remove).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => scrollX)).toBe(0);
    });

    test('the funnel’s channel mix is a card a channel, its Remove button in view', async ({ page }) => {
      await open(page, '/pl/funnel/');
      await page.getByRole('radio', { name: 'Mix kanałów' }).check();
      const list = page.getByRole('region', { name: 'Mix kanałów' });
      await expect(list.getByRole('textbox', { name: 'Kanał, Wiersz 3' })).toHaveValue('Wydarzenia');
      await expectNothingOffToTheSide(list);
      await expect(list.getByRole('button', { name: 'Usuń kanał 3' })).toBeVisible();
    });

    test('a long amount stays inside its box, breaking between digit groups if it must', async ({ page }) => {
      await open(page, '/funnel/');
      await page.getByLabel('Revenue target').fill('10000000000000');
      const plan = page.locator('.plan-card');
      await expect(plan.getByRole('status', { name: 'Budget per month', exact: true })).toHaveText('$222,222,222,400');
      for (const figure of await plan.locator('.figure').all()) {
        expect(await figure.evaluate((e) => e.scrollWidth - e.clientWidth), (await figure.textContent()) ?? '').toBeLessThanOrEqual(0);
      }
    });
  });
});
