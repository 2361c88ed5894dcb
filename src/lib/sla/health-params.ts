import { formatList } from '../../i18n/text';
import { formatNumber } from '../format';
import type { HealthFinding } from './health';

/**
 * A finding's params as its message shows them: numbers the page language's way, grouped and to
 * one decimal at most (a capacity of 106.666… MQLs reads "106.7", "106,7" in Polish), lists
 * joined the language's way ("2 and 3", "2和3"), text as it is.
 */
export function findingParams(params: HealthFinding['params'], lang: string): Record<string, string> {
  const shown = (value: string | number) => (typeof value === 'number' ? formatNumber(value, lang, 1) : value);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? formatList(value.map(shown), lang) : shown(value)]),
  );
}
