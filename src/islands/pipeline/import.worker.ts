/// <reference lib="webworker" />
// Reads a CRM export off the main thread: the file's bytes stream through one text decoder into
// Papa Parse (see parseBytes), each row goes into a compact RecordStore, and only shapes and
// aggregates go back to the page. The file never leaves the browser; nothing here makes a request.
import { sniffEncoding, type TextEncoding } from '../../lib/pipeline/encoding';
import { readAmount } from '../../lib/pipeline/amounts';
import { carriedColumns, carryOver, lastChoices } from '../../lib/pipeline/carry-over';
import { keepReadings, noChoices } from '../../lib/pipeline/choices';
import { Ingest, parseBytes, type TextLayout } from '../../lib/pipeline/ingest';
import { guessReadings, measure } from '../../lib/pipeline/measure';
import { isMarkup } from '../../lib/pipeline/markup';
import { encodingAt, rowAt, watchUtf8 } from '../../lib/pipeline/not-utf8';
import { RecordStore } from '../../lib/pipeline/records';
import { SetAsideRows } from '../../lib/pipeline/set-aside-csv';
import type { FileShape, ImportReply, ImportRequest, NotUtf8 } from './import-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportReply) => scope.postMessage(message);

/** The largest file read: a bigger one is refused before it can exhaust the tab's memory. */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;

/** The file read last, as it was read: what measuring again and the set-aside download need. */
let last: { store: RecordStore; file: File; encoding: TextEncoding; headerRow: number; notUtf8: NotUtf8 | null } | null = null;
let reading: AbortController | null = null;

/** Today as a day number of the reader's calendar: a date after it (a slip, "2206") is set aside. */
function today(): number {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
}

/** One pass over a file's bytes in one encoding: its rows into an Ingest, the progress to the page. */
async function readAs(file: File, encoding: TextEncoding, request: Extract<ImportRequest, { type: 'read' }>, signal: AbortSignal, bytes = file.stream()) {
  // A file read with the last import's corrections takes its columns and header line where they
  // are there again, under the user's own choices for this file.
  const own = (request.choices ?? noChoices()).columns;
  const last = request.last ? lastChoices(request.last) : null;
  const ingest = new Ingest({
    columns: last ? (headers) => carriedColumns(last, headers, own) : own,
    ...(request.headerRow ? { headerRow: request.headerRow } : last?.choices.headerRow ? { headerLine: last.headers } : {}),
  });
  let delimiter = ',';
  let lastProgress = 0;
  await parseBytes(
    bytes,
    encoding,
    {
      start(layout: TextLayout) {
        delimiter = layout.delimiter;
        ingest.start(layout);
      },
      rows(rows, bytesRead) {
        ingest.pushAll(rows);
        const share = Math.min(1, bytesRead / Math.max(1, file.size));
        if (share - lastProgress >= 0.02 || share === 1) {
          lastProgress = share;
          reply({ type: 'progress', id: request.id, share, rows: ingest.store?.rows ?? 0 });
        }
      },
      unclosedQuote(fields) {
        ingest.unclosedQuote(fields);
      },
    },
    { signal },
  );
  return { ingest, delimiter };
}

/**
 * Reads a file as UTF-8, checking that it is all the way: the encoding was guessed from the
 * head, and a GBK or windows-1250 file can hold nothing but ASCII for its first 64 KB. At the
 * first byte that is not UTF-8, where `switchEncoding` allows (the guess was the import's, with
 * no byte-order mark to vouch for it) and all before it was ASCII, the read stops and starts
 * again in the encoding that reads the file from that line on; otherwise, or where nothing reads
 * it better, the read goes on as UTF-8. Either way the page says from which row it is not UTF-8.
 */
