import type { MessageKey } from '../../i18n/messages/types';
import { formatList, pluralKey } from '../../i18n/text';
import { isolate } from '../../lib/bidi';
import { formatCount } from '../../lib/format';
import type { KeptChoices as Kept } from '../../lib/pipeline/carry-over';
import { useI18n } from '../kit/i18n';

/**
 * What of the last file's corrections a new file was read with, in one sentence ("Your choices
 * from the last file were kept: the column for “Stage or status”, 6 stage meanings and day-first
 * dates."), and a button to read it from the guesses alone; and each date order or decimal mark
 * the new file's values ruled out, with what it is read with instead. Nothing where the last
 * file's choices change nothing here.
 */
export function KeptChoices({ kept, onAfresh }: { kept: Kept; onAfresh: () => void }) {
  const { t, lang } = useI18n();
  const items: string[] = [];
  if (kept.headerRow !== null) items.push(t('pipeline.kept.headerRow', { row: kept.headerRow }));
  if (kept.columns.length > 0) {
    const roles = kept.columns.map((role) => t('pipeline.kept.role', { role: t(`pipeline.role.${role}` as MessageKey) }));
    items.push(t(pluralKey('pipeline.kept.columns', roles.length, lang), { roles: formatList(roles, lang) }));
  }
  if (kept.meanings > 0) items.push(t(pluralKey('pipeline.kept.meanings', kept.meanings, lang), { n: formatCount(kept.meanings, lang) }));
  for (const order of kept.dateOrders) items.push(t(`pipeline.kept.order.${order}`));
  if (kept.decimalMark) items.push(t(`pipeline.kept.decimal.${kept.decimalMark}`));
  // Choices that read the file as the guess does anyway go unsaid.
  if (items.length === 0 && kept.refused.length === 0) return null;
  return (
    <div class="kept-choices">
      {items.length > 0 && (
        <div class="notice">
          <p role="status">{t('pipeline.kept.intro', { list: formatList(items, lang) })}</p>
          <button type="button" class="button secondary" onClick={onAfresh}>
            {t('pipeline.kept.afresh')}
          </button>
        </div>
      )}
      {kept.refused.map((refused) => (
        <p key={`${refused.kind}:${refused.column}`} class="notice warning" role="status">
          {refused.kind === 'dateOrder'
            ? t('pipeline.kept.refused.dateOrder', { column: isolate(refused.column), read: t(`pipeline.dates.orderName.${refused.read}`), chosen: t(`pipeline.dates.orderName.${refused.chosen}`) })
            : t('pipeline.kept.refused.decimalMark', { column: isolate(refused.column), read: t(`pipeline.kept.markName.${refused.read}`), chosen: t(`pipeline.kept.markName.${refused.chosen}`) })}
        </p>
      ))}
    </div>
  );
}
