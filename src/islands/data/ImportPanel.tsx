import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';
import { formatDate } from '../../lib/format';
import { summarizeArea } from '../../lib/persist/summary';
import type { ImportError } from '../../lib/persist/workbook-file';
import { readWorkbookFile, replaceAreas } from '../../stores/workbook';
import { useI18n, type IslandTranslate } from '../kit/i18n';

type Preview = { areas: Record<string, unknown>; exportedAt: string | null; migrated: string[] };

export function importErrorMessage(t: IslandTranslate, error: ImportError): string {
  if (error.code === 'invalid') {
    return t('data.import.error.invalid', {
      area: t(`area.${error.area}` as MessageKey),
      issues: error.issues.slice(0, 3).join('; '),
    });
  }
  return t(`data.import.error.${error.code}`);
}

/** "1 SLA draft", "3 SLA drafts": each count in the plural form its number takes in `lang`. */
export function countsText(t: IslandTranslate, counts: Record<string, number>, lang: string): string[] {
  return Object.entries(counts).map(([what, n]) =>
    t(pluralKey(`data.count.${what}`, n, lang) as MessageKey, { n: new Intl.NumberFormat(lang).format(n) }),
  );
}

/** Import a workbook file: read it, show what it holds, then replace or cancel. */
export function ImportPanel({ onReplaced }: { onReplaced: (before: Record<string, unknown>) => void }) {
  const { t, lang, marks } = useI18n();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    if (!file) return;
    let text = '';
    if (file.size <= 5 * 1024 * 1024) {
      try {
        text = await file.text();
      } catch {
        setError(t('data.import.error.unreadable'));
        return;
      }
    }
    const result = readWorkbookFile(text, file.size);
    if (result.ok) setPreview(result);
    else setError(importErrorMessage(t, result.error));
  };
  const clear = () => {
    setPreview(null);
    setInputKey((k) => k + 1);
  };

  return (
    <section aria-labelledby="import-title" class="card">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <p>{t('data.import.body')}</p>
      <div class="field">
        <label for="import-file">{t('data.import.choose')}</label>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'import-error' : undefined}
          aria-invalid={error ? 'true' : undefined}
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
      </div>
      {error && (
        <p id="import-error" class="notice danger" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <div class="import-preview" role="region" aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">{t('data.import.previewTitle')}</h3>
          {preview.exportedAt && <p>{t('data.import.exportedAt', { date: formatDate(preview.exportedAt, lang) })}</p>}
          <ul>
            {Object.entries(preview.areas).map(([area, data]) => {
              const summary = summarizeArea(area, data);
              const details = [...countsText(t, summary.counts, lang), ...summary.names.filter(Boolean).slice(0, 5)];
              return (
                <li key={area}>
                  <strong>{t(`data.area.${area}` as MessageKey)}</strong>
                  {details.length > 0 && `${marks.colon}${details.join(' · ')}`}
                </li>
              );
            })}
          </ul>
          {preview.migrated.length > 0 && <p class="hint">{t('data.import.migrated')}</p>}
          <p class="hint">{t('data.import.notInFile')}</p>
          <div class="actions">
            <button
              type="button"
              class="button"
              onClick={() => {
                onReplaced(replaceAreas(preview.areas));
                clear();
              }}
            >
              {t('data.import.replace')}
            </button>
            <button type="button" class="button secondary" onClick={clear}>
              {t('kit.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
