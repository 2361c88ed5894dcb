import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { flatMessages } from '../../src/i18n/messages/types';
import { messages as enAreas } from '../../src/i18n/messages/en';
import { messages as zhCnAreas } from '../../src/i18n/messages/zh-cn';
import { messages as zhTwAreas } from '../../src/i18n/messages/zh-tw';
import { messages as plAreas } from '../../src/i18n/messages/pl';
import { defaultScenario } from '../../src/lib/funnel/scenario';
import { planScenario } from '../../src/lib/funnel/sections';
import { planVolumes } from '../../src/lib/funnel/sla-link';
import { wholeCommitment } from '../../src/lib/sla/commitment';
import { slaSectionIds } from '../../src/lib/sla/draft';
import { renderText } from '../../src/lib/sla/test-markdown';
import { hydrated, watchForProblems } from './site';
import { axeViolations, COLOUR_RULES } from './axe';

const en = flatMessages(enAreas);
const zhCn = flatMessages(zhCnAreas);
const zhTw = flatMessages(zhTwAreas);
const pl = flatMessages(plAreas);

const templateSlugs = ['b2b-saas', 'enterprise', 'smb-ecommerce', 'small-company'] as const;
/** A template's name as the picker shows it, read from its file. */
const templateName = (slug: string, locale = 'en') =>
  /^name: (.+)$/m
    .exec(readFileSync(new URL(`../../content/sla-templates/${locale}/${slug}.yaml`, import.meta.url), 'utf8'))![1]!
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');

async function openBuilder(page: Page, path = '/sla/') {
  await page.goto(path);
  await hydrated(page);
}

/** Starts a draft from a template: on the page for the first draft, through "New draft" after that. */
async function startFrom(page: Page, name: string | null) {
  const newDraft = page.getByRole('button', { name: 'New draft' });
  const scope = (await newDraft.isVisible()) ? (await newDraft.click(), page.getByRole('dialog', { name: 'Start from a template' })) : page;
  if (name === null) await scope.getByRole('button', { name: 'Start from a blank page' }).click();
  else await scope.getByRole('button', { name: `Use this template ${name}` }).click();
  await expect(page.getByLabel('Open draft')).toBeVisible();
}

