import type { Problem } from '../../lib/problem';
import type { IslandTranslate } from './i18n';

/** The localized sentence for a problem; `fieldLabel` names the input it is about. */
export function problemMessage(t: IslandTranslate, problem: Problem, fieldLabel = ''): string {
  const vars = { field: fieldLabel, min: problem.min ?? '', max: problem.max ?? '' };
  return t(`problem.${problem.code}`, vars);
}
