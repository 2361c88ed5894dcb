import { useEffect, useRef, useState } from 'preact/hooks';
import type { DateOrder } from '../../lib/pipeline/dates';
import type { TextEncoding } from '../../lib/pipeline/encoding';
import type { CarryOver, LastImport } from '../../lib/pipeline/carry-over';
import type { Choices } from '../../lib/pipeline/choices';
import type { Readings } from '../../lib/pipeline/measure';
import type { SetAsideWords } from '../../lib/pipeline/set-aside-csv';
import type { PipelineSummary } from '../../lib/pipeline/summary';
import type { FileShape, ImportReply, ImportRequest } from './import-messages';

export type Failure = Extract<ImportReply, { type: 'failed' }>['reason'];

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; share: number; rows: number }
  | { status: 'failed'; fileName: string; reason: Failure }
  | { status: 'cancelled'; fileName: string }
  | { status: 'ready'; shape: FileShape; readings: Readings; summary: PipelineSummary; measuredAt: string };

/**
 * The import worker and what it reports. The worker (with Papa Parse) loads when the first
 * file arrives, never with the page. A file read replaces the last one only once it is read
 * through: cancelling, or a file that cannot be read, leaves the last analysis as it was. A file
 * read while another is still being read replaces that read: the worker stops it.
 * `onMeasured` hears each new summary, and, with a file read with the last import's
 * corrections, what of them it was read with.
 */
export function useImporter(onMeasured: (state: Extract<ImportState, { status: 'ready' }>, carried?: CarryOver) => void) {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const ready = useRef<Extract<ImportState, { status: 'ready' }> | null>(null);
  const pendingCsv = useRef<((csv: string) => void) | null>(null);
  /** The read the page waits for: what the worker says of one it replaced is let pass. */
  const reads = useRef(0);
  const measured = useRef(onMeasured);
  measured.current = onMeasured;

  useEffect(() => () => worker.current?.terminate(), []);

  const post = (request: ImportRequest) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      worker.current.addEventListener('message', (event: MessageEvent<ImportReply>) => receive(event.data));
    }
    worker.current.postMessage(request);
  };

  const receive = (message: ImportReply) => {
    if ('id' in message && message.id !== reads.current) return;
    switch (message.type) {
      case 'progress':
        setState((current) => (current.status === 'reading' ? { ...current, share: message.share, rows: message.rows } : current));
        break;
      case 'read': {
        const next = { status: 'ready' as const, shape: message.shape, readings: message.readings, summary: message.summary, measuredAt: new Date().toISOString() };
        ready.current = next;
        setState(next);
        measured.current(next, message.carried);
        break;
      }
      case 'measured': {
        if (!ready.current) break;
        const next = { ...ready.current, summary: message.summary };
        ready.current = next;
        setState(next);
        measured.current(next);
        break;
      }
      case 'setAside':
        pendingCsv.current?.(message.csv);
        pendingCsv.current = null;
        break;
      case 'cancelled':
        setState((current) => (ready.current ?? { status: 'cancelled', fileName: current.status === 'reading' ? current.fileName : '' }));
        break;
      case 'failed':
        setState((current) => ({ status: 'failed', fileName: current.status === 'reading' ? current.fileName : '', reason: message.reason }));
        break;
    }
  };

  return {
    state,
    /** The analysis on screen while another file is read (the last one read through). */
    last: ready.current,
    read(file: File, options: { encoding?: TextEncoding; headerRow?: number; choices?: Choices; last?: LastImport; preferredOrder: DateOrder; lang: string; stages: string[] }) {
      setState({ status: 'reading', fileName: file.name, share: 0, rows: 0 });
      const { encoding, headerRow, choices, last, preferredOrder, lang, stages } = options;
      post({ type: 'read', id: ++reads.current, file, preferredOrder, lang, stages, ...(encoding ? { encoding } : {}), ...(headerRow ? { headerRow } : {}), ...(choices ? { choices } : {}), ...(last ? { last } : {}) });
    },
    remeasure(readings: Readings, stages: string[]) {
      if (!ready.current) return;
      ready.current = { ...ready.current, readings };
      setState(ready.current);
      post({ type: 'measure', readings, stages });
    },
    cancel() {
      post({ type: 'cancel' });
    },
    /** Every row set aside under `readings`, as CSV, each with its row number and reasons in the page's `words`. */
    setAsideCsv(readings: Readings, stages: string[], words: SetAsideWords): Promise<string> {
      return new Promise((resolve) => {
        pendingCsv.current = resolve;
        post({ type: 'setAside', readings, stages, words });
      });
    },
  };
}
