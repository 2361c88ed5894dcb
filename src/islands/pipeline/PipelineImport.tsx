import { useEffect, useState } from 'preact/hooks';
import { isolate } from '../../lib/bidi';
import { formatBytes, formatDate } from '../../lib/format';
import type { ColumnMapping } from '../../lib/pipeline/columns';
import { encodings, type TextEncoding } from '../../lib/pipeline/encoding';
import type { Readings } from '../../lib/pipeline/measure';
import { defaultPipelineState, MAX_GROUP_ROWS, type MeasuredFile } from '../../lib/pipeline/state';
import { defaultSettings } from '../../lib/settings';
import { $pipeline, saveMeasured } from '../../stores/pipeline';
import { $settings } from '../../stores/settings';
import { datedFilename, downloadText } from '../kit/download';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { StorageBanner } from '../kit/StorageBanner';
import { useClientStore } from '../kit/use-client-store';
import { useLazyModule } from '../kit/use-lazy-module';
import { ColumnMap } from './ColumnMap';
import { DateReading } from './DateReading';
import { FileChooser } from './FileChooser';
import { MeasuredFunnel } from './MeasuredFunnel';
import { ReadProgress } from './ReadProgress';
import { SetAsidePanel } from './SetAsidePanel';
import { StageMap } from './StageMap';
import { useImporter, type ImportState } from './use-importer';
import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';

interface PipelineProps {
  dataHref: string;
  funnelHref: string;
}

/** What the workbook keeps of a read file: the mapping by header name, the readings, the summary. */
function toMeasured(state: Extract<ImportState, { status: 'ready' }>): MeasuredFile {
  const { shape, readings, summary, measuredAt } = state;
  const mapping = Object.fromEntries(Object.entries(shape.mapping).map(([role, index]) => [role, shape.headers[index!] ?? ''])) as MeasuredFile['mapping'];
  const top = <T,>(rows: T[]) => rows.slice(0, MAX_GROUP_ROWS);
  return {
    file: { name: shape.name, size: shape.size, encoding: shape.encoding, measuredAt },
    headers: shape.headers,
    mapping,
    readings,
    summary: { ...summary, owners: top(summary.owners), products: top(summary.products), sources: top(summary.sources) },
  };
}

