// CRM exports as people bring them after a spreadsheet has been at them: a totals row under the
// deals, dates with month names, a wrong column chosen by mistake, a phone in hand. The user
// acts by label and role, as on the pipeline page.
import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { axeViolations } from './axe';
import { hydrated } from './site';

const figure = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const csvFile = (name: string, lines: string[], encoding = 'utf-8') => ({ name, mimeType: 'text/csv', buffer: iconv.encode(lines.join('\r\n') + '\r\n', encoding) });

async function open(page: Page, path = '/pipeline/') {
  await page.goto(path);
  await hydrated(page);
}

test('a totals row under the deals is set aside with its row, not counted as an open deal worth the whole column', async ({ page }) => {
  await open(page);
  await page
    .getByLabel('CRM export (CSV or tab-separated)')
    .setInputFiles(csvFile('with-total.csv', ['Stage,Amount,Created Date,Close Date', 'Closed Won,1000,2026-01-05,2026-02-10', 'Negotiation,2000,2026-01-10,', 'Closed Lost,500,2026-01-11,2026-02-11', 'Total,3500,,']));
  await expect(figure(page, 'Open')).toHaveText('1');
  await expect(figure(page, 'Open pipeline')).toHaveText('$2,000');
  await expect(page.getByRole('region', { name: 'Stage values' }).getByRole('combobox', { name: 'Total' })).toHaveCount(0);
  const setAside = page.getByRole('region', { name: 'Rows set aside' });
  await expect(setAside).toContainText('A totals row (the sum of the rows above it, not a deal): 1. Left out of every figure. (row 5)');
});

test('a Polish export’s “Razem” row is named a totals row on the Polish page', async ({ page }) => {
  await open(page, '/pl/pipeline/');
  const rows = ['Nazwa;Etap;Kwota', 'Wdrożenie;Wygrana;"1 000,00 zł"', 'Licencje;W toku;"2 000,00 zł"', 'Razem;;"3 000,00 zł"'];
  await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('razem.csv', rows, 'windows-1250'));
  await expect(figure(page, 'Otwarte')).toHaveText('1');
  const setAside = page.getByRole('region', { name: 'Odłożone wiersze' });
  await expect(setAside).toContainText('Wiersz podsumowania (suma wierszy powyżej, a nie transakcja): 1.');
  await expect(setAside).not.toContainText('Brak etapu');
});

test('dates with months by name are read, shown as read, and measure the cycle', async ({ page }) => {
  await open(page);
  // Excel's d-mmm-yy, and a long US form: 36 and 38 days to win.
  const rows = ['Stage,Amount,Created Date,Close Date', 'Closed Won,1000,5-Mar-26,10-Apr-26', 'Closed Won,700,"Mar 5, 2026","Apr 12, 2026"', 'Closed Lost,500,6-Mar-26,20-Apr-26'];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('month-names.csv', rows));
  await expect(figure(page, 'Median days to win')).toHaveText('37 days');
  const dates = page.getByRole('region', { name: 'Dates and amounts' });
  await expect(dates).toContainText('Read as DD-MMM-YY.');
  await expect(dates).toContainText('5-Mar-26 → Mar 5, 2026');
  await expect(dates).not.toContainText('not a date');
  await expect(page.getByText('Every row was read and counted.')).toBeVisible();
});

