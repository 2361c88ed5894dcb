// Tools start on use (client:use, src/scripts/hydrate-on-use.ts): a first visit loads a tool's
// code only when the visitor starts to use it; stored work, another tab's change or a share link
// starts it at once, with no help from the visitor.
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './site';

const CAC = '/calculators/cac/';
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const figure = (page: Page) =>
  page.getByRole('status', { name: 'Customer acquisition cost', exact: true });

/** The URLs of the island chunks (the calculators', or those named) the page has fetched so far. */
function islandRequests(
  page: Page,
  chunks = /\/_astro\/(SharedCalculator|Calculator|client)\.[\w-]+\.js$/,
): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (chunks.test(request.url())) urls.push(request.url());
  });
  return urls;
}

/** The page has nothing more to fetch and the tool is still as the server wrote it. */
async function expectNotStarted(page: Page, requests: string[]) {
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
}

test('a first visit fetches no tool code until the visitor starts to use it, by keyboard, and keeps what was typed', async ({
  page,
}) => {
  const requests = islandRequests(page);
  await page.goto(CAC);
  await expectNotStarted(page, requests);
  // The server's HTML already shows the example's result: (60,000 + 40,000) ÷ 50.
  await expect(figure(page)).toHaveText('$2,000');

  // Tab into the tool: focus is the first sign of use, then the typing goes on as it started.
  const sales = field(page, 'Sales spend (USD)');
  await sales.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40000');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  expect(requests.length).toBeGreaterThan(0);
  // (40,000 + 40,000) ÷ 50, the typed text kept as typed in the field still being typed in.
  await expect(figure(page)).toHaveText('$1,600');
  await expect(sales).toHaveValue('40000');
});

test('with work stored, a tool starts at once and shows it, untouched by the visitor', async ({
  page,
}) => {
  await page.goto(CAC);
  await hydrated(page);
  await field(page, 'New customers').fill('40');
  await expect(figure(page)).toHaveText('$2,500'); // 100,000 ÷ 40

  await page.mouse.move(0, 0); // off the tool: nothing but the stored work may start it
  await page.reload();
  await expect(field(page, 'New customers')).toHaveValue('40');
  await expect(figure(page)).toHaveText('$2,500');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
});

test('work a tool does not show leaves it waiting; its own areas start it', async ({ page }) => {
  // A guide read to its end: the workbook holds the reader's progress, nothing a calculator shows.
  await page.goto('/learn/lead-temperature/');
  await page.getByRole('heading', { name: 'Check yourself' }).scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pw:'))),
    )
    .toEqual(['pw:learning']);

  const requests = islandRequests(page);
  await page.goto(CAC);
  await expectNotStarted(page, requests);
  await expect(figure(page)).toHaveText('$2,000');

  // The currency is the calculators' too: chosen on the data page, it starts them at once.
  await page.goto('/data/');
  await hydrated(page);
  await page.getByLabel('Currency').selectOption('EUR');
  await page.mouse.move(0, 0);
  await page.goto(CAC);
  await expect(figure(page)).toHaveText('€2,000');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
});

test('inputs kept for one calculator and a company name leave the other calculators waiting', async ({
  page,
}) => {
  await page.goto(CAC);
  await hydrated(page);
  await field(page, 'New customers').fill('40');
  await page.goto('/data/');
  await hydrated(page);
  await page.getByLabel('Company name').fill('Acme');
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('pw:'))
          .sort(),
      ),
    )
    .toEqual(['pw:calculators', 'pw:settings']);
  await page.mouse.move(0, 0);

  // Customer lifetime value: nothing of its own stored, the currency as drawn.
  const requests = islandRequests(page, /\/_astro\/(\w*Calculator|client)\.[\w-]+\.js$/);
  await page.goto('/calculators/ltv/');
  await expectNotStarted(page, requests);
  // Its own inputs stored: it starts at once and shows them.
  await page.goto(CAC);
  await expect(field(page, 'New customers')).toHaveValue('40');
  await expect(figure(page)).toHaveText('$2,500');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
});

