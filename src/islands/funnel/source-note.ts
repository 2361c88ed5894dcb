import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';
import type { Scenario } from '../../lib/funnel/scenario';
import { formatDate } from '../../lib/format';
import { isolate } from '../../lib/bidi';
import type { IslandTranslate } from '../kit/i18n';

/**
 * The note beside an input whose number was measured from a CRM export: where it came from and
 * what it rests on, or that it has been changed since. Undefined for an input typed by hand.
 */
export function sourceNote(t: IslandTranslate, lang: string, scenario: Scenario, path: string, value: string): string | undefined {
  const source = scenario.sources[path];
  if (!source) return undefined;
  const vars = { file: isolate(source.file), date: formatDate(source.measuredAt, lang), n: source.basis };
  if (value.trim() !== source.value) return t('funnel.source.changed', vars);
  // "over 1 decided deal" / "over 12 decided deals": the form follows the count it rests on.
  const counted = (key: string) => t(pluralKey(key, source.basis, lang) as MessageKey, vars);
  if (/(Low|High)$/.test(path)) return counted('funnel.source.range');
  return counted(`funnel.source.${source.measure}`);
}
