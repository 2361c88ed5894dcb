import type { MessageKey } from '../../i18n/en';
import { dismissNotice, type StorageNotice } from '../../stores/notices';
import { readRaw, type SaveFailure } from '../../stores/storage-engine';
import { downloadText } from './download';
import { useI18n } from './i18n';

export interface StorageNoticesProps {
  dataHref: string;
  failures: Record<string, SaveFailure>;
  notices: StorageNotice[];
}

/** What StorageBanner shows when there is something to say: loaded only then. */
export function StorageNotices({ dataHref, failures, notices }: StorageNoticesProps) {
  const { t } = useI18n();
  const reasons = [...new Set(Object.values(failures))];

  if (reasons.length === 0 && notices.length === 0) return null;
  const area = (notice: StorageNotice) => t(`area.${notice.area}` as MessageKey);

  return (
    <div class="storage-banner no-print">
      {reasons.map((reason) => (
        <div key={reason} class="notice danger" role="alert">
          <p>{t(`storage.failing.${reason}`)}</p>
          <a href={dataHref}>{t('storage.manage')}</a>
        </div>
      ))}
      {notices.map((notice) => (
        <div key={notice.id} class={notice.kind === 'migrated' ? 'notice' : 'notice warning'} role="status">
          <p>{t(`storage.notice.${notice.kind}`, { area: area(notice) })}</p>
          <div class="actions">
            {notice.kind === 'corrupt' && (
              <button
                type="button"
                class="button secondary"
                onClick={() => downloadText(`${notice.copyKey.replace(/:/g, '-')}.json`, readRaw(notice.copyKey) ?? '')}
              >
                {t('storage.downloadCopy')}
              </button>
            )}
            <button type="button" class="button secondary" onClick={() => dismissNotice(notice.id)}>
              {t('kit.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