test('a quiz waits while the reader has only read guides or answered others, and starts at once with its own answers', async ({
  page,
}) => {
  const quiz = page.getByRole('region', { name: 'Check yourself' });
  await page.goto('/learn/lead-temperature/');
  await quiz.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pw:'))),
    )
    .toEqual(['pw:learning']);
  await quiz.getByRole('group').first().getByRole('radio').first().check();
  await expect(quiz.getByRole('status').last()).toHaveText(/^\d of \d right/);
  await page.mouse.move(0, 0);

  const requests = islandRequests(page, /\/_astro\/(Quiz|client)\.[\w-]+\.js$/);
  await page.goto('/learn/sla/');
  await expectNotStarted(page, requests);

  await page.goto('/learn/lead-temperature/');
  await expect(quiz.getByRole('group').first().getByRole('radio').first()).toBeChecked();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
});

test('a change stored in another tab starts a waiting tool in this one, which follows it', async ({
  context,
}) => {
  const waiting = await context.newPage();
  const requests = islandRequests(waiting);
  await waiting.goto(CAC);
  await expectNotStarted(waiting, requests);

  const other = await context.newPage();
  await other.goto(CAC);
  await hydrated(other);
  await field(other, 'New customers').fill('40');
  await expect(figure(other)).toHaveText('$2,500');

  await expect(field(waiting, 'New customers')).toHaveValue('40');
  await expect(figure(waiting)).toHaveText('$2,500');
});

test('a share link asks at once on a first visit, and so does one pasted into a waiting tool', async ({
  page,
  browser,
}) => {
  await page.goto(CAC);
  await hydrated(page);
  await field(page, 'New customers').fill('40');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('dialog').getByLabel('Link').inputValue();

  const fresh = await browser.newContext();
  const opened = await fresh.newPage();
  await opened.goto(link);
  // Nothing stored in the fresh browser, and no one touched the tool: the link alone starts it.
  await expect(figure(opened)).toHaveText('$2,500');
  await fresh.close();

  const another = await browser.newContext();
  const pasted = await another.newPage();
  const requests = islandRequests(pasted);
  await pasted.goto(CAC);
  await expectNotStarted(pasted, requests);
  await pasted.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await expect(figure(pasted)).toHaveText('$2,500');
  await another.close();
});

test('the data page says at once that saving works, before its tools load', async ({ page }) => {
  const requests = islandRequests(page, /\/_astro\/(DataManager|client)\.[\w-]+\.js$/);
  await page.goto('/data/');
  await expect(page.getByRole('region', { name: 'Saving in this browser' })).toContainText(
    'Working. Every change is saved',
  );
  await expectNotStarted(page, requests);
  await page.getByLabel('Company name').fill('Acme');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Company name')).toHaveValue('Acme');
});

test('the CRM import waits on a first visit; a file chosen or dropped before it starts is read', async ({
  page,
}) => {
  const hubspot = new URL('../fixtures/crm/hubspot.csv', import.meta.url).pathname;
  // Settings alone (a planning period) change nothing the import shows before a file: it waits.
  await page.goto('/data/');
  await page.getByLabel('Planning period starts').fill('2027-01');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pw:settings'))).not.toBeNull();
  const requests = islandRequests(page, /\/_astro\/(PipelineImport|client)\.[\w-]+\.js$/);
  await page.goto('/pipeline/');
  await expectNotStarted(page, requests);
  const measured = page.getByRole('heading', { name: 'Your funnel, measured' });

  // Chosen: the press on the field starts the import, which reads the file when it comes.
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('CRM export (CSV or tab-separated)').click();
  await (await chooser).setFiles(hubspot);
  await expect(measured).toBeVisible();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

  // Stored: the next visit starts it at once and shows the figures, untouched by the visitor.
  await page.mouse.move(0, 0);
  await page.reload();
  await expect(measured).toBeVisible();

  // Dropped while the import's code is still on its way (a slow connection): read once it starts.
  await page.evaluate(() => localStorage.clear());
  await page.route(/\/_astro\/PipelineImport\./, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.reload();
  await expect(measured).toHaveCount(0);
  const text = (await import('node:fs')).readFileSync(hubspot, 'utf8');
  await page.evaluate((csv) => {
    const zone = document.querySelector('[data-drop-files]')!;
    const data = new DataTransfer();
    data.items.add(new File([csv], 'hubspot.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
      );
  }, text);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  await expect(measured).toBeVisible({ timeout: 15_000 });
  expect(page.url()).toMatch(/\/pipeline\/$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the funnel planner starts as its charts come near, and draws them', async ({ page }) => {
    const requests = islandRequests(page, /\/_astro\/(FunnelPlanner|client)\.[\w-]+\.js$/);
    await page.goto('/funnel/');
    await expectNotStarted(page, requests);
    const chart = page.getByRole('img', { name: /^Bar chart of the totals/ });
    await chart.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('.chart-box.drawn').first()).toBeVisible();
    await expect(page.getByText('The simulation runs once the page has loaded.')).toHaveCount(0);
  });
});

