import { isolate } from '../../lib/bidi';
import { formatDate } from '../../lib/format';
import type { ReviewMonth } from '../../lib/review/review';
import { slaChanges, type MqlSplit, type SlaChange } from '../../lib/review/sla-changes';
import { formatList, pluralKey } from '../../i18n/text';
import type { MessageKey } from '../../i18n/messages/types';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';

/**
 * What changed since a month was first reported: the parts of the plan, and each SLA commitment
 * with what it said then and says now (the draft's own text, isolated: it is the user's).
 */
export function ChangedSince({ month, fmt }: { month: ReviewMonth; fmt: ReviewFormat }) {
  const { t, lang } = useI18n();
  if (month.changes.length === 0) return null;
  const date = formatDate(month.plan.takenAt, lang);
  const slaOnly = month.changes.length === 1 && month.changes[0] === 'sla';
  const changes = month.changes.includes('sla') ? slaChanges(month.plan.sla, month.planNow.sla) : [];

  const text = (value: string) =>
    value.trim() === '' ? t('review.slaChange.blank') : t('review.slaChange.quoted', { text: isolate(value) });
  const split = (value: MqlSplit) =>
    value === null
      ? t('review.slaChange.blank')
      : t(pluralKey('review.slaChange.split', value.months, lang), { total: fmt.count(value.total), months: fmt.count(value.months) });
  const what = (change: SlaChange) =>
    change.field.startsWith('responseHours.')
      ? t('review.slaField.responseHours', { grade: change.field.slice(14).toUpperCase() })
      : t(`review.slaField.${change.field}` as MessageKey);
  const item = (change: SlaChange) =>
    change.field === 'mqlSplit'
      ? t('review.slaChange.item', { what: what(change), then: split(change.then), now: split(change.now) })
      : t('review.slaChange.item', { what: what(change), then: text(change.then), now: text(change.now) });

  return (
    <div class="notice changed-since" role="status">
      <p>
        {slaOnly
          ? t('review.month.slaChanged', { date })
          : t('review.month.changed', {
              changes: formatList(
                month.changes.map((c) => t(`review.change.${c}` as MessageKey)),
                lang,
              ),
              date,
            })}
      </p>
      {changes.length > 0 && (
        <ul>
          {changes.map((change) => (
            <li key={change.field}>{item(change)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
