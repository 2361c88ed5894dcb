import { useEffect, useRef, useState } from 'preact/hooks';
import { isolate } from '../../lib/bidi';
import { formatDate } from '../../lib/format';
import type { ColumnRole } from '../../lib/pipeline/columns';
import type { TextEncoding } from '../../lib/pipeline/encoding';
import type { KeptChoices } from '../../lib/pipeline/carry-over';
import { choicesAfterEdit, noChoices, savedChoices, type Choices } from '../../lib/pipeline/choices';
import type { Readings } from '../../lib/pipeline/measure';
import { fileCurrency } from '../../lib/pipeline/currency';
import { listedStageValues } from '../../lib/pipeline/stage-list';
import { setAsideReasons, type SetAsideReason } from '../../lib/pipeline/summary';
import { defaultPipelineState, MAX_GROUP_ROWS, type MeasuredFile } from '../../lib/pipeline/state';
import { $pipeline, saveMeasured } from '../../stores/pipeline';
import { useSettings } from '../kit/use-settings';
import { datedFilename, downloadText } from '../kit/download';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { StorageBanner } from '../kit/StorageBanner';
import { useClientStore } from '../kit/use-client-store';
import { useLazyModule } from '../kit/use-lazy-module';
import { FileChooser } from './FileChooser';
import { MeasuredFunnel } from './MeasuredFunnel';
import { ReadProgress } from './ReadProgress';
import { SetAsidePanel } from './SetAsidePanel';
import type { FileShape } from './import-messages';
import { useImporter, type ImportState } from './use-importer';
import type { MessageKey } from '../../i18n/messages/types';
import { sentenceGap } from '../../i18n/punctuation';

interface PipelineProps {
  dataHref: string;
  funnelHref: string;
}

/** The user's choices with a column chosen (or none) for a role; a column plays one role. */
function withColumn(choices: Choices, shape: FileShape, role: ColumnRole, index: number | null): Choices {
  const columns = Object.fromEntries(Object.entries(choices.columns).filter(([, ref]) => index === null || ref?.index !== index));
  return { ...choices, columns: { ...columns, [role]: index === null ? null : { index, name: shape.headers[index] ?? '' } } };
}

/** What the workbook keeps of a read file: the mapping by header name, the readings, the summary, the user's corrections. */
function toMeasured(state: Extract<ImportState, { status: 'ready' }>, choices: Choices, headerChosen: boolean): MeasuredFile {
  const { shape, readings, summary, measuredAt } = state;
  const mapping = Object.fromEntries(Object.entries(shape.mapping).map(([role, index]) => [role, shape.headers[index!] ?? ''])) as MeasuredFile['mapping'];
  const top = <T,>(rows: T[]) => rows.slice(0, MAX_GROUP_ROWS);
  // The meanings of the values the page lists (the user can set no other): a column of thousands
  // of values chosen as the stage by mistake would fill the browser's storage with the rest.
  const listed = listedStageValues(shape.stageValues).listed.map(({ value }) => value);
  const meanings = Object.fromEntries(listed.flatMap((value) => (Object.hasOwn(readings.meanings, value) ? [[value, readings.meanings[value]!]] : [])));
  return {
    file: { name: shape.name, size: shape.size, encoding: shape.encoding, measuredAt },
    headers: shape.headers,
    mapping,
    readings: { ...readings, meanings },
    summary: { ...summary, owners: top(summary.owners), products: top(summary.products), sources: top(summary.sources) },
    choices: savedChoices(choices, shape, listed, headerChosen ? shape.headerRow : null),
  };
}

