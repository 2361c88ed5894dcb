import { useState } from 'preact/hooks';
import { useI18n } from '../kit/i18n';

interface FileChooserProps {
  onFile: (file: File) => void;
}

/**
 * A labelled file input, and a zone the file can be dropped on: keyboard and mouse both work. A
 * file chosen or dropped while another is read is read in its place.
 */
export function FileChooser({ onFile }: FileChooserProps) {
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
        if (file) onFile(file);
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
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = '';
        }}
      />
      <p class="hint">{t('pipeline.file.private')}</p>
    </div>
  );
}
