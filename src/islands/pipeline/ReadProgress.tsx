import { formatCount, formatPercent } from '../../lib/format';
import { isolate } from '../../lib/bidi';
import { useI18n } from '../kit/i18n';
import { pluralKey } from '../../i18n/text';

/** How far the file has been read, and a way to stop: the page stays usable throughout. */
export function ReadProgress({ fileName, share, rows, onCancel }: { fileName: string; share: number; rows: number; onCancel: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div class="read-progress card" role="group" aria-labelledby="pipeline-progress-label">
      <p id="pipeline-progress-label">{t('pipeline.progress.reading', { file: isolate(fileName) })}</p>
      <progress value={share} max={1} aria-labelledby="pipeline-progress-label" aria-describedby="pipeline-progress-status" />
      <p id="pipeline-progress-status" role="status" class="muted">
        {t(pluralKey('pipeline.progress.status', rows, lang), { share: formatPercent(share * 100, lang, 0), rows: formatCount(rows, lang) })}
      </p>
      <button type="button" class="button secondary" onClick={onCancel}>
        {t('pipeline.progress.cancel')}
      </button>
    </div>
  );
}
