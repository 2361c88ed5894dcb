/// <reference lib="webworker" />
// Reads a CRM export off the main thread: Papa Parse streams the file in chunks, each row goes
// into a compact RecordStore, and only shapes and aggregates go back to the page. The file
// never leaves the browser; nothing here makes a request.
import Papa from 'papaparse';
import { sniffEncoding } from '../../lib/pipeline/encoding';
import { Ingest } from '../../lib/pipeline/ingest';
import { guessReadings, measure } from '../../lib/pipeline/measure';
import { RecordStore } from '../../lib/pipeline/records';
import type { FileShape, ImportReply, ImportRequest } from './import-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportReply) => scope.postMessage(message);

/** The largest file read: a bigger one is refused before it can exhaust the tab's memory. */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;
// Chunks of a megabyte: a progress step every few thousand rows, little memory held at once.
Papa.LocalChunkSize = 1024 * 1024;

let store: RecordStore | null = null;
let file: File | null = null;
let encoding = 'utf-8';
let running: Papa.Parser | null = null;
let cancelled = false;

async function read(request: Extract<ImportRequest, { type: 'read' }>) {
  cancelled = false;
  const { file: chosen } = request;
  if (chosen.size > MAX_FILE_BYTES) return reply({ type: 'failed', reason: 'tooLarge' });
  const head = new Uint8Array(await chosen.slice(0, 65_536).arrayBuffer());
  const sniffed = sniffEncoding(head, request.chinese);
  if (!sniffed.ok) return reply({ type: 'failed', reason: sniffed.reason });
  const textEncoding = request.encoding ?? sniffed.encoding;

  const ingest = new Ingest(request.mapping);
  let delimiter = ',';
  let lastProgress = 0;

  await new Promise<void>((done) => {
    Papa.parse<string[]>(chosen, {
      encoding: textEncoding,
      skipEmptyLines: false,
      chunk: (results, parser) => {
        running = parser;
        if (cancelled) return parser.abort();
        delimiter = results.meta.delimiter || delimiter;
        ingest.pushAll(results.data);
        const share = Math.min(1, results.meta.cursor / Math.max(1, chosen.size / (textEncoding.startsWith('utf-16') ? 2 : 1)));
        if (share - lastProgress >= 0.02 || share === 1) {
          lastProgress = share;
          reply({ type: 'progress', share, rows: ingest.store?.rows ?? 0 });
        }
      },
      complete: () => done(),
      error: () => done(),
    });
  });
  running = null;
  if (cancelled) return reply({ type: 'cancelled' });
  const { headers, store: ready, samples } = ingest;
  if (!headers || !ready) return reply({ type: 'failed', reason: 'empty' });
  if (ready.rows === 0) return reply({ type: 'failed', reason: 'headerOnly' });

  store = ready;
  file = chosen;
  encoding = textEncoding;
  const shape: FileShape = {
    name: chosen.name,
    size: chosen.size,
    encoding: textEncoding,
    bom: request.encoding === undefined ? sniffed.bom : false,
    delimiter,
    headers,
    samples,
    mapping: ready.mapping,
    stageValues: ready.stage.names.map((value, i) => ({ value, count: ready.stage.counts[i]! })),
    dates: Object.fromEntries(Object.entries(ready.dates).map(([role, column]) => [role, { tally: column.tally, samples: column.samples }])),
  };
  const readings = guessReadings(ready, request.preferredOrder);
  reply({ type: 'read', shape, readings, summary: measure(ready, readings, request.stages) });
}

/** The set-aside rows of the file read last, as CSV: the header, a reason column, each row as it was. */
async function setAside(request: Extract<ImportRequest, { type: 'setAside' }>) {
  if (!file) return;
  const wanted = new Map(request.rows.map(({ row, reasons }) => [row, reasons]));
  const out: string[][] = [];
  let sheetRow = 0;
  await new Promise<void>((done) => {
    Papa.parse<string[]>(file!, {
      encoding,
      skipEmptyLines: false,
      chunk: (results) => {
        for (const fields of results.data) {
          sheetRow++;
          if (sheetRow === 1) out.push([request.reasonHeader, ...fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name))]);
          else if (wanted.has(sheetRow)) out.push([wanted.get(sheetRow)!, ...fields]);
        }
      },
      complete: () => done(),
      error: () => done(),
    });
  });
  // A byte-order mark, so spreadsheet programs open the file as UTF-8.
  reply({ type: 'setAside', csv: `\uFEFF${Papa.unparse(out)}` });
}

scope.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'read':
      void read(request).catch(() => reply({ type: 'failed', reason: 'unreadable' }));
      break;
    case 'measure':
      if (store) reply({ type: 'measured', summary: measure(store, request.readings, request.stages) });
      break;
    case 'setAside':
      void setAside(request);
      break;
    case 'cancel':
      cancelled = true;
      running?.abort();
      break;
  }
});
