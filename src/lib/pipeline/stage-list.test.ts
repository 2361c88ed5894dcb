import { describe, expect, it } from 'vitest';
import { listedStageValues } from './stage-list';

describe('listedStageValues', () => {
  it('lists every value of a stage column, in the file’s order', () => {
    const values = [
      { value: 'Prospecting', count: 3 },
      { value: 'Closed Won', count: 9 },
      { value: 'Closed Lost', count: 1 },
    ];
    expect(listedStageValues(values, 3)).toEqual({ listed: values, unlisted: 0 });
  });

  it('lists the most frequent where a column holds more values than a stage column has, still in the file’s order', () => {
    const values = [
      { value: 'a', count: 1 },
      { value: 'b', count: 5 },
      { value: 'c', count: 2 },
      { value: 'd', count: 5 },
      { value: 'e', count: 1 },
    ];
    expect(listedStageValues(values, 3)).toEqual({ listed: [values[1], values[2], values[3]], unlisted: 2 });
  });

  it('lists at most a hundred by default, however many there are', () => {
    const values = Array.from({ length: 30_000 }, (_, i) => ({ value: `Deal ${i}`, count: 1 }));
    const { listed, unlisted } = listedStageValues(values);
    expect(listed).toEqual(values.slice(0, 100));
    expect(unlisted).toBe(29_900);
  });
});