function Pipeline({ dataHref, funnelHref }: PipelineProps) {
  const { t, lang, marks } = useI18n();
  const stored = useClientStore($pipeline, defaultPipelineState()).measured;
  const settings = useSettings();
  // What the user chose for the file on screen (columns, meanings, date orders, decimal mark,
  // header row): a re-read of it keeps them wherever they still apply; a new file starts from
  // the last import's, where they fit it, and the user may start afresh from the guesses.
  const choices = useRef<Choices>(noChoices());
  const headerChoice = useRef<number | undefined>(undefined);
  // The last import the file on screen is read with (null: none, or the user started afresh),
  // and the header row it found by the last file's header line.
  const carrying = useRef<MeasuredFile | null>(null);
  const carriedHeader = useRef<number | null>(null);
  const [kept, setKept] = useState<KeptChoices | null>(null);
  // A file none of whose rows counts (a contacts export, no stage column yet) is shown, not
  // saved: it must not replace the last import that measured something.
  const importer = useImporter((ready, carried) => {
    if (carried) {
      choices.current = carried.choices;
      carriedHeader.current = carried.headerRow;
      setKept(carried.kept);
    }
    if (ready.summary.counted > 0) saveMeasured(toMeasured(ready, choices.current, headerChoice.current !== undefined || carriedHeader.current !== null));
  });
  const [lastFile, setLastFile] = useState<File | null>(null);
  const [planned, setPlanned] = useState<string | null>(null);
  const preferredOrder = lang === 'en' ? 'monthFirst' : 'dayFirst';
  const state = importer.state;
  const ready = state.status === 'ready' ? state : importer.last;
  const summary = ready?.summary ?? stored?.summary ?? null;
  // The planner's store loads once there is something to map or plan from: a file or a summary.
  const planBase = useLazyModule(lastFile !== null || summary !== null, () => import('./plan-base'));
  // How the file on screen was read, and the corrections: only while a file is read in this visit.
  const reading = useLazyModule(ready !== null, () => import('./FileReading'));
  const [stages, setStages] = useState<string[]>([]);
  useEffect(() => planBase?.watchStages(t, setStages), [planBase]);

  // `refit`: the file's header may change (another encoding, another header row), so the last
  // import's corrections are fitted to it again.
  const read = (file: File, options: { encoding?: TextEncoding; headerRow?: number; refit?: boolean } = {}) => {
    setLastFile(file);
    setPlanned(null);
    const headerRow = options.headerRow ?? headerChoice.current;
    // The stage values are mapped to the funnel's stages as they are when the file is read.
    void import('./plan-base').then(({ activeScenario }) =>
      importer.read(file, {
        preferredOrder,
        lang,
        stages: [...activeScenario(t).stages],
        choices: choices.current,
        ...(options.refit && carrying.current ? { last: carrying.current } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(headerRow ? { headerRow } : {}),
      }),
    );
  };
  const readNew = (file: File) => {
    afresh();
    // From the store, not the render: a file dropped before the island started is read at mount,
    // when the render still shows the server's (empty) state.
    carrying.current = $pipeline.get().measured;
    read(file, { refit: true });
  };
  const afresh = () => {
    choices.current = noChoices();
    headerChoice.current = undefined;
    carrying.current = null;
    carriedHeader.current = null;
    setKept(null);
  };
  // The file on screen read again from the guesses alone, without the last import's corrections.
  const startAfresh = () => {
    if (!ready || !lastFile) return;
    afresh();
    read(lastFile, { encoding: ready.shape.encoding });
  };
  const remeasure = (readings: Readings) => {
    if (ready) choices.current = choicesAfterEdit(choices.current, ready.shape, ready.readings, readings);
    importer.remeasure(readings, [...stages]);
  };
  const chooseColumn = (role: ColumnRole, index: number | null) => {
    if (!ready || !lastFile) return;
    choices.current = withColumn(choices.current, ready.shape, role, index);
    read(lastFile, { encoding: ready.shape.encoding, headerRow: ready.shape.headerRow });
  };
  const chooseHeaderRow = (row: number) => {
    if (!ready || !lastFile) return;
    headerChoice.current = row;
    read(lastFile, { encoding: ready.shape.encoding, headerRow: row, refit: true });
  };
  // The file's figures in its own currency wherever it can be told, the workbook plans in it or not.
  const money = fileCurrency(summary?.currency ?? null, settings.currency);
  const format = { locale: lang, currency: money.shown };

  const startPlan = () => {
    const file = ready?.shape.name ?? stored?.file.name ?? '';
    const measuredAt = (ready?.measuredAt ?? stored?.file.measuredAt ?? new Date().toISOString()).slice(0, 10);
    if (!summary || !planBase) return;
    setPlanned(planBase.startPlanFrom(t, summary, file, measuredAt, t('pipeline.plan.name', { file, date: formatDate(measuredAt, lang) })));
  };

  const downloadSetAside = async () => {
    if (!ready) return;
    const reasons = Object.fromEntries(setAsideReasons.map((reason) => [reason, t(`pipeline.why.${reason}`)])) as Record<SetAsideReason, string>;
    const words = { rowHeading: t('pipeline.setAside.rowColumn'), reasonHeading: t('pipeline.setAside.reasonColumn'), reasons, reasonJoin: marks.semicolon };
    const csv = await importer.setAsideCsv(ready.readings, [...stages], words);
    downloadText(datedFilename('set-aside-rows', 'csv'), csv, 'text/csv');
  };

  return (
    <div class="pipeline" data-pagefind-ignore>
      <StorageBanner dataHref={dataHref} />
      <FileChooser onFile={readNew} />
      {state.status === 'reading' && <ReadProgress fileName={state.fileName} share={state.share} rows={state.rows} onCancel={importer.cancel} />}
      {state.status === 'failed' && (
        <p class="notice danger" role="alert">
          {t(`pipeline.failed.${state.reason}` as MessageKey, { file: isolate(state.fileName) })}
        </p>
      )}
      {state.status === 'cancelled' && <p class="notice" role="status">{t('pipeline.progress.cancelled')}</p>}

      {ready ? (
        reading && (
          <reading.FileReading
            ready={ready}
            storedName={stored?.file.name ?? null}
            stages={stages}
            format={format}
            onEncoding={(encoding) => lastFile && read(lastFile, { encoding, refit: true })}
            onHeaderRow={chooseHeaderRow}
            onColumn={chooseColumn}
            onReadings={remeasure}
            kept={kept}
            onAfresh={startAfresh}
          />
        )
      ) : (
        stored && (
          <p class="notice" role="status">
            {t('pipeline.stored', { file: isolate(stored.file.name), date: formatDate(stored.file.measuredAt, lang) })}
          </p>
        )
      )}

      {summary && (ready?.shape.mapping.stage !== undefined || !ready) && (
        <>
          <MeasuredFunnel
            summary={summary}
            format={format}
            amounts={(ready ? ready.shape.mapping.amount : stored?.mapping.amount) !== undefined}
            lostStage={(ready ? ready.shape.mapping.lostStage : stored?.mapping.lostStage) !== undefined}
          />
          <SetAsidePanel groups={summary.setAside} currency={summary.currency ?? ''} onDownload={ready ? () => void downloadSetAside() : null} />
          <section class="card" aria-labelledby="pipeline-plan-title">
            <h2 id="pipeline-plan-title">{t('pipeline.plan.title')}</h2>
            <p>{t('pipeline.plan.body')}</p>
            {money.differs && (
              <p class="notice warning">
                {t('pipeline.currency.differs', { file: money.differs, workbook: settings.currency })}
                {sentenceGap(lang)}
                <a href={dataHref}>{t('pipeline.currency.change')}</a>
              </p>
            )}
            <button type="button" class="button" onClick={startPlan} disabled={summary.winRate === null || !planBase}>
              {t('pipeline.plan.start')}
            </button>
            {summary.winRate === null && <p class="hint">{t('pipeline.plan.needsDecided')}</p>}
            {planned && (
              <p class="notice success" role="status">
                {t('pipeline.plan.done', { name: isolate(planned) })}
                {sentenceGap(lang)}
                <a href={funnelHref}>{t('pipeline.plan.open')}</a>
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** The pipeline page's island: bring a CRM export, read it, map it, measure it, plan from it. */
export default function PipelineImport({ strings, ...props }: PipelineProps & { strings: IslandStrings }) {
  return (
    <IslandRoot strings={strings}>
      <Pipeline {...props} />
    </IslandRoot>
  );
}