test('Polish dates with the month in words are read on the Polish page', async ({ page }) => {
  await open(page, '/pl/pipeline/');
  const rows = ['Etap;Kwota;Data utworzenia;Data zamknięcia', 'Wygrana;1000;5 marca 2026;14 kwietnia 2026', 'Przegrana;500;6 mar 2026;1 maj 2026'];
  await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('miesiace.csv', rows, 'windows-1250'));
  await expect(figure(page, 'Mediana dni do wygranej')).toHaveText('40 dni');
  const dates = page.getByRole('region', { name: 'Daty i kwoty' });
  await expect(dates).not.toContainText('nie jest datą');
  // The format in Polish letters: R for rok, as Polish Excel writes DD.MM.RRRR.
  await expect(dates).toContainText('Odczytano jako: DD MMM RRRR.');
  await expect(page.getByText('Każdy wiersz został odczytany i policzony.')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  /** How much room a select leaves beside the text of its chosen option (its arrow takes about 16 px). */
  const roomBeside = (select: import('@playwright/test').Locator) =>
    select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(element.selectedOptions[0]!.text).width;
      return element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - text;
    });

  test('the meaning chosen for each stage value reads whole, with the value’s count under it', async ({ page }) => {
    await open(page, '/pl/pipeline/');
    const rows = ['Etap;Kwota', 'Wygrana;1000', 'Przegrana;500', 'W toku;800', 'Negocjacje;300'];
    await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('etapy.csv', rows));
    const values = page.getByRole('region', { name: 'Wartości etapu' });
    await expect(values.getByRole('combobox')).toHaveCount(4);
    for (const select of await values.getByRole('combobox').all()) expect(await roomBeside(select), await select.inputValue()).toBeGreaterThan(16);
    await expect(values.getByRole('rowheader', { name: /^Wygrana/ })).toContainText('Wiersze: 1');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
  });

  /**
   * How many pixels of its chosen text a select hides: the text laid out at the select's inner
   * width (its arrow not counted, so the text is given more room than it has) needs so much more
   * height than the select shows. 0 when every line is in view.
   */
  const textHiddenBy = (select: import('@playwright/test').Locator) =>
    select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element);
      const probe = document.createElement('div');
      probe.textContent = element.selectedOptions[0]!.text;
      const inner = element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', font: style.font, letterSpacing: style.letterSpacing, width: `${inner}px`, whiteSpace: 'normal', overflowWrap: 'anywhere' });
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().height;
      probe.remove();
      return Math.max(0, Math.round(needed - (element.clientHeight - parseFloat(style.paddingBlockStart) - parseFloat(style.paddingBlockEnd))));
    });

  for (const { prefix, lang, stageField, longStage, fileLabel, title, rows, longValue, meaning } of [
    {
      prefix: '',
      lang: 'en',
      stageField: 'Stage 4',
      longStage: 'Qualified opportunity awaiting procurement sign-off',
      fileLabel: 'CRM export (CSV or tab-separated)',
      title: 'Stage values',
      rows: ['Stage,Amount,Created Date,Close Date', 'Qualified to buy — awaiting procurement sign-off,1000,2026-01-05,', 'Closed Won,1200,2026-01-05,2026-02-10', 'Closed Lost,500,2026-01-10,2026-02-20', 'Negotiation/Review,700,2026-02-04,'],
      longValue: 'Qualified to buy — awaiting procurement sign-off',
      meaning: 'Open, reached Qualified opportunity awaiting procurement sign-off',
    },
    {
      prefix: '/pl',
      lang: 'pl',
      stageField: 'Etap 4',
      longStage: 'Zakwalifikowana szansa oczekująca na zatwierdzenie przez dział zakupów',
      fileLabel: 'Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)',
      title: 'Wartości etapu',
      rows: ['Etap,Kwota,Data utworzenia,Data zamknięcia', 'Zakwalifikowany do zakupu — oczekuje na zatwierdzenie przez dział zaopatrzenia,1000,2026-01-05,', 'Wygrana,1200,2026-01-05,2026-02-10', 'Przegrana,500,2026-01-10,2026-02-20', 'Przedstawienie oferty cenowej przedstawicielowi zamawiającego,900,2026-02-01,'],
      longValue: 'Zakwalifikowany do zakupu — oczekuje na zatwierdzenie przez dział zaopatrzenia',
      meaning: 'Otwarta, doszła do etapu Zakwalifikowana szansa oczekująca na zatwierdzenie przez dział zakupów',
    },
  ]) {
    test(`a long stage value and the long funnel stage it is placed on read whole at 375 and 320 px, nothing to scroll sideways (${lang})`, async ({ page }) => {
      // The funnel's fourth stage renamed as a team might name it.
      await open(page, `${prefix}/funnel/`);
      await page.getByLabel(stageField, { exact: true }).fill(longStage);
      await open(page, `${prefix}/pipeline/`);
      await page.getByLabel(fileLabel).setInputFiles(csvFile('long-stages.csv', rows));
      // The card and, inside it, the table's own scrolling region share the title.
      const values = page.getByRole('region', { name: title }).getByRole('region', { name: title });
      const choice = values.getByRole('combobox', { name: longValue });
      await choice.selectOption({ label: meaning });
      for (const width of [375, 320]) {
        await page.setViewportSize({ width, height: 800 });
        // Neither the page nor the stage values scroll sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px: page`).toBeLessThanOrEqual(0);
        expect(await values.evaluate((box) => box.scrollWidth - box.clientWidth), `${width} px: stage values`).toBeLessThanOrEqual(0);
        // The value and its choice sit inside the region, and every choice on the page shows its whole text.
        const region = (await values.boundingBox())!;
        for (const part of [values.getByText(longValue, { exact: true }), choice]) {
          const box = (await part.boundingBox())!;
          expect(box.x, `${width} px`).toBeGreaterThanOrEqual(region.x - 1);
          expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(region.x + region.width + 1);
        }
        await expect(choice).toHaveValue('stage:3');
        expect(await textHiddenBy(choice), `${width} px: ${meaning}`).toBe(0);
        for (const select of await page.getByRole('combobox').all()) {
          expect(await textHiddenBy(select), `${width} px: ${await select.evaluate((e: HTMLSelectElement) => e.selectedOptions[0]!.text)}`).toBe(0);
        }
      }
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('a column of thousands of values chosen as the stage lists the hundred most frequent and asks whether it is the right one', async ({ page }) => {
  await open(page);
  // A notes column named Status: 3,000 different values, a few of them words the guess reads.
  const rows = ['Status,Amount', ...Array.from({ length: 3000 }, (_, i) => (i % 100 === 0 ? 'Won,100' : `Called back on day ${i},100`))];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('notes.csv', rows));
  await expect(figure(page, 'Won')).toHaveText('30');
  const values = page.getByRole('region', { name: 'Stage values' });
  await expect(values.getByRole('status')).toHaveText(
    'This column holds 2,971 different values, where a stage or status column holds a few: is it the right one? The 100 most frequent are listed here; each of the others means what its words say (won, lost, or else open).',
  );
  await expect(values.getByRole('combobox')).toHaveCount(100);
  await expect(values.getByRole('combobox', { name: 'Won', exact: true })).toHaveValue('won');
  expect(await axeViolations(page)).toEqual([]);
  // The workbook keeps what the user can set, the listed values' meanings, not one per row.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pw:pipeline') ?? 'null'));
  expect(Object.keys(stored.data.measured.readings.meanings)).toHaveLength(100);
});

test('an owner column with a name on every row lists the 500 owners with the most won revenue, and says so', async ({ page }) => {
  await open(page);
  const rows = ['Stage,Amount,Owner', ...Array.from({ length: 3000 }, (_, i) => `Closed Won,${1000 + i},Rep ${i}`)];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('reps.csv', rows));
  await expect(figure(page, 'Won')).toHaveText('3,000');
  const owners = page.getByRole('table', { name: 'By owner' });
  await expect(owners.getByRole('row')).toHaveCount(501);
  await expect(owners.getByRole('row').nth(1)).toContainText('Rep 2999');
  await expect(owners).toHaveAccessibleDescription('Only 500 of 3,000 are listed: those with the most won revenue.');
  expect(await axeViolations(page)).toEqual([]);
});

test('a short export of two columns separated by semicolons, amounts with decimal commas, is read in its columns', async ({ page }) => {
  await open(page, '/pl/pipeline/');
  const rows = ['Etap;Kwota', 'Wygrana;"1 234,50 zł"', 'Przegrana;"12 000,00 zł"', 'W toku;"800,00 zł"'];
  await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('dwie-kolumny.csv', rows));
  await expect(page.getByLabel('Wiersz nagłówka')).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Etap lub status', exact: true })).toHaveValue('0');
  await expect(figure(page, 'Wskaźnik wygranych')).toHaveText('50%');
  await expect(figure(page, 'Wartość pipeline’u')).toHaveText('800 zł');
});

