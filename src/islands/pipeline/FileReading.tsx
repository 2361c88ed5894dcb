/**
 * How the file on screen was read, and the user's corrections: its encoding and header row, the
 * columns, what each stage value means, the date orders and the decimal mark. Shown only while a
 * file is read in this visit (a stored import keeps its figures, not its file), so the import
 * loads this part with import() once it reads one.
 */
import { isolate } from '../../lib/bidi';
import { formatBytes, formatCount, type FormatOptions } from '../../lib/format';
import type { KeptChoices as Kept } from '../../lib/pipeline/carry-over';
import type { ColumnRole } from '../../lib/pipeline/columns';
import { currencyReport } from '../../lib/pipeline/currency-report';
import { encodings, type TextEncoding } from '../../lib/pipeline/encoding';
import type { Readings } from '../../lib/pipeline/measure';
import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';
import { useI18n } from '../kit/i18n';
import { ColumnMap } from './ColumnMap';
import { DateReading } from './DateReading';
import { KeptChoices } from './KeptChoices';
import type { FileShape } from './import-messages';
import { StageMap } from './StageMap';
import type { ImportState } from './use-importer';

export interface FileReadingProps {
  ready: Extract<ImportState, { status: 'ready' }>;
  /** The name of the file whose figures stay saved, when this one counts no row. */
  storedName: string | null;
  stages: readonly string[];
  format: FormatOptions;
  onEncoding: (encoding: TextEncoding) => void;
  onHeaderRow: (row: number) => void;
  onColumn: (role: ColumnRole, index: number | null) => void;
  onReadings: (readings: Readings) => void;
  /** What of the last import's corrections this file was read with (null: none, or the user started afresh). */
  kept: Kept | null;
  onAfresh: () => void;
}

export function FileReading({ ready, storedName, stages, format, onEncoding, onHeaderRow, onColumn, onReadings, kept, onAfresh }: FileReadingProps) {
  const { t, lang } = useI18n();
  return (
    <>
      <section class="card file-facts" aria-labelledby="pipeline-file-title">
        <h2 id="pipeline-file-title">{t('pipeline.file.title')}</h2>
        <p>
          {t(pluralKey('pipeline.file.facts', ready.summary.rows, lang), { file: isolate(ready.shape.name), size: formatBytes(ready.shape.size, lang), rows: formatCount(ready.summary.rows, lang) })}
        </p>
        <div class="field">
          <label for="pipeline-encoding">{t('pipeline.file.encoding')}</label>
          <select
            id="pipeline-encoding"
            value={ready.shape.encoding}
            {...(ready.shape.notUtf8 ? { 'aria-describedby': 'pipeline-not-utf8' } : {})}
            onChange={(event) => onEncoding(event.currentTarget.value as TextEncoding)}
          >
            {encodings.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`pipeline.encoding.${encoding}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {ready.shape.notUtf8 && <NotUtf8Notice notUtf8={ready.shape.notUtf8} />}
        <HeaderRow shape={ready.shape} onChange={onHeaderRow} />
      </section>
      {kept && <KeptChoices kept={kept} onAfresh={onAfresh} />}
      {ready.summary.counted === 0 && (
        <p class="notice warning" role="status">
          {storedName !== null
            ? t('pipeline.notSaved.kept', { file: isolate(ready.shape.name), stored: isolate(storedName) })
            : t('pipeline.notSaved.none', { file: isolate(ready.shape.name) })}
        </p>
      )}
      <ColumnMap shape={ready.shape} onChange={onColumn} />
      {ready.shape.mapping.stage !== undefined && (
        <>
          <StageMap values={ready.shape.stageValues} meanings={ready.readings.meanings} stages={[...stages]} lostStage={ready.shape.mapping.lostStage !== undefined} onChange={(meanings) => onReadings({ ...ready.readings, meanings })} />
          <DateReading shape={ready.shape} readings={ready.readings} format={format} currency={currencyReport(ready.summary.amountCurrencies, ready.summary.currency)} onChange={onReadings} />
        </>
      )}
    </>
  );
}

/** From which row a file read as UTF-8 is not, and what was done about it: never replacement characters without a word. */
function NotUtf8Notice({ notUtf8 }: { notUtf8: NonNullable<FileShape['notUtf8']> }) {
  const { t } = useI18n();
  const { row, readAs } = notUtf8;
  return (
    <p id="pipeline-not-utf8" class="notice warning" role="status">
      {readAs === 'utf-8' ? t('pipeline.file.notUtf8.kept', { row }) : t('pipeline.file.notUtf8.switched', { row, encoding: t(`pipeline.encoding.${readAs}` as MessageKey) })}
    </p>
  );
}

/** Which row the header was read from, the rows skipped above it, and the choice of another. */
function HeaderRow({ shape, onChange }: { shape: FileShape; onChange: (row: number) => void }) {
  const { t, lang } = useI18n();
  const skipped = shape.headerRow - 1;
  return (
    <>
      <div class="field">
        <label for="pipeline-header-row">{t('pipeline.file.headerRow')}</label>
        <select id="pipeline-header-row" aria-describedby="pipeline-header-row-hint" value={String(shape.headerRow)} onChange={(event) => onChange(Number(event.currentTarget.value))}>
          {shape.leading.map(({ row, fields }) => (
            <option key={row} value={String(row)}>
              {t('pipeline.file.headerOption', { row, fields: isolate(fields.filter((field) => field !== '').join(' · ')) })}
            </option>
          ))}
        </select>
        <p class="hint" id="pipeline-header-row-hint">
          {t('pipeline.file.headerHint')}
        </p>
      </div>
      {shape.sep !== null && <p class="notice">{shape.sep === '\t' ? t('pipeline.file.sepTab') : t('pipeline.file.sep', { sep: shape.sep })}</p>}
      {skipped > 0 && (
        <p class="notice" role="status">
          {t(pluralKey('pipeline.file.skipped', skipped, lang), { row: shape.headerRow, last: skipped })}
        </p>
      )}
    </>
  );
}
