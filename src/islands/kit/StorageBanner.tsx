import { useStore } from '@nanostores/preact';
import type { MessageKey } from '../../i18n/en';
import { $notices, dismissNotice, type StorageNotice } from '../../stores/notices';
import { $saveFailures, readRaw } from '../../stores/storage-engine';
import { downloadText } from './download';
import { useI18n } from './i18n';

/**
 * Tells the user, once, about anything unusual with their saved data, and says plainly while
 * changes are not being saved. Every tool page shows one.
 */
export function StorageBanner({ dataHref }: { dataHref: string }) {
  const { t } = useI18n();
  const failures = useStore($saveFailures);
  const notices = useStore($notices);
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