// The last view of a tool kept in this browser (src/scripts/island-view.ts): a return visit shows
// the stored work from it, and the tool starts on use, as on a first visit.

/** The tools on the page as drawn: elements with their attributes (in any order), text, and each field's value. */
function toolsDrawn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
      if (!(node instanceof Element)) return '';
      // A boolean attribute set by a script reads "true", written in HTML "": the same state.
      // A chart's height is set by its script once started (the CSP allows no style attribute in
      // markup), so neither the server's HTML nor a view has it: below the fold, as charts start.
      const attributes = [...node.attributes]
        .filter(
          (attribute) =>
            !(attribute.name === 'style' && (!attribute.value || node.classList.contains('chart-box'))),
        )
        .map(
          (attribute) =>
            `${attribute.name}="${attribute.name === 'autofocus' && attribute.value === 'true' ? '' : attribute.value}"`,
        )
        .sort();
      const field =
        node instanceof HTMLInputElement ||
        node instanceof HTMLTextAreaElement ||
        node instanceof HTMLSelectElement;
      // A textarea's text is its value (kept views write it as the text; the tool sets the value).
      const children =
        node instanceof HTMLTextAreaElement ? '' : [...node.childNodes].map(walk).join('');
      return `<${node.localName} ${attributes.join(' ')}${field ? ` value=${JSON.stringify(node.value)}` : ''}>${children}</${node.localName}>`;
    };
    return [...document.querySelectorAll('astro-island')]
      .map((island) => [...island.childNodes].map(walk).join(''))
      .join('\n');
  });
}

/** Stores work for the CAC calculator (40 new customers: $2,500) and waits until its view is kept. */
async function keepCacView(page: Page) {
  await page.goto(CAC);
  await hydrated(page);
  await field(page, 'New customers').fill('40');
  await viewKept(page, '$2,500');
}

/** Waits until the page's tools have kept a view that shows `text` (kept once the tool is quiet). */
async function viewKept(page: Page, text: string) {
  await expect
    .poll(
      async () =>
        page.evaluate(async () => {
          const cache = await caches.open('pw-views');
          const views = await Promise.all(
            (await cache.keys()).map(async (request) => (await cache.match(request))!.text()),
          );
          return views.join('\n');
        }),
      { timeout: 20_000 },
    )
    .toContain(text);
}

test('with work stored and its view kept, a return visit shows the work without the tool’s code, and the tool starts on use', async ({
  page,
}) => {
  await keepCacView(page);

  await page.mouse.move(0, 0);
  const requests = islandRequests(page);
  await page.reload();
  await expect(field(page, 'New customers')).toHaveValue('40');
  await expect(figure(page)).toHaveText('$2,500');
  await expect(page.getByText('with your numbers', { exact: false }).first()).toBeVisible();
  await expectNotStarted(page, requests);
  // Nothing the tool would draw otherwise: the example's notice is gone, the worked formula is the user's.
  await expect(page.getByRole('button', { name: /example/i })).toHaveCount(0);

  // Typing starts it, on a slow connection long before its code arrives: the field keeps what
  // is typed, and the figures follow once the tool has started.
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Calculator\.[\w-]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  const customers = field(page, 'New customers');
  await customers.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('00');
  await expect(customers).toHaveValue('4000');
  await expect(figure(page)).toHaveText('$2,500');
  release();
  await expect(figure(page)).toHaveText('$25');
  await expect(customers).toHaveValue('4000');
  expect(requests.length).toBeGreaterThan(0);
  await page.reload();
  // Saved, and shown as a number is once its field is left.
  await expect(customers).toHaveValue('4,000');
});

test('a kept view of other work is not shown: the tool starts at once with the work stored now', async ({
  page,
  context,
}) => {
  await keepCacView(page);
  await page.close();

  // Changed while no page of the tool was open (an import on the data page, say).
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('pw:calculators')!);
    stored.data.cac.fields.newCustomers = '25';
    localStorage.setItem('pw:calculators', JSON.stringify(stored));
  });
  await other.goto(CAC);
  await expect(field(other, 'New customers')).toHaveValue('25');
  await expect(figure(other)).toHaveText('$4,000');
  await expect(other.locator('astro-island[ssr]')).toHaveCount(0);
});

