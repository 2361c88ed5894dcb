import type { ActualField } from './entry';

/**
 * A month's stage figures are stored by position in the stages it was first reported against
 * (its plan snapshot's), and the funnel's stages may be added, removed or moved since. So stages
 * are matched by name, never by position; a name that occurs twice is told apart by its turn.
 */
const keysOf = (stages: readonly string[]) =>
  stages.map((stage, i) => {
    const name = stage.trim();
    return `${stages.slice(0, i).filter((s) => s.trim() === name).length} ${name}`;
  });

/** Where the stage `columns[column]` is in `stages`: its index, or -1 when they have no such stage. */
export const stageIn = (columns: readonly string[], column: number, stages: readonly string[]) =>
  keysOf(stages).indexOf(keysOf(columns)[column]!);

/**
 * The stage columns of the actuals table: the stages now, and each stage a month was reported
 * against that the plan no longer has, placed after the stage it followed in that month.
 */
export function stageColumns(
  now: readonly string[],
  months: readonly (readonly string[])[],
): string[] {
  const columns = [...now];
  for (const stages of months) {
    const own = keysOf(stages);
    own.forEach((key, i) => {
      const keys = keysOf(columns);
      // The first stage (own[-1] is none) goes first.
      if (!keys.includes(key)) columns.splice(keys.indexOf(own[i - 1]!) + 1, 0, stages[i]!.trim());
    });
  }
  return columns;
}

/**
 * Where a month keeps the figure of a column: the stage field in its own stages, the field
 * itself for a column that is no stage, null where the month had no such stage.
 */
export function monthField(
  field: ActualField,
  columns: readonly string[],
  stages: readonly string[],
): ActualField | null {
  if (!field.startsWith('stages.')) return field;
  const at = stageIn(columns, Number(field.slice(7)), stages);
  return at < 0 ? null : `stages.${at}`;
}