function Pipeline({ dataHref, funnelHref }: PipelineProps) {
  const { t, lang } = useI18n();
  const stored = useClientStore($pipeline, defaultPipelineState()).measured;
  const settings = useClientStore($settings, defaultSettings());
  const importer = useImporter((ready) => saveMeasured(toMeasured(ready)));
  const [lastFile, setLastFile] = useState<File | null>(null);
  const [planned, setPlanned] = useState<string | null>(null);
  const preferredOrder = lang === 'en' ? 'monthFirst' : 'dayFirst';
  const state = importer.state;
  const ready = state.status === 'ready' ? state : importer.last;
  const summary = ready?.summary ?? stored?.summary ?? null;
  // The planner's store loads once there is something to map or plan from: a file or a summary.
  const planBase = useLazyModule(lastFile !== null || summary !== null, () => import('./plan-base'));
  const [stages, setStages] = useState<string[]>([]);
  useEffect(() => planBase?.watchStages(t, setStages), [planBase]);

  const read = (file: File, options: { encoding?: TextEncoding; mapping?: ColumnMapping } = {}) => {
    setLastFile(file);
    setPlanned(null);
    // The stage values are mapped to the funnel's stages as they are when the file is read.
    void import('./plan-base').then(({ activeScenario }) =>
      importer.read(file, { preferredOrder, chinese: lang === 'zh-TW' ? 'big5' : 'gb18030', stages: [...activeScenario(t).stages], ...options }),
    );
  };
  const remeasure = (readings: Readings) => importer.remeasure(readings, [...stages]);
  const format = { locale: lang, currency: settings.currency };

  const startPlan = () => {
    const file = ready?.shape.name ?? stored?.file.name ?? '';
    const measuredAt = (ready?.measuredAt ?? stored?.file.measuredAt ?? new Date().toISOString()).slice(0, 10);
    if (!summary || !planBase) return;
    setPlanned(planBase.startPlanFrom(t, summary, file, measuredAt, t('pipeline.plan.name', { file, date: formatDate(measuredAt, lang) })));
  };

  const downloadSetAside = async () => {
    if (!ready) return;
    const rows = new Map<number, string[]>();
    for (const group of ready.summary.setAside) {
      for (const row of group.rows) rows.set(row, [...(rows.get(row) ?? []), t(`pipeline.reason.${group.reason}` as MessageKey, { n: 1 })]);
    }
    const csv = await importer.setAsideCsv(
      [...rows].sort((a, b) => a[0] - b[0]).map(([row, reasons]) => ({ row, reasons: reasons.join('; ') })),
      t('pipeline.setAside.reasonColumn'),
    );
    downloadText(datedFilename('set-aside-rows', 'csv'), csv, 'text/csv');
  };

  return (
    <div class="pipeline" data-pagefind-ignore>
      <StorageBanner dataHref={dataHref} />
      <FileChooser onFile={(file) => read(file)} disabled={state.status === 'reading'} />
      {state.status === 'reading' && <ReadProgress fileName={state.fileName} share={state.share} rows={state.rows} onCancel={importer.cancel} />}
      {state.status === 'failed' && (
        <p class="notice danger" role="alert">
          {t(`pipeline.failed.${state.reason}` as MessageKey, { file: isolate(state.fileName) })}
        </p>
      )}
      {state.status === 'cancelled' && <p class="notice" role="status">{t('pipeline.progress.cancelled')}</p>}

      {ready ? (
        <>
          <section class="card file-facts" aria-labelledby="pipeline-file-title">
            <h2 id="pipeline-file-title">{t('pipeline.file.title')}</h2>
            <p>
              {t(pluralKey('pipeline.file.facts', ready.summary.rows, lang), { file: isolate(ready.shape.name), size: formatBytes(ready.shape.size, lang), rows: ready.summary.rows })}
            </p>
            <div class="field">
              <label for="pipeline-encoding">{t('pipeline.file.encoding')}</label>
              <select
                id="pipeline-encoding"
                value={ready.shape.encoding}
                onChange={(event) => lastFile && read(lastFile, { encoding: event.currentTarget.value as TextEncoding, mapping: ready.shape.mapping })}
              >
                {encodings.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {t(`pipeline.encoding.${encoding}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
          </section>
          <ColumnMap shape={ready.shape} onChange={(mapping) => lastFile && read(lastFile, { encoding: ready.shape.encoding, mapping })} />
          {ready.shape.mapping.stage !== undefined && (
            <>
              <StageMap values={ready.shape.stageValues} meanings={ready.readings.meanings} stages={stages} onChange={(meanings) => remeasure({ ...ready.readings, meanings })} />
              <DateReading shape={ready.shape} readings={ready.readings} onChange={remeasure} />
            </>
          )}
        </>
      ) : (
        stored && (
          <p class="notice" role="status">
            {t('pipeline.stored', { file: isolate(stored.file.name), date: formatDate(stored.file.measuredAt, lang) })}
          </p>
        )
      )}

      {summary && (ready?.shape.mapping.stage !== undefined || !ready) && (
        <>
          <MeasuredFunnel summary={summary} format={format} />
          <SetAsidePanel groups={summary.setAside} onDownload={ready ? () => void downloadSetAside() : null} />
          <section class="card" aria-labelledby="pipeline-plan-title">
            <h2 id="pipeline-plan-title">{t('pipeline.plan.title')}</h2>
            <p>{t('pipeline.plan.body')}</p>
            <button type="button" class="button" onClick={startPlan} disabled={summary.winRate === null || !planBase}>
              {t('pipeline.plan.start')}
            </button>
            {summary.winRate === null && <p class="hint">{t('pipeline.plan.needsDecided')}</p>}
            {planned && (
              <p class="notice success" role="status">
                {t('pipeline.plan.done', { name: isolate(planned) })} <a href={funnelHref}>{t('pipeline.plan.open')}</a>
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
