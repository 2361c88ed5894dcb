import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import { formatDate } from '../../lib/format';
import { summarizeArea } from '../../lib/persist/summary';
import type { ImportError } from '../../lib/persist/workbook-file';
import { readWorkbookFile, replaceAreas } from '../../stores/workbook';
import { useI18n, type IslandTranslate } from '../kit/i18n';
import { AreaHolds } from './AreaHolds';

type Preview = { areas: Record<string, unknown>; exportedAt: string | null; migrated: string[] };

export function importErrorMessage(t: IslandTranslate, error: ImportError, list: string): string {
  if (error.code === 'invalid') {
    const area = t(`area.${error.area}` as MessageKey);
    if (error.fields.length === 0) return t('data.import.error.invalidPart', { area });
    const shown = error.fields.slice(0, 3);
    return t('data.import.error.invalid', { area, fields: [...shown, ...(error.fields.length > 3 ? ['…'] : [])].join(list) });
  }
  return t(`data.import.error.${error.code}`);
}

/** Import a workbook file: read it, show what it holds, then replace or cancel. */
export function ImportPanel({
  onReplaced,
  calculatorNames,
}: {
  onReplaced: (before: Record<string, unknown>) => void;
  /** Each calculator's title in the page's language, by id. */
  calculatorNames: Record<string, string>;
}) {
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
    else setError(importErrorMessage(t, result.error, marks.list));
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
          onChange={(e) => {
            void choose(e.currentTarget.files?.[0]);
            // Emptied, so the same file chosen again (fixed since, under the same name) is read again.
            e.currentTarget.value = '';
          }}
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
              const holds = Object.keys(summary.counts).length > 0 || summary.names.some(Boolean);
              return (
                <li key={area}>
                  <strong>{t(`data.area.${area}` as MessageKey)}</strong>
                  {holds && (
                    <>
                      {marks.colon}
                      <AreaHolds summary={summary} names={5} calculatorNames={calculatorNames} />
                    </>
                  )}
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
