import { describe, expect, it } from 'vitest';
import { RecordIds } from './record-ids';

describe('RecordIds', () => {
  it('answers the first row with an id, and -1 the first time an id is seen', () => {
    const ids = new RecordIds();
    expect(ids.firstOf('006A', 0)).toBe(-1);
    expect(ids.firstOf('006B', 1)).toBe(-1);
    expect(ids.firstOf('006A', 2)).toBe(0);
    expect(ids.firstOf('006A', 3)).toBe(0);
    expect(ids.firstOf('006B', 4)).toBe(1);
    expect(ids.firstOf('006a', 5)).toBe(-1);
  });

  it('tells apart ids that share their first hash but not their second', () => {
    const ids = new RecordIds();
    expect(ids.firstOfHashes(42, 1, 0)).toBe(-1);
    expect(ids.firstOfHashes(42, 2, 1)).toBe(-1);
    expect(ids.firstOfHashes(42, 2, 2)).toBe(1);
    expect(ids.firstOfHashes(42, 1, 3)).toBe(0);
  });

  it('keeps every id as the table grows past its first slots', () => {
    const ids = new RecordIds();
    for (let row = 0; row < 5000; row++) expect(ids.firstOf(`id-${row}`, row)).toBe(-1);
    for (let row = 0; row < 5000; row += 7) expect(ids.firstOf(`id-${row}`, 5000 + row)).toBe(row);
  });

  it('lists every noted row that repeats an earlier row’s id, with that row, across batches and within one', () => {
    const ids = new RecordIds();
    for (let row = 0; row < 1000; row++) ids.note(`006-${row % 600}`, row);
    // Rows 600–999 repeat rows 0–399.
    expect(ids.duplicates().size).toBe(400);
    // Rows noted after the list was asked for join it.
    ids.note('006-5', 1000);
    ids.note('006-new', 1001);
    ids.note('006-new', 1002);
    const repeats = ids.duplicates();
    expect(repeats.size).toBe(402);
    expect([repeats.get(600), repeats.get(999), repeats.get(1000), repeats.get(1002)]).toEqual([0, 399, 5, 1001]);
    expect([repeats.has(599), repeats.has(1001)]).toEqual([false, false]);
    // firstOf and note share one table.
    expect(ids.firstOf('006-new', 1003)).toBe(1001);
  });
});
