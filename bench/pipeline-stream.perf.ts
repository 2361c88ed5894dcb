// The import worker's own path, as it reads a File: the bytes through one streaming text decoder
// into Papa Parse (parseBytes), the rows into a RecordStore, then measured. Set against Papa
// Parse alone over the same text already decoded (pipeline.perf.ts's baseline), so the cost of
// decoding in one stream (and checking it is UTF-8), and of the row hand-over, shows. Prints figures; asserts only that they exist.
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { Ingest, parseBytes } from '../src/lib/pipeline/ingest';
import { guessReadings, measure } from '../src/lib/pipeline/measure';
import { watchUtf8 } from '../src/lib/pipeline/not-utf8';
import { exportText, STAGES } from './crm-export';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function papaAlone(text: string): number {
  let rows = 0;
  Papa.parse<string[]>(text, { chunkSize: 1024 * 1024, chunk: (results: Papa.ParseResult<string[]>) => void (rows += results.data.length) } as Papa.ParseConfig<string[]>);
  return rows;
}

async function workerPath(file: Blob) {
  const ingest = new Ingest();
  // Checked as UTF-8 on the way, as the worker checks a file guessed UTF-8 from its head.
  await parseBytes(watchUtf8(file.stream(), () => {}), 'utf-8', ingest);
  const store = ingest.store!;
  return measure(store, guessReadings(store, 'monthFirst'), STAGES);
}

it('CRM import: 100,000 rows from a File’s bytes, streamed, decoded, parsed, read and measured', async () => {
  const text = exportText(100_000);
  const file = new Blob([new TextEncoder().encode(text)]);
  const mb = (file.size / 1024 / 1024).toFixed(1);
  const parser: number[] = [];
  const pipeline: number[] = [];
  const time = async (work: () => unknown) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  papaAlone(text);
  await workerPath(file);
  for (let i = 0; i < 9; i++) {
    parser.push(await time(() => papaAlone(text)));
    pipeline.push(await time(() => workerPath(file)));
  }
  expect((await workerPath(file)).rows).toBe(100_000);
  const [papa, whole] = [median(parser), median(pipeline)];
  console.log(
    `\npipeline: 100,000 rows (${mb} MB) as the worker reads a File, median of 9 runs in turns: Papa Parse alone over decoded text ${papa.toFixed(0)} ms, bytes → one decoder → parse → read → measure ${whole.toFixed(0)} ms, ${(whole / papa).toFixed(2)}× (aim ≤ 2.5×)`,
  );
});
