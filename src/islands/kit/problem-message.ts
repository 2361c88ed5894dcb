import { groupedNumber } from '../../lib/number-display';
import type { Problem } from '../../lib/problem';
import type { IslandTranslate } from './i18n';

/**
 * The localized sentence for a problem (`problem.<code>`); `fieldLabel` names the input it is
 * about. A contradiction says how (`problem.<relation>`): the other input, named by `nameOf` from
 * its id, and both figures as the fields show them in `locale`: "Customers lost (250) cannot be
 * more than Customers at start (200)."
 */
export function problemMessage(
  t: IslandTranslate,
  problem: Problem,
  fieldLabel: string,
  nameOf: (field?: string) => string,
  locale: string,
): string {
  return t(`problem.${problem.relation ?? problem.code}`, {
    field: fieldLabel,
    min: problem.min ?? '',
    max: problem.max ?? '',
    other: nameOf(problem.other),
    plus: nameOf(problem.plus),
    value: groupedNumber(problem.value ?? 0, locale),
    limit: groupedNumber(problem.limit ?? 0, locale),
  });
}
