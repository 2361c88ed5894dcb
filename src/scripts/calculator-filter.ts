import { pluralFromData } from '../i18n/text';
import { searchFold } from '../lib/search-fold';

/** Filters the calculator index as the reader types; names in every language match. */
export function initCalculatorFilter(): void {
  const root = document.querySelector<HTMLElement>('[data-calculator-filter]');
  const input = root?.querySelector('input');
  const status = root?.querySelector<HTMLElement>('[role="status"]');
  if (!root || !input || !status) return;
  const items = [...document.querySelectorAll<HTMLElement>('[data-search]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-team-section]')];
  const fill = (template: string, vars: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );

  const total = Number(root.dataset.total ?? items.length);
  const apply = () => {
    const query = searchFold(input.value);
    let shown = 0;
    for (const item of items) {
      const match = !query || (item.dataset.search ?? '').includes(query);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections)
      section.hidden = !section.querySelector('[data-search]:not([hidden])');
    status.textContent = !query
      ? ''
      : shown === 0
        ? fill(root.dataset.msgNone ?? '', { query: input.value.trim() })
        : fill(pluralFromData(root.dataset, 'msgCount', total, document.documentElement.lang), {
            n: shown,
            total,
          });
  };
  input.addEventListener('input', apply);
  apply();
}
