/**
 * What the user chose of how to read a CRM file (which column plays which role, what a stage
 * value means, a column's date order, the decimal mark) and how those choices outlive a re-read
 * of the file: kept wherever their column or value is still there. Apart from ingest.ts, so the
 * page that holds the choices does not load the parser.
 */
import type { DecimalMark } from './amounts';
import { guessMapping, type ColumnMapping } from './columns';
import type { DateOrder } from './dates';
import type { Readings } from './measure';
import type { DateRole } from './records';
import type { StageMeaning } from './stages';
import type { SavedChoices } from './state';

/** A column as the user chose it: its place and its header, so a choice holds only for the same column. */
export interface ColumnRef {
  index: number;
  name: string;
}

/** Role → the column the user chose for it, or null where they chose none. */
export type ColumnChoices = Partial<Record<keyof ColumnMapping, ColumnRef | null>>;

/**
 * The mapping for `headers`: the guess, with each of the user's choices laid over it where its
 * column is still there (same place, same header) — a column plays one role, so a chosen column
 * leaves any role the guess gave it. A choice whose column is gone gives way to the guess.
 */
export function chosenMapping(headers: readonly string[], columns: ColumnChoices = {}): ColumnMapping {
  const mapping = guessMapping(headers);
  for (const [role, ref] of Object.entries(columns) as [keyof ColumnMapping, ColumnRef | null][]) {
    if (ref === null) delete mapping[role];
    else if (headers[ref.index] === ref.name) {
      for (const other of Object.keys(mapping) as (keyof ColumnMapping)[]) if (mapping[other] === ref.index) delete mapping[other];
      mapping[role] = ref.index;
    }
  }
  return mapping;
}

/** What the user chose of how to read a file, kept across a re-read of it wherever it still applies. */
export interface Choices {
  columns: ColumnChoices;
  /** Stage value → what the user said it means. */
  meanings: Record<string, StageMeaning>;
  /** The date orders the user set, each with its column. */
  dateOrders: (ColumnRef & { order: DateOrder })[];
  /** The decimal mark the user set, with the amount column it was set for. */
  decimalMark: (ColumnRef & { mark: DecimalMark }) | null;
}

export const noChoices = (): Choices => ({ columns: {}, meanings: {}, dateOrders: [], decimalMark: null });

/**
 * The guessed readings of a file read again, with the user's choices laid over them where they
 * still apply: a stage value's meaning where the value is still there, a date order or decimal
 * mark where the same column (same place, same header) still plays its part.
 */
export function keepReadings(guessed: Readings, headers: readonly string[], mapping: ColumnMapping, choices: Choices): Readings {
  const same = (ref: ColumnRef, index: number | undefined) => index === ref.index && headers[index] === ref.name;
  const meanings = Object.fromEntries(
    Object.entries(guessed.meanings).map(([value, meaning]) => [value, Object.hasOwn(choices.meanings, value) ? choices.meanings[value]! : meaning]),
  );
  const dateOrders = { ...guessed.dateOrders };
  const orderBasis = { ...guessed.orderBasis };
  for (const role of Object.keys(dateOrders) as DateRole[]) {
    const chosen = choices.dateOrders.find((ref) => same(ref, mapping[role]));
    if (!chosen) continue;
    dateOrders[role] = chosen.order;
    orderBasis[role] = 'chosen';
  }
  const mark = choices.decimalMark && same(choices.decimalMark, mapping.amount) ? choices.decimalMark.mark : guessed.decimalMark;
  return { ...guessed, meanings, dateOrders, ...(guessed.orderBasis || choices.dateOrders.length ? { orderBasis } : {}), decimalMark: mark };
}

/**
 * The user's choices after they changed the readings on screen (`shown` → `next`): each stage
 * meaning, date order or decimal mark that differs from what was shown becomes a choice, with
 * its column, so that a re-read of the file keeps it.
 */
export function choicesAfterEdit(choices: Choices, shape: { headers: readonly string[]; mapping: ColumnMapping }, shown: Readings, next: Readings): Choices {
  // Stage values are the file's own text, '__proto__' among them: each is an own entry, built
  // with fromEntries (an assignment to obj['__proto__'] would set the object's prototype).
  const changed = Object.entries(next.meanings).filter(
    ([value, meaning]) => JSON.stringify(meaning) !== JSON.stringify(Object.hasOwn(shown.meanings, value) ? shown.meanings[value] : undefined),
  );
  const meanings: Record<string, StageMeaning> = Object.fromEntries([...Object.entries(choices.meanings), ...changed]);
  const column = (index: number) => ({ index, name: shape.headers[index] ?? '' });
  let dateOrders = choices.dateOrders;
  for (const [role, order] of Object.entries(next.dateOrders) as [DateRole, Readings['dateOrders'][DateRole]][]) {
    const index = shape.mapping[role];
    if (order === undefined || index === undefined || order === shown.dateOrders[role]) continue;
    dateOrders = [...dateOrders.filter((ref) => ref.index !== index), { ...column(index), order }];
  }
  const amount = shape.mapping.amount;
  const decimalMark = next.decimalMark !== shown.decimalMark && amount !== undefined ? { ...column(amount), mark: next.decimalMark } : choices.decimalMark;
  return { ...choices, meanings, dateOrders, decimalMark };
}

/**
 * What the workbook keeps of the user's choices for the file read, for the next file brought:
 * each column choice, date order and decimal mark that holds on this file's columns, by header
 * name; the meanings of the stage values the page lists (`listed`: the user can set no other);
 * and the header row, where the user chose it (else null).
 */
export function savedChoices(choices: Choices, shape: { headers: readonly string[]; mapping: ColumnMapping }, listed: readonly string[], headerRow: number | null): SavedChoices {
  const here = (ref: ColumnRef) => shape.headers[ref.index] === ref.name;
  const mapped = new Set(Object.values(shape.mapping));
  const mark = choices.decimalMark;
  return {
    columns: Object.fromEntries(Object.entries(choices.columns).flatMap(([role, ref]): [string, string | null][] => (ref === null ? [[role, null]] : ref && here(ref) ? [[role, ref.name]] : []))),
    meanings: Object.fromEntries(listed.flatMap((value) => (Object.hasOwn(choices.meanings, value) ? [[value, choices.meanings[value]!]] : []))),
    dateOrders: choices.dateOrders.filter((ref) => here(ref) && mapped.has(ref.index)).map(({ name, order }) => ({ column: name, order })),
    decimalMark: mark && here(mark) && shape.mapping.amount === mark.index ? { column: mark.name, mark: mark.mark } : null,
    headerRow,
  };
}
