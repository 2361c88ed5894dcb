// Every CRM fixture (test/fixtures/crm, written by its seeded generator with an independent
// oracle of the figures) read the way the import worker reads it, and measured: the figures
// must match the oracle's.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../src/lib/pipeline/encoding';
import { Ingest } from '../../src/lib/pipeline/ingest';
import { guessReadings, measure } from '../../src/lib/pipeline/measure';
import type { StageMeaning } from '../../src/lib/pipeline/stages';
import type { PipelineSummary } from '../../src/lib/pipeline/summary';

const dir = new URL('../fixtures/crm/', import.meta.url);
type Expected = PipelineSummary & { stageMap: Record<string, string>; stageOrder: string[] };

/** Reads a fixture as the worker does: sniff, decode, parse, ingest. */
type Read = { failed: string; ingest?: undefined } | { failed?: undefined; ingest: Ingest; encoding: string };

function read(name: string): Read {
  const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
  const sniffed = sniffEncoding(bytes.subarray(0, 65_536));
  if (!sniffed.ok) return { failed: sniffed.reason };
  const text = new TextDecoder(sniffed.encoding).decode(bytes);
  const ingest = new Ingest();
  for (const fields of Papa.parse<string[]>(text, { skipEmptyLines: false }).data) ingest.push(fields);
  if (!ingest.store) return { failed: 'empty' };
  if (ingest.store.rows === 0) return { failed: 'headerOnly' };
  return { ingest, encoding: sniffed.encoding };
}

/** Numbers equal within a relative 1e-9; everything else exactly. */
function close(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: ${JSON.stringify(actual)?.slice(0, 200)} ≠ ${JSON.stringify(expected).slice(0, 200)}`];
    return expected.flatMap((item, i) => close(actual[i], item, `${path}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    return Object.entries(expected).flatMap(([key, item]) => close((actual as Record<string, unknown>)?.[key], item, `${path}.${key}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

const readable = ['salesforce', 'hubspot', 'pipedrive', 'chinese-crm', 'semicolon-decimal-comma', 'dd-mm-yy', 'utf16', 'large', 'ragged'];

describe.each(readable)('the %s fixture', (name) => {
  const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
  const result = read(`${name}.csv`);

  it('measures to the oracle’s figures', () => {
    if (!result.ingest) throw new Error(`${name} could not be read: ${result.failed}`);
    const store = result.ingest.store!;
    const readings = guessReadings(store, 'monthFirst');
    // The oracle's stage map: won and lost as guessed; open values placed on its stage order.
    const stages = [...expected.stageOrder, 'won'];
    const meanings: Record<string, StageMeaning> = {};
    for (const [value, meaning] of Object.entries(expected.stageMap)) {
      const at = expected.stageOrder.indexOf(meaning);
      meanings[value] = meaning === 'won' || meaning === 'lost' ? meaning : at >= 0 ? { stage: at } : 'open';
      // The guess reads won and lost from the words of every value the file holds.
      if (value in readings.meanings) expect(readings.meanings[value], `guessed meaning of ${value}`).toBe(meaning === 'won' || meaning === 'lost' ? meaning : 'open');
    }
    const summary = measure(store, { ...readings, meanings }, stages);
    const { stageMap: _map, stageOrder: _order, setAside, stageReach, ...figures } = expected as Expected & { notes?: unknown; file?: unknown };
    delete (figures as { notes?: unknown }).notes;
    delete (figures as { file?: unknown }).file;
    expect(close(summary, figures)).toEqual([]);
    // The oracle lists the funnel's open stages; the measured reach adds the last stage, the won deals.
    expect(summary.stageReach.slice(0, stageReach.length)).toEqual(stageReach);
    if (stageReach.length) expect(summary.stageReach.at(-1)).toEqual({ stage: 'won', count: expected.outcomes.won });
    const byReason = (groups: PipelineSummary['setAside']) => [...groups].sort((a, b) => a.reason.localeCompare(b.reason));
    expect(byReason(summary.setAside)).toEqual(byReason(setAside));
  });
});

describe.each([
  ['empty', 'empty'],
  ['header-only', 'headerOnly'],
  ['image', 'notText'],
])('the %s fixture', (name, reason) => {
  it(`is refused as ${reason}`, () => {
    expect(JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8'))).toEqual({ error: reason });
    expect(read(`${name}.csv`)).toEqual({ failed: reason });
  });
});

it('finds no stage column in a file that has none, but reads its rows', () => {
  expect(JSON.parse(readFileSync(new URL('no-stage-column.expected.json', dir), 'utf8'))).toEqual({ error: 'noStageColumn' });
  const result = read('no-stage-column.csv');
  expect(result.ingest?.store?.rows).toBeGreaterThan(0);
  expect(result.ingest?.store?.mapping.stage).toBeUndefined();
});