/** Opens a form section (a disclosure button named by its heading, perhaps followed by a badge). */
async function openSection(page: Page, heading: string) {
  const button = page.locator('.sla-form').getByRole('button', { name: new RegExp(`^${heading.replace(/[()’]/g, '.')}`) });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

const documentView = (page: Page) => page.locator('article.sla-document');
/** The value beside a label in the document's field lists. */
const documentField = (page: Page, label: string) =>
  documentView(page).locator('.sla-field-row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

async function printToText(page: Page, info: TestInfo, name: string): Promise<string[]> {
  const file = info.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

test.describe('SLA builder', () => {
  let problems: string[];
  test.beforeEach(async ({ page }) => {
    problems = await watchForProblems(page);
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });

  test('a draft from each template keeps an edit across a reload', async ({ page }) => {
    await openBuilder(page);
    for (const slug of templateSlugs) {
      const name = templateName(slug);
      await startFrom(page, name);
      await expect(page.getByLabel('Open draft')).toHaveValue(/draft-/);
      await expect(page.getByText(`Started from: ${name}`)).toBeVisible();
      await openSection(page, 'Parties and owners');
      await page.getByLabel('Sales owner', { exact: true }).fill(`Owner of ${slug}`);
      await expect(documentField(page, 'Sales owner')).toHaveText(`Owner of ${slug}`);
    }
    await page.reload();
    await hydrated(page);
    for (const slug of templateSlugs) {
      await page.getByLabel('Open draft').selectOption({ label: templateName(slug) });
      await openSection(page, 'Parties and owners');
      await expect(page.getByLabel('Sales owner', { exact: true })).toHaveValue(`Owner of ${slug}`);
      await expect(documentField(page, 'Sales owner')).toHaveText(`Owner of ${slug}`);
    }
  });

  test('duplicates, renames, and deletes a draft with undo', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, templateName('small-company'));
    const select = page.getByLabel('Open draft');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(select.locator('option:checked')).toHaveText(`\u2068${templateName('small-company')}\u2069 (copy)`);

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('dialog', { name: 'Rename the draft' }).getByLabel('Draft name').fill('Our 2027 agreement');
    // A name typed but not yet confirmed comes back in its dialog after a reload.
    await page.reload();
    await hydrated(page);
    const renaming = page.getByRole('dialog', { name: 'Rename the draft' });
    await expect(renaming.getByLabel('Draft name')).toHaveValue('Our 2027 agreement');
    await renaming.getByLabel('Draft name').press('Enter');
    await expect(select.locator('option:checked')).toHaveText('Our 2027 agreement');
    await expect(documentView(page).getByRole('heading', { level: 2 })).toHaveText('Our 2027 agreement');

    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft “\u2068Our 2027 agreement\u2069” deleted.' })).toBeVisible();
    await expect(select.locator('option')).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(select.locator('option')).toHaveCount(2);
    await expect(select.locator('option:checked')).toHaveText('Our 2027 agreement');
  });

  test('takes the volumes from the funnel plan and sees when the plan changes', async ({ page }) => {
    const scenario = defaultScenario('Base plan', 'scenario-1', { updatedAt: '2026-01-01T00:00:00.000Z' });
    await page.addInitScript((value) => {
      // Seed once: later reloads keep what the test changed.
      if (localStorage.getItem('pw:funnel') === null) localStorage.setItem('pw:funnel', value);
    }, JSON.stringify({ v: 1, data: { scenarios: [scenario], activeId: scenario.id } }));
    // Commitments are whole leads (src/lib/sla/commitment.ts), with the period total.
    const whole = (target: string) => {
      const planned = planScenario({ ...scenario, target });
      if (!planned.input || !planned.plan.ok || !planned.plan.value.capacity.ok) throw new Error('the plan has no capacity figures');
      return wholeCommitment(planVolumes(scenario, planned.input.team.reps, planned.plan.value.capacity.value, planned.input.months));
    };
    // 1,200,000 ÷ 24,000 = 50 deals ÷ 25 % ÷ 50 % = 400 SQLs ÷ 40 % = 1,000 MQLs over 12 months: 83.3 a month, committed as 84.
    expect(whole('1200000')).toMatchObject({ mqlsTotal: 1000, mqlsPerMonth: 84, sqlsPerMonth: 34 });

    await openBuilder(page);
    await startFrom(page, templateName('b2b-saas'));
    const card = page.getByRole('region', { name: 'Volumes from your funnel plan' });
    await expect(card.getByRole('status', { name: 'MQLs over the period (plan)' })).toHaveText('1,000 over 12 months');
    await expect(card.getByRole('status', { name: 'MQLs per month (plan)' })).toHaveText('84');
    await card.getByRole('button', { name: 'Use my funnel plan' }).click();
    await expect(page.getByLabel('MQLs per month', { exact: true })).toHaveValue('84');
    await expect(page.getByLabel('MQLs per sales rep per month')).toHaveValue(String(whole('1200000').mqlsPerRep));
    await expect(documentField(page, 'MQLs per month')).toHaveText('84');
    await expect(documentField(page, 'MQLs per month \\(plan\\)')).toHaveText('84');
    await expect(documentField(page, 'MQLs over the period \\(plan\\)')).toHaveText('1,000 over 12 months');
    await expect(documentField(page, 'MQLs due by the end of each month \\(cumulative\\)')).toHaveText(
      '84 · 167 · 250 · 334 · 417 · 500 · 584 · 667 · 750 · 834 · 917 · 1,000',
    );
    await expect(documentField(page, 'SQLs per month \\(plan\\)')).toHaveText(String(whole('1200000').sqlsPerMonth));
    await expect(documentField(page, 'Funnel scenario')).toHaveText('Base plan');
    await expect(card.getByText('Matches the funnel plan.')).toBeVisible();

    // The planner doubles the target: 2,000 MQLs, 166.7 a month, committed as 167.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('pw:funnel')!);
      stored.data.scenarios[0].target = '2400000';
      localStorage.setItem('pw:funnel', JSON.stringify(stored));
    });
    await page.reload();
    await hydrated(page);
    await expect(card.getByText('Out of date')).toBeVisible();
    await expect(card.getByText(/The funnel plan has changed since/)).toBeVisible();
    await expect(page.getByRole('region', { name: /Health check/ }).getByText(/The funnel plan has changed since its figures were copied in/)).toBeVisible();
    await card.getByRole('button', { name: 'Refresh from the plan' }).click();
    await expect(card.getByText('Out of date')).toHaveCount(0);
    await expect(card.getByText('Matches the funnel plan.')).toBeVisible();
    await expect(page.getByLabel('MQLs per month', { exact: true })).toHaveValue('167');
    await expect(documentField(page, 'MQLs per month \\(plan\\)')).toHaveText('167');
    await expect(documentField(page, 'MQLs over the period \\(plan\\)')).toHaveText('2,000 over 12 months');
  });

  test('the health check writes its figures the page language’s way: about 106,7 MQLs, not 106.66666666666667', async ({ page }) => {
    const scenario = defaultScenario('Plan bazowy', 'scenario-1', { updatedAt: '2026-01-01T00:00:00.000Z' });
    await page.addInitScript((value) => {
      if (localStorage.getItem('pw:funnel') === null) localStorage.setItem('pw:funnel', value);
    }, JSON.stringify({ v: 1, data: { scenarios: [scenario], activeId: scenario.id } }));
    await openBuilder(page, '/pl/sla/');
    await page.getByRole('button', { name: new RegExp(`^${pl['sla.template.use']}\\sB2B SaaS`) }).first().click();
    await page.getByRole('region', { name: pl['sla.linked.title'] }).getByRole('button', { name: pl['sla.linked.use'] }).click();
    await openSection(page, pl['sla.section.marketing']);
    await page.getByLabel(pl['sla.field.marketing.mqlsPerMonth'], { exact: true }).fill('12345');
    // The plan's sales team works 2 reps × 80 h × 60 min ÷ (6 attempts × 15 min) = 106.67 MQLs a month.
    const health = page.getByRole('region', { name: new RegExp(`^${pl['sla.health.title']}`) });
    await expect(health).toContainText(/do 12\s345 MQL miesięcznie, .* około 106,7\./);
  });

  test('on a phone, a table of the agreement wider than the screen scrolls by keyboard (Polish, 375 px)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openBuilder(page, '/pl/sla/');
    await page.getByRole('button', { name: new RegExp(`^${pl['sla.template.use']}\\sB2B SaaS`) }).first().click();
    await expect(page.getByLabel(pl['sla.drafts.select'])).toBeVisible();
    // The lead temperature playbook is wider than the phone: its box is a named stop on the keyboard's way.
    const section = documentView(page).getByRole('region', { name: new RegExp(pl['sla.section.temperature']) });
    const playbook = section.getByRole('region', { name: new RegExp(pl['sla.section.temperature']) });
    await playbook.focus();
    await expect(playbook).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => playbook.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('without a funnel scenario, says so and links to the planner', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, null);
    const card = page.getByRole('region', { name: 'Volumes from your funnel plan' });
    await expect(card).toContainText('No funnel scenario yet.');
    await expect(card.getByRole('link', { name: 'Open the funnel planner' })).toHaveAttribute('href', '/funnel/');
  });

  test('compares two saved versions with the changes marked', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, templateName('smb-ecommerce'));
    await page.getByLabel('Version name').fill('First draft');
    await page.getByRole('button', { name: 'Save a version' }).click();
    await expect(page.getByText('Saved the version “\u2068First draft\u2069”.')).toBeVisible();

    await openSection(page, 'Parties and owners');
    await page.getByLabel('Marketing owner').fill('Head of growth marketing');
    await page.getByLabel('Version name').fill('After the review');
    // A name typed but not saved yet survives a reload of the tab.
    await page.reload();
    await expect(page.getByLabel('Version name')).toHaveValue('After the review');
    await page.getByRole('button', { name: 'Save a version' }).click();
    await expect(page.getByLabel('Version name')).toHaveValue('');

    await page.getByLabel('Earlier version').selectOption({ index: 0 });
    await page.getByLabel('Later version').selectOption({ index: 1 });
    const diff = page.locator('.sla-diff');
    await expect(diff.getByText('1 field changed')).toBeVisible();
    await expect(diff.getByRole('heading', { name: 'Marketing owner' })).toBeVisible();
    await expect(diff.getByRole('deletion').first()).toContainText('Removed:');
    await expect(diff.getByRole('insertion').first()).toContainText('Added:');
    // Without what was removed (and the words for screen readers), the change reads as the new text.
    const after = await diff.locator('.sla-diff-text').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('del, .visually-hidden').forEach((node) => node.remove());
      return copy.textContent;
    });
    expect(after).toBe('Head of growth marketing');

    // Axe on the builder with a comparison open, in both themes.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark').toEqual([]);
  });

  test('the health check names a missing escalation ladder and clears once a step is added', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, templateName('small-company'));
    const health = page.getByRole('region', { name: /Health check/ });
    const finding = health.getByText(/There is no escalation ladder/);
    await expect(finding).toHaveCount(0);

    await openSection(page, 'Escalation');
    const steps = page.getByRole('group', { name: 'Escalation steps' });
    // The template's ladder, removed a line at a time, each removal seen before the next.
    const removeButtons = steps.getByRole('button', { name: /^Remove line \d+ of Escalation steps$/ });
    await expect(steps.getByLabel('Escalation steps, line 1')).toBeVisible();
    for (let left = await removeButtons.count(); left > 0; left--) {
      await steps.getByRole('button', { name: 'Remove line 1 of Escalation steps' }).click();
      await expect(removeButtons).toHaveCount(left - 1);
    }
    await expect(finding).toBeVisible();
    await expect(health.getByRole('heading', { level: 2 })).toContainText('points to look at');

    // The section's name in the health check leads to its first field.
    await openSection(page, 'Escalation');
    await page.locator('.sla-form').getByRole('button', { name: /^Escalation/ }).click();
    await health.getByRole('link', { name: 'Escalation' }).click();
    await expect(steps.getByRole('button', { name: 'Add a line' })).toBeVisible();
    await expect(page.getByLabel('When marketing misses its commitments')).toBeFocused();

    await steps.getByRole('button', { name: 'Add a line' }).click();
    await expect(steps.getByLabel('Escalation steps, line 1')).toBeFocused();
    await page.keyboard.type('Owners meet within two working days');
    await expect(finding).toHaveCount(0);
  });

  test('a number the health check cannot read says why: not a number, below zero, a rate past 100 %', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, templateName('b2b-saas'));
    await openSection(page, 'Marketing’s commitments');
    const perRep = page.getByLabel('MQLs per sales rep per month', { exact: true });
    const rate = page.getByLabel('Minimum MQL→SQL rate (%)', { exact: true });
    for (const [field, typed, says] of [
      [perRep, '-5', en['sla.form.numberNegative']],
      [perRep, 'about 40', en['sla.form.numberHint']],
      [rate, '250', en['sla.form.rateRange']],
      [rate, '-10', en['sla.form.numberNegative']],
    ] as const) {
      await field.fill(typed);
      await expect(field, typed).toHaveAccessibleDescription(new RegExp(says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // Kept as typed, in the form and in the agreement.
      await expect(field).toHaveValue(typed);
    }
    await perRep.fill('40');
    await rate.fill('25,5');
    await expect(perRep).not.toHaveAccessibleDescription(/health check/);
    await expect(rate).not.toHaveAccessibleDescription(/health check/);
  });

  test('moves list lines by keyboard, keeping focus on the moved line', async ({ page }) => {
    await openBuilder(page);
    await startFrom(page, null);
    await openSection(page, 'Reporting');
    const kpis = page.getByRole('group', { name: 'KPIs reviewed together' });
    await kpis.getByRole('button', { name: 'Add a line' }).click();
    await expect(kpis.getByLabel('KPIs reviewed together, line 1')).toBeFocused();
    await page.keyboard.type('MQLs delivered');
    await page.keyboard.press('Enter');
    await expect(kpis.getByLabel('KPIs reviewed together, line 2')).toBeFocused();
    await page.keyboard.type('SQL rate');
    await expect(kpis.getByRole('textbox')).toHaveCount(2);
    await kpis.getByRole('button', { name: 'Move line 2 of KPIs reviewed together up' }).focus();
    await page.keyboard.press('Enter');
    await expect(kpis.getByLabel('KPIs reviewed together, line 1')).toHaveValue('SQL rate');
    await expect(kpis.getByRole('button', { name: 'Move line 1 of KPIs reviewed together down' })).toBeFocused();
    await expect(documentView(page).locator('.sla-doc-reporting li').first()).toHaveText('SQL rate');
  });

  const printLocales = [
    ['en', '/sla/', en],
    ['zh-cn', '/zh-cn/sla/', zhCn],
    ['zh-tw', '/zh-tw/sla/', zhTw],
    ['pl', '/pl/sla/', pl],
  ] as const;
  for (const [locale, path, t] of printLocales) {
    test(`prints a clean PDF with every section, page numbers and text as text (${locale})`, async ({ page }, info) => {
      await openBuilder(page, path);
      await page.getByRole('button', { name: `${t['sla.template.use']} ${templateName('enterprise', locale)}` }).click();
      await openSection(page, t['sla.section.parties']);
      await page.getByLabel(t['sla.field.parties.marketingTeam'], { exact: true }).fill('<img src=x onerror=alert(1)> 市场');
      await expect(documentView(page)).toContainText('<img src=x onerror=alert(1)> 市场');

      const pages = await printToText(page, info, `sla-${locale}`);
      const text = pages.join('\n');
      expect(pages.length).toBeGreaterThan(1);
      for (const [i, content] of pages.entries()) expect(content.trim(), `page ${i + 1} is blank`).not.toBe('');
      for (const id of slaSectionIds) expect(text).toContain(t[`sla.section.${id}`]);
      expect(text).toContain('<img src=x onerror=alert(1)> 市场');
      expect(text).toContain(t['sla.print.signature']);
      // Page numbers from the page margin: "Page 1 of N" / "第 1 页，共 N 页".
      const numbering = t['sla.print.page'].replace('{page}', '1').replace('{pages}', String(pages.length));
      expect(text.replace(/\s+/g, ' ')).toContain(numbering.replace(/\s+/g, ' '));
      // Nothing of the builder around the document prints.
      expect(text).not.toContain(t['sla.health.title']);
      expect(text).not.toContain(t['sla.form.title']);
      if (locale.startsWith('zh')) expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
      // Polish keeps its letters as text: ą ę ł ś ż and the rest.
      if (locale === 'pl') expect(text).toMatch(/[ąęłśżźćń]/);
    });
  }

  test('hostile text shows literally everywhere and runs nowhere', async ({ page }, info) => {
    // Some 90 fields and a 100,000-character value, which is kept but left out of the print.
    test.setTimeout(120_000);
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      'javascript:alert(1)',
      'abc\u202Edef-rtl',
    ];
    const long = 'x<b>'.repeat(25_000);
    await openBuilder(page);
    await startFrom(page, templateName('b2b-saas'));
    await page.getByRole('button', { name: 'Expand all sections' }).click();
    const countElements = () => page.evaluate(() => document.querySelectorAll('img, svg, script, iframe, object').length);
    const before = await countElements();

    const fields = page.locator('.sla-form').locator('input[type="text"], textarea');
    // Every section's fields, drawn as the sections open.
    await expect.poll(() => fields.count()).toBeGreaterThan(60);
    const count = await fields.count();
    for (let i = 0; i < count; i++) await fields.nth(i).fill(hostile[i % hostile.length]!);
    // A 100,000-character paste into one textarea: kept whole, marked, and said, never cut.
    const statement = page.getByLabel('Goal statement');
    await statement.fill(long);
    await expect(statement).toHaveValue(long);
    await expect(statement).toHaveAttribute('aria-invalid', 'true');
    await expect(statement).toHaveAccessibleDescription(/98,000 characters over the limit of 2,000/);

    for (const value of hostile) {
      await expect(fields.nth(hostile.indexOf(value))).toHaveValue(value);
      expect(await documentView(page).locator('bdi', { hasText: value }).count()).toBeGreaterThan(3);
    }
    // Over its limit, the statement is left out of the document (and so of print and Markdown), which says so.
    expect(await documentView(page).evaluate((el) => el.textContent!.includes('x<b>'.repeat(1_000)))).toBe(false);
    await expect(documentView(page).getByText(/^Left out: 98,000 characters over the limit of 2,000\./)).toBeVisible();
    expect(await countElements()).toBe(before);
    expect(await documentView(page).locator('img, svg, script, b').count()).toBe(0);

    // The Markdown download shows each value exactly as typed once rendered.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sla-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown).not.toContain('<img');
    const shown = renderText(markdown);
    for (const value of hostile) expect(shown).toContain(value);
    expect(shown).not.toContain('x<b>'.repeat(1_000));
    expect(shown).toContain('Left out: 98,000 characters over the limit of 2,000.');

    // And the print: every value as plain text.
    const text = (await printToText(page, info, 'sla-hostile')).join('\n');
    for (const value of hostile.slice(0, 4)) expect(text).toContain(value);
    // The override still works inside its own value (the text after it reads right to left), and no further.
    expect(text).toContain('abcltr-fed');
    expect(await countElements()).toBe(before);
  });

  test('a share link opens as a new draft beside the others', async ({ page, context }) => {
    await openBuilder(page);
    await startFrom(page, templateName('small-company'));
    await openSection(page, 'Parties and owners');
    await page.getByLabel('Marketing team', { exact: true }).fill('Shared marketing team');
    await page.getByRole('button', { name: 'Share link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this draft' });
    await expect(dialog).toContainText('as a new draft');
    const url = await dialog.getByLabel('Link').inputValue();
    expect(url).toContain('#share=');

    const other = await context.newPage();
    const otherProblems = await watchForProblems(other);
    await other.goto(url);
    await hydrated(other);
    const question = other.getByRole('dialog', { name: 'Open the shared draft?' });
    await expect(question).toContainText('It opens as a new draft beside your own');
    await question.getByRole('button', { name: 'Open as a new draft' }).click();
    await expect(other.getByLabel('Open draft').locator('option')).toHaveCount(2);
    await openSection(other, 'Parties and owners');
    await expect(other.getByLabel('Marketing team', { exact: true })).toHaveValue('Shared marketing team');
    expect(otherProblems).toEqual([]);
  });
});