test('amounts shown beside the decimal mark keep the decimals they were read with', async ({ page }) => {
  await open(page, '/pl/pipeline/');
  const rows = ['Etap;Kwota', 'Wygrana;"1 234,50 zł"', 'Przegrana;"12 000,00 zł"'];
  await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('grosze.csv', rows));
  const examples = page.getByRole('list', { name: 'Odczytane kwoty' });
  await expect(examples.getByRole('listitem').first()).toHaveText('1 234,50 zł → 1234,50 zł');
  await expect(examples.getByRole('listitem').nth(1)).toHaveText('12 000,00 zł → 12 000 zł');
});

test('a quote that never closes is named, with its row, and the deals after it are still read', async ({ page }) => {
  await open(page);
  const rows = ['Name,Stage,Amount', 'A,Closed Won,100', '"Big deal,Closed Won,200', 'C,Closed Lost,300', 'D,Closed Won,400'];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('open-quote.csv', rows));
  const setAside = page.getByRole('region', { name: 'Rows set aside' });
  await expect(setAside).toContainText(
    'A quote mark (") that opens a field and never closes: the row was set aside, and the lines after it were read as rows of their own: 1. Left out of every figure. (row 3)',
  );
  await expect(setAside.getByRole('listitem')).toHaveCount(1);
  // A and D won, C lost: 2 of 3.
  await expect(figure(page, 'Win rate')).toHaveText('66.7%');
});

