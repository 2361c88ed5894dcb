import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// axe-core run in the page itself. @axe-core/playwright opens a second page for every analysis
// (to merge results from iframes, which these pages do not have); running axe directly gives the
// same rules and results in about a fifth of the time.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.1 A/AA rule. */
export const WCAG_AA = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } as const;
/** The rules a colour scheme can change: contrast, and links told from text by colour alone. */
export const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } as const;

/** The violations axe finds on the page as it is now, as "rule: target | target" lines. */
export async function axeViolations(page: Page, runOnly: typeof WCAG_AA | typeof COLOUR_RULES = WCAG_AA): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // Parts laid out only as they near the screen (content-visibility: auto) are checked as the
    // reader sees them there: axe's colour checks cannot see behind a part not laid out yet.
    // A constructed sheet, which the page's CSP allows (an inline <style> it would refuse).
    const shown = new CSSStyleSheet();
    shown.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, shown];
    try {
      const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== shown);
    }
  }, runOnly);
}
