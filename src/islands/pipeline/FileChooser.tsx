import { useState } from 'preact/hooks';
import { useI18n } from '../kit/i18n';

interface FileChooserProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/** A labelled file input, and a zone the file can be dropped on: keyboard and mouse both work. */
export function FileChooser({ onFile, disabled }: FileChooserProps) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      // Before the tool starts, a file dropped here goes into the field below (Base.astro).
      data-drop-files
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label for="pipeline-file">{t('pipeline.file.label')}</label>
      <p id="pipeline-file-hint" class="hint">
        {t('pipeline.file.hint')}
      </p>
      <input
        id="pipeline-file"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        aria-describedby="pipeline-file-hint"
        // While a file is read the field says it is unavailable but keeps focus (a disabled
        // field would drop a keyboard user's focus to the page's start).
        aria-disabled={disabled ? 'true' : undefined}
        onClick={(event) => {
          if (disabled) event.preventDefault();
        }}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file && !disabled) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      <p class="hint">{t('pipeline.file.private')}</p>
    </div>
  );
}
