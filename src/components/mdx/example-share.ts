import { useTranslations, type Locale } from '../../i18n';
import { localizedScenario } from '../../islands/funnel/localized-default';
import { scenarioShareShape } from '../../lib/persist/areas/funnel';
import type { ExampleValues } from '../../lib/persist/example-input';
import { encodeShare } from '../../lib/persist/share';

/** The inputs a guide's worked example may set; the rest come from the default scenario. */
const EXAMPLE_FIELDS = ['target', 'dealSize', 'months', 'cpl'] as const;

/**
 * The share code of a funnel worked example: the default scenario in the guide's language, with
 * the example's target, deal size, months and cost per lead.
 */
export async function exampleShareCode(values: ExampleValues, locale: Locale): Promise<string> {
  const t = useTranslations(locale);
  const scenario = localizedScenario(t, t('funnel.scenario.exampleName'), 'example');
  for (const field of EXAMPLE_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' || typeof value === 'number') scenario[field] = String(value);
  }
  return encodeShare(scenarioShareShape, scenario);
}
