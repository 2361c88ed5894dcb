import type { MessageKey } from '../../i18n/messages/types';
import { sentenceGap } from '../../i18n/punctuation';
import { formatCount } from '../../lib/format';
import { formatRowList } from '../../lib/pipeline/row-list';
import type { SetAsideGroup } from '../../lib/pipeline/summary';
import { useI18n } from '../kit/i18n';

/**
 * The rows left out of some or all figures, by reason, with their row numbers; the file's own
 * rows can be downloaded as CSV while the file is open in this tab.
 */
export function SetAsidePanel({ groups, currency, onDownload }: { groups: readonly SetAsideGroup[]; currency: string; onDownload: (() => void) | null }) {
  const { t, lang } = useI18n();
  if (groups.length === 0) {
    return <p class="notice success">{t('pipeline.setAside.none')}</p>;
  }
  return (
    <section class="card set-aside" aria-labelledby="pipeline-set-aside-title">
      <h2 id="pipeline-set-aside-title">{t('pipeline.setAside.title')}</h2>
      <ul>
        {groups.map((group) => {
          const listed = formatRowList(group.rows, group.count, lang);
          return (
            <li key={group.reason}>
              <strong>{t(`pipeline.reason.${group.reason}` as MessageKey, { n: formatCount(group.count, lang), currency })}</strong>
              {sentenceGap(lang)}
              {t(`pipeline.scope.${group.scope}` as MessageKey)}
              {sentenceGap(lang)}
              <span class="muted">{t(group.count === 1 ? 'pipeline.setAside.row' : 'pipeline.setAside.rows', { rows: listed })}</span>
            </li>
          );
        })}
      </ul>
      {onDownload ? (
        <button type="button" class="button secondary" onClick={onDownload}>
          {t('pipeline.setAside.download')}
        </button>
      ) : (
        <p class="hint">{t('pipeline.setAside.bringFile')}</p>
      )}
    </section>
  );
}
