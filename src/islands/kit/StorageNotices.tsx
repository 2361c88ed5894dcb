import type { MessageKey } from '../../i18n/messages/types';
import { dismissNotice, type StorageNotice } from '../../stores/notices';
import { readRaw, type SaveFailure } from '../../stores/storage-engine';
import { datedFilename, downloadText } from './download';
import { useI18n } from './i18n';

export interface StorageNoticesProps {
  dataHref: string;
  failures: Record<string, SaveFailure>;
  notices: StorageNotice[];
}

/** The whole workbook as an export file, with the changes this page holds in memory. */
async function exportFromHere() {
  const { exportWorkbook } = await import('../../stores/workbook');
  downloadText(datedFilename('planning-workbook', 'json'), exportWorkbook());
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
          <div class="actions">
            {reason !== 'protected' && (
              // Here, not on the data page: going there would leave this page and what it holds.
              <button type="button" class="button secondary" onClick={() => void exportFromHere()}>
                {t('storage.export')}
              </button>
            )}
            <a href={dataHref}>{t('storage.manage')}</a>
          </div>
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