test('a quote that closes only some lines later is named, with its row: the lines between are read into it', async ({ page }) => {
  await open(page);
  const rows = ['Name,Stage,Amount', 'A,Closed Won,100', '"Big deal,Closed Won,200', 'C,Closed Lost,300', 'D,Closed Won,400"', 'E,Closed Lost,500'];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('late-quote.csv', rows));
  const setAside = page.getByRole('region', { name: 'Rows set aside' });
  await expect(setAside).toContainText(
    'A quote mark (") that opens a field and closes only some lines later: the lines between were read into that one field, not as rows of their own: 1. Left out of every figure. (row 3)',
  );
  // A won, E lost: the rows swallowed are in no figure.
  await expect(figure(page, 'Win rate')).toHaveText('50%');
});

test('a web page saved as an “Excel” report is said to be one, with what to do, and the last analysis stays', async ({ page }) => {
  await open(page);
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('deals.csv', ['Stage,Amount', 'Closed Won,1000', 'Closed Lost,500']));
  await expect(figure(page, 'Win rate')).toHaveText('50%');
  const html = ['<html xmlns:x="urn:schemas-microsoft-com:office:excel">', '<body><table>', '<tr><th>Stage</th><th>Amount</th></tr>', '<tr><td>Closed Won</td><td>1,000.00</td></tr>', '</table></body></html>'];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles({ ...csvFile('report.xls', html), mimeType: 'application/vnd.ms-excel' });
  await expect(page.getByRole('alert')).toHaveText(
    '\u2068report.xls\u2069 is a web page or an XML file, not CSV (some CRMs write their “Excel” export so). Open it in your spreadsheet and save it as CSV, or export CSV from the CRM, and try again.',
  );
  await expect(figure(page, 'Win rate')).toHaveText('50%');
});

test('a report’s Won and Closed checkboxes are not read as the won date: won deals keep their close date', async ({ page }) => {
  await open(page);
  const rows = [
    'Opportunity Name,Stage,Amount,Created Date,Close Date,Closed,Won',
    'A,Closed Won,1000,1/5/2026,2/10/2026,1,1',
    'B,Closed Lost,500,1/6/2026,2/11/2026,1,0',
    'C,Closed Won,700,1/7/2026,3/1/2026,1,1',
    'D,Prospecting,300,1/8/2026,4/1/2026,0,0',
  ];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('sf-checkboxes.csv', rows));
  // Won in 36 and 53 days.
  await expect(figure(page, 'Median days to win')).toHaveText('45 days');
  await expect(page.getByRole('combobox', { name: 'Won date', exact: true })).toHaveValue('');
  await expect(page.getByText('Every row was read and counted.')).toBeVisible();
  await expect(page.locator('#pipeline-bookings-table')).toContainText('March 2026');
});

test('amounts in a currency the workbook does not list are set aside, never added to the file’s own', async ({ page }) => {
  await open(page);
  const rows = ['Stage,Amount,Currency', 'Closed Won,1000,USD', 'Closed Won,2000,USD', 'Closed Won,50000,SEK', 'Closed Won,"R$ 9.000,00",'];
  await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('kronor.csv', rows));
  await expect(figure(page, 'Won revenue')).toHaveText('$3,000');
  const setAside = page.getByRole('region', { name: 'Rows set aside' });
  await expect(setAside).toContainText('An amount in another currency than the file’s own, USD: 2.');
  await expect(setAside).toContainText('(rows 4 and 5)');
});