test('a tool shown from its kept view follows a change stored in another tab', async ({
  page,
  context,
}) => {
  await keepCacView(page);
  await page.mouse.move(0, 0);
  await page.reload();
  await expect(page.locator('astro-island[data-view]')).toHaveCount(1);

  const other = await context.newPage();
  await other.goto(CAC);
  await hydrated(other);
  await field(other, 'New customers').fill('25');
  await expect(figure(page)).toHaveText('$4,000');
  await expect(field(page, 'New customers')).toHaveValue('25');
});

/** A phone's screen, on which the funnel's first chart is well below the fold. */
const PHONE = { width: 412, height: 823 };

const KEPT: {
  page: string;
  work: (page: Page) => Promise<void>;
  shows: string;
  viewport?: typeof PHONE;
}[] = [
  {
    page: CAC,
    work: async (page) => {
      await field(page, 'New customers').fill('40');
    },
    shows: '$2,500',
  },
  {
    page: '/calculators/weighted-pipeline/',
    work: async (page) => {
      await page.getByRole('textbox', { name: 'Stage, Row 1' }).fill('Discovery call');
    },
    shows: 'Discovery call',
  },
  {
    page: '/sla/',
    work: async (page) => {
      await page
        .getByRole('button', { name: /^Use this template/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Rename' }).click();
      await page
        .getByRole('dialog', { name: 'Rename the draft' })
        .getByLabel('Draft name')
        .fill('Acme and us');
      await page
        .getByRole('dialog', { name: 'Rename the draft' })
        .getByLabel('Draft name')
        .press('Enter');
    },
    shows: 'Acme and us',
  },
  {
    page: '/learn/marketing-mix/',
    work: async (page) => {
      await page.getByRole('textbox', { name: 'Product', exact: true }).fill('A planning workbook');
    },
    shows: 'A planning workbook',
  },
  {
    page: '/data/',
    work: async (page) => {
      await page.getByLabel('Company name').fill('Acme');
    },
    shows: 'Acme',
  },
  {
    // Its charts below the fold: the view shows the plan, and the tool waits for them to near.
    page: '/funnel/',
    viewport: PHONE,
    work: async (page) => {
      await page.getByLabel('Revenue target').fill('750000');
    },
    shows: '750,000',
  },
  {
    // The packet below the fold on a phone: the view shows it, and it starts as it nears.
    page: '/plan/',
    viewport: PHONE,
    work: async (page) => {
      await page.getByRole('checkbox', { name: 'Glossary excerpt' }).uncheck();
    },
    shows: 'include-glossary',
  },
];

for (const { page: path, work, shows, viewport } of KEPT) {
  test(`${path}: the kept view is what the tool draws when it starts`, async ({ page }) => {
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(path);
    await hydrated(page);
    await work(page);
    await viewKept(page, shows);
    // Back at the top, as a new visit opens (a reload keeps the scroll).
    await page.evaluate(() => scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.reload();
    await expect(page.locator('astro-island[data-view]')).not.toHaveCount(0);
    const shown = await toolsDrawn(page);
    expect(shown).toContain(shows);
    await hydrated(page);
    expect(await toolsDrawn(page)).toBe(shown);
  });
}

test('a tool with charts shows its kept view while they are off screen, and starts as one nears it', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/funnel/');
  await hydrated(page);
  await page.getByLabel('Revenue target').fill('750000');
  await viewKept(page, '750,000');

  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(0, 0);
  const requests = islandRequests(page, /\/_astro\/FunnelPlanner\.[\w-]+\.js$/);
  await page.reload();
  await expect(page.getByLabel('Revenue target')).toHaveValue('750,000');
  await expect(page.locator('astro-island[data-view]')).toHaveCount(1);
  await expectNotStarted(page, requests);

  // Scrolled down to the first chart: the planner starts and draws it from the stored plan.
  const chart = page.getByRole('img', { name: /./ }).first();
  await page.mouse.wheel(0, 1200);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  expect(requests.length).toBeGreaterThan(0);
  await chart.scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-box.drawn').first()).toBeVisible();
  await expect(page.getByLabel('Revenue target')).toHaveValue('750,000');
});