async function readUtf8(file: File, request: Extract<ImportRequest, { type: 'read' }>, signal: AbortSignal, switchEncoding: boolean) {
  let invalidAt: number | null = null;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort);
  // Only a file all ASCII up to there is read again: its head reads alike in any encoding. A
  // file with UTF-8 text before the flaw (one stray windows-1252 "é" in it, say) stays UTF-8.
  let switching = false;
  const bytes = watchUtf8(file.stream(), (offset, onlyAscii) => {
    invalidAt = offset;
    switching = switchEncoding && onlyAscii;
    if (switching) stop.abort();
  });
  try {
    const first = await readAs(file, 'utf-8', request, stop.signal, bytes);
    if (invalidAt === null || signal.aborted) return { ...first, encoding: 'utf-8' as TextEncoding, notUtf8: null };
    const row = await rowAt(file, invalidAt);
    const better = switching ? await encodingAt(file, invalidAt, request.lang) : null;
    const notUtf8: NotUtf8 = { row, readAs: better ?? 'utf-8' };
    if (!stop.signal.aborted) return { ...first, encoding: 'utf-8' as TextEncoding, notUtf8 };
    return { ...(await readAs(file, notUtf8.readAs, request, signal)), encoding: notUtf8.readAs, notUtf8 };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

async function read(request: Extract<ImportRequest, { type: 'read' }>) {
  // A read asked for while another runs (a new encoding, say) supersedes it.
  reading?.abort();
  const controller = (reading = new AbortController());
  const { file: chosen } = request;
  if (chosen.size > MAX_FILE_BYTES) return reply({ type: 'failed', id: request.id, reason: 'tooLarge' });
  const head = new Uint8Array(await chosen.slice(0, 65_536).arrayBuffer());
  const sniffed = sniffEncoding(head, request.lang);
  if (!sniffed.ok) return reply({ type: 'failed', id: request.id, reason: sniffed.reason });
  const asked = request.encoding ?? sniffed.encoding;
  if (isMarkup(new TextDecoder(asked).decode(head.subarray(0, 1024)))) return reply({ type: 'failed', id: request.id, reason: 'markup' });
  const choices = request.choices ?? noChoices();

  const { ingest, delimiter, encoding, notUtf8 } =
    asked === 'utf-8'
      ? await readUtf8(chosen, request, controller.signal, request.encoding === undefined && !sniffed.bom)
      : { ...(await readAs(chosen, asked, request, controller.signal)), encoding: asked, notUtf8: last?.file === chosen && last.encoding === asked ? last.notUtf8 : null };
  if (controller.signal.aborted) return controller === reading ? reply({ type: 'cancelled', id: request.id }) : undefined;
  reading = null;
  const failure = ingest.failure;
  if (failure) return reply({ type: 'failed', id: request.id, reason: failure });
  // No failure: the header was found, and rows under it.
  const [headers, ready, samples] = [ingest.headers!, ingest.store!, ingest.samples];

  last = { store: ready, file: chosen, encoding, headerRow: ingest.headerRow, notUtf8 };
  const shape: FileShape = {
    name: chosen.name,
    size: chosen.size,
    encoding,
    bom: request.encoding === undefined ? sniffed.bom : false,
    notUtf8,
    delimiter,
    sep: ingest.sep,
    headerRow: ingest.headerRow,
    leading: ingest.leading,
    headers,
    samples,
    mapping: ready.mapping,
    stageValues: ready.stageValues(),
    dates: Object.fromEntries(Object.entries(ready.dates).map(([role, column]) => [role, { tally: column.tally, samples: column.samples }])),
    amountSamples: (ready.amount?.shown ?? []).map((raw) => {
      const reading = readAmount(raw);
      return reading.kind !== 'number' ? { raw, value: null } : reading.comma === undefined ? { raw, value: reading.value } : { raw, value: reading.value, comma: reading.comma };
    }),
  };
  // The user's stage meanings, date orders and decimal mark hold wherever they still apply: for
  // a new file, the last import's where they fit it.
  const guessed = guessReadings(ready, request.preferredOrder);
  const carried = request.last
    ? carryOver(
        lastChoices(request.last),
        {
          headers,
          mapping: ready.mapping,
          guessedMapping: ingest.guessedMapping,
          headerRow: ingest.headerRow,
          guessedHeaderRow: ingest.guessedHeaderRow,
          headerRowChosen: request.headerRow !== undefined,
          guessed,
          dates: Object.fromEntries(Object.entries(ready.dates).map(([role, column]) => [role, column.tally])),
          amounts: ready.amount?.tally ?? null,
          stageCount: request.stages.length,
        },
        choices,
      )
    : undefined;
  const readings = keepReadings(guessed, headers, ready.mapping, carried?.choices ?? choices);
  reply({ type: 'read', id: request.id, shape, readings, summary: measure(ready, readings, request.stages, { today: today() }), ...(carried ? { carried } : {}) });
}

/** The set-aside rows of the file read last, as CSV: the header, a row-number and a reason column, each row as it was. */
async function setAside(request: Extract<ImportRequest, { type: 'setAside' }>) {
  if (!last) return;
  const { store, file, encoding, headerRow } = last;
  // Every row of every reason, not the first 200 the page lists: measured again, listing all.
  const { setAside: groups } = measure(store, request.readings, request.stages, { today: today(), listed: Infinity });
  const rows = new SetAsideRows(groups, headerRow, request.words);
  await parseBytes(file.stream(), encoding, rows);
  reply({ type: 'setAside', csv: rows.csv() });
}

scope.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'read':
      void read(request).catch(() => reply({ type: 'failed', id: request.id, reason: 'unreadable' }));
      break;
    case 'measure':
      if (last) reply({ type: 'measured', summary: measure(last.store, request.readings, request.stages, { today: today() }) });
      break;
    case 'setAside':
      void setAside(request);
      break;
    case 'cancel':
      reading?.abort();
      break;
  }
});
