import { leadGrades, type LeadGrade } from '../sla/draft';
import {
  emptyMonth,
  type MonthEntry,
  type PlanSnapshot,
  type SlaActuals,
  type TrackingState,
} from './tracking';

/**
 * Entering actuals: the state changes the review's inputs make, as pure functions the store's
 * actions call. The rule they keep: the plan that applied to a month is captured with it the
 * first time any actual is entered, and never replaced while the month holds a figure, so a
 * later change to the plan or the SLA leaves past months' targets as they were. A month whose
 * every figure is cleared is as if never reported: its snapshot goes with the last figure.
 */

type SlaField = Exclude<keyof SlaActuals, 'firstResponse'>;

/** A field of a month's actuals, by path: the same paths the problems carry. */
export type ActualField =
  `stages.${number}` | 'revenue' | 'spend' | `sla.${SlaField}` | `sla.firstResponse.${LeadGrade}`;

/** The columns of the actuals table, in order: each stage, revenue, spend, then the SLA measures. */
export function actualFields(stageCount: number): ActualField[] {
  return [
    ...Array.from({ length: stageCount }, (_, i) => `stages.${i}` as const),
    'revenue',
    'spend',
    'sla.mqlsDelivered',
    ...leadGrades.map((g) => `sla.firstResponse.${g}` as const),
    'sla.attempts',
    'sla.sqlAcceptance',
    'sla.recycledHandled',
    'sla.handoverHours',
  ];
}

function withField(entry: MonthEntry, field: ActualField, text: string): MonthEntry {
  const [head, key, grade] = field.split('.') as [string, string?, string?];
  if (head === 'stages') {
    const stages = [...entry.stages];
    const index = Number(key);
    while (stages.length < index) stages.push('');
    stages[index] = text;
    return { ...entry, stages };
  }
  if (head === 'revenue' || head === 'spend') return { ...entry, [head]: text };
  if (key === 'firstResponse') {
    return {
      ...entry,
      sla: {
        ...entry.sla,
        firstResponse: { ...entry.sla.firstResponse, [grade as LeadGrade]: text },
      },
    };
  }
  return { ...entry, sla: { ...entry.sla, [key as SlaField]: text } };
}

/** A month's figures, as typed (text) or as read (readings): both are laid out alike. */
export interface MonthFigures<T> {
  stages: readonly T[];
  revenue: T;
  spend: T;
  sla: { [K in SlaField]: T } & { firstResponse: Record<LeadGrade, T> };
}

/** One field of a month's figures by its path; undefined for a stage beyond them. */
export function figureAt<T>(month: MonthFigures<T>, field: ActualField): T | undefined {
  const [head, key, grade] = field.split('.') as [string, string?, string?];
  if (head === 'stages') return month.stages[Number(key)];
  if (head === 'revenue' || head === 'spend') return month[head];
  if (key === 'firstResponse') return month.sla.firstResponse[grade as LeadGrade];
  return month.sla[key as SlaField];
}

/** The text of one field of a month, as typed ('' when nothing was entered): what its input shows. */
export const actualText = (entry: MonthEntry | undefined, field: ActualField): string =>
  (entry && figureAt(entry, field)) ?? '';

/** The plan for a month as it is now, or null when there is none to keep (no workable scenario). */
export type SnapshotOf = (month: string) => PlanSnapshot | null;

/** Sets one field of a month, as typed; the month keeps the plan now if this is its first actual, and drops it with its last. */
export function setActual(
  state: TrackingState,
  month: string,
  field: ActualField,
  text: string,
  snapshotOf: SnapshotOf,
): TrackingState {
  return setActuals(state, [{ month, field, text }], snapshotOf);
}

/** Sets several fields at once (a paste): one new state, each month snapshotted at most once. */
export function setActuals(
  state: TrackingState,
  cells: readonly { month: string; field: ActualField; text: string }[],
  snapshotOf: SnapshotOf,
): TrackingState {
  const months = { ...state.months };
  for (const { month, field, text } of cells) {
    let entry = withField(months[month] ?? emptyMonth(), field, text);
    if (!entry.plan && text.trim() !== '') {
      const snapshot = snapshotOf(month);
      if (snapshot) entry = { ...entry, plan: snapshot };
    } else if (entry.plan && !hasFigures(entry)) {
      // Every figure cleared: as if never reported, so a new first figure keeps the plan of then.
      const { plan: _dropped, ...rest } = entry;
      entry = rest;
    }
    months[month] = entry;
  }
  return { ...state, months };
}

/**
 * The cells of a pasted block (see `parsePaste`) placed from a month and a column: row r goes
 * to `months[first + r]`, cell c to `fields[column + c]`. The block was checked to fit.
 */
export function pastedCells(
  grid: readonly (readonly string[])[],
  months: readonly string[],
  fields: readonly ActualField[],
  at: { month: number; column: number },
): { month: string; field: ActualField; text: string }[] {
  return grid.flatMap((row, r) => {
    const month = months[at.month + r];
    if (month === undefined) return [];
    return row.flatMap((text, c) => {
      const field = fields[at.column + c];
      return field === undefined ? [] : [{ month, field, text }];
    });
  });
}

/** Sets a month's note, kept whole whatever its length (a note over MAX_NOTE_LENGTH is flagged, not cut). */
export function setNote(state: TrackingState, month: string, note: string): TrackingState {
  return {
    ...state,
    months: { ...state.months, [month]: { ...(state.months[month] ?? emptyMonth()), note } },
  };
}

/** Whether a month holds any figure as typed (readable or not); a note is no figure. */
export const hasFigures = (entry: MonthEntry): boolean =>
  actualFields(entry.stages.length).some((field) => actualText(entry, field).trim() !== '');
