/**
 * Which stage values the page lists for the user to say what each means. A stage or status
 * column holds a few values; one with thousands (a deal name or ID column chosen as the stage by
 * mistake) would draw a choice per value and hold the page for minutes. Past a hundred, the most
 * frequent are listed and the rest counted; each unlisted value keeps the meaning its words give.
 */
import type { StageValue } from './stages';

/** Values listed at most: more than any real stage column holds. */
export const MAX_LISTED_STAGE_VALUES = 100;

export function listedStageValues(values: readonly StageValue[], max = MAX_LISTED_STAGE_VALUES): { listed: readonly StageValue[]; unlisted: number } {
  if (values.length <= max) return { listed: values, unlisted: 0 };
  // The most frequent (the first seen on a tie), shown in the file's order.
  const kept = new Set(
    values
      .map((value, index) => ({ count: value.count, index }))
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .slice(0, max)
      .map(({ index }) => index),
  );
  return { listed: values.filter((_, index) => kept.has(index)), unlisted: values.length - max };
}
