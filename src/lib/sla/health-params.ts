import { formatList } from '../../i18n/text';
import type { HealthFinding } from './health';

/**
 * A finding's params as its message shows them: numbers the page language's way, grouped and to
 * one decimal at most (a capacity of 106.666… MQLs reads "106.7", "106,7" in Polish), lists
 * joined the language's way ("2 and 3", "2和3"), text as it is.
 */
export function findingParams(params: HealthFinding['params'], lang: string): Record<string, string> {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const shown = (value: string | number) => (typeof value === 'number' ? number.format(value) : value);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? formatList(value.map(shown), lang) : shown(value)]),
  );
}