test.describe('a file in a currency the workbook does not list', () => {
  test('is shown in that currency, won without decimals, and a plan from it is in the workbook’s as the page says', async ({ page }) => {
    await open(page);
    const rows = ['Stage,Amount', 'Closed Won,"₩1,000,000"', 'Closed Won,"₩2,000,000"', 'Closed Lost,"₩500,000"', 'Negotiation,"₩700,000"'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('won.csv', rows));
    await expect(figure(page, 'Won revenue')).toHaveText('₩3,000,000');
    await expect(figure(page, 'Average won deal')).toHaveText('₩1,500,000');
    await expect(figure(page, 'Open pipeline')).toHaveText('₩700,000');
    const examples = page.getByRole('list', { name: 'Amounts as read' });
    await expect(examples).toContainText('₩500,000 → ₩500,000');
    await expect(examples).not.toContainText('$');
    await expect(page.locator('.measured')).not.toContainText('$');
    const plan = page.getByRole('region', { name: 'Plan from these numbers' });
    await expect(plan).toContainText('The amounts in this file are in KRW, and the workbook plans in USD. The figures above are in KRW');
    expect(await axeViolations(page)).toEqual([]);

    // The plan takes the deal size as it is; the planner shows it, and all its money, in dollars.
    await plan.getByRole('button', { name: 'Start a plan from these numbers' }).click();
    await page.getByRole('link', { name: 'Open it in the funnel planner' }).click();
    await hydrated(page);
    await expect(page.getByLabel('Average deal size')).toHaveValue('1,500,000');
    await expect(page.getByText('Money is shown in USD.')).toBeVisible();

    // The plan packet prints the measured figures as the page shows them: in won.
    await open(page, '/plan/');
    await expect(page.getByRole('article', { name: 'Preview' }).getByRole('status', { name: 'Won revenue', exact: true })).toHaveText('₩3,000,000');
  });

  test('can become the workbook’s currency from the page’s note: the data page offers it by name', async ({ page }) => {
    await open(page);
    const rows = ['Stage,Amount,Currency', 'Closed Won,1000000,KRW', 'Closed Won,2000000,KRW', 'Closed Lost,500000,KRW'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('won.csv', rows));
    const plan = page.getByRole('region', { name: 'Plan from these numbers' });
    await expect(plan).toContainText('The amounts in this file are in KRW, and the workbook plans in USD.');
    await plan.getByRole('link', { name: 'Change the workbook’s currency' }).click();
    await hydrated(page);
    await page.getByLabel('Currency').selectOption({ label: 'South Korean Won (KRW)' });
    await page.goBack();
    await hydrated(page);
    await expect(figure(page, 'Won revenue')).toHaveText('₩3,000,000');
    await expect(page.getByRole('region', { name: 'Plan from these numbers' })).not.toContainText('The amounts in this file are in');
  });

  test('is shown in that currency on the Polish page, as Polish writes it', async ({ page }) => {
    await open(page, '/pl/pipeline/');
    const rows = ['Etap;Kwota;Waluta', 'Wygrana;1000000;KRW', 'Wygrana;2000000;KRW', 'Przegrana;500000;KRW'];
    await page.getByLabel('Eksport z CRM (CSV lub wartości rozdzielone tabulatorami)').setInputFiles(csvFile('wony.csv', rows));
    await expect(figure(page, 'Przychód z wygranych')).toHaveText('3 000 000 KRW');
    await expect(figure(page, 'Średnia wartość wygranej transakcji')).toHaveText('1 500 000 KRW');
    await expect(page.locator('.measured')).not.toContainText('zł');
  });

  test('whose mark may be several currencies (“kr”) shows its amounts as numbers with that mark, never the workbook’s sign', async ({ page }) => {
    await open(page);
    const rows = ['Stage,Amount', 'Closed Won,"1 000 kr"', 'Closed Won,"2 500 kr"', 'Closed Lost,"400 kr"'];
    await page.getByLabel('CRM export (CSV or tab-separated)').setInputFiles(csvFile('kronor.csv', rows));
    await expect(figure(page, 'Won revenue')).toHaveText('3,500 kr');
    await expect(figure(page, 'Average won deal')).toHaveText('1,750 kr');
    await expect(page.locator('.measured')).not.toContainText('$');
    await expect(page.getByRole('region', { name: 'Plan from these numbers' })).toContainText('The amounts in this file are in kr, and the workbook plans in USD.');
    await expect(page.getByText('Every row was read and counted.')).toBeVisible();
  });
});
