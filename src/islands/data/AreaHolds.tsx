import { Fragment } from 'preact';
import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';
import type { AreaSummary } from '../../lib/persist/summary';
import { TEXT_LIMITS, withinLimit } from '../../lib/text-limit';
import { useI18n, type IslandTranslate } from '../kit/i18n';

/** "1 SLA draft", "3 SLA drafts": each count in the plural form its number takes in `lang`. */
export function countsText(t: IslandTranslate, counts: Record<string, number>, lang: string): string[] {
  return Object.entries(counts).map(([what, n]) =>
    t(pluralKey(`data.count.${what}`, n, lang) as MessageKey, { n: new Intl.NumberFormat(lang).format(n) }),
  );
}

/**
 * What an area holds, in one line: its counts, then up to `names` of its names ("1 funnel
 * scenario · Baseline"). A calculator is named by its title in the page's language (`calculatorNames`,
 * by id), never by its id. Each name is the user's text: isolated, so a right-to-left name never
 * reorders the line around it; one past a name's limit is left out, as it is of print (a file's
 * name of megabytes would lay one line across the page).
 */
export function AreaHolds({ summary, names, calculatorNames }: { summary: AreaSummary; names: number; calculatorNames: Record<string, string> }) {
  const { t, lang } = useI18n();
  const counts = countsText(t, summary.counts, lang);
  const shown = summary.names.filter((name) => name && withinLimit(name, TEXT_LIMITS.name)).slice(0, names);
  return (
    <>
      {counts.join(' · ')}
      {shown.map((name, i) => (
        <Fragment key={i}>
          {counts.length > 0 || i > 0 ? ' · ' : ''}
          <bdi>{summary.area === 'calculators' ? (calculatorNames[name] ?? name) : name}</bdi>
        </Fragment>
      ))}
    </>
  );
}
