/**
 * Next month's export read with last month's corrections. A sales team brings the same CRM
 * export every month; the corrections the user made to the last file's reading (see
 * savedChoices) are laid over a new file's guesses wherever they still fit it: a column choice
 * where a column of that header is there, a stage meaning where the value occurs again, a date
 * order or decimal mark where the new file's values do not rule it out, the header row where the
 * same header line is found. Nothing is forced onto a column that is not there; what does not fit
 * is guessed as usual. Used by the import worker, never loaded with the page.
 */
import type { AmountTally, DecimalMark } from './amounts';
import { noChoices, type ColumnChoices, type ColumnRef, type Choices } from './choices';
import { columnRoles, guessMapping, stageNamed, type ColumnMapping, type ColumnRole } from './columns';
import { provenOrder, provenYear, type DateOrder, type DateTally } from './dates';
import type { Readings } from './measure';
import type { DateRole } from './records';
import { guessOutcome, type StageMeaning } from './stages';
import type { MeasuredFile, SavedChoices } from './state';

const DATE_ROLES: readonly DateRole[] = ['created', 'closed', 'wonAt', 'lostAt'];

/** The last import as the workbook keeps it: its header line, its reading, the user's corrections. */
export type LastImport = Pick<MeasuredFile, 'headers' | 'mapping' | 'readings' | 'choices'>;

/** The user's corrections to the last file, with its header line. */
export interface LastChoices {
  headers: readonly string[];
  choices: SavedChoices;
}

/**
 * The corrections of the last import: as saved, or, for one saved before they were (its reading
 * only, guesses and corrections together), what its reading shows of them. A stage meaning the
 * words of its value do not give and a date order marked as chosen were the user's; a column
 * the header guess does not give was theirs, unless the file's values may have moved it (another
 * stage-like column; a date column left out for holding no dates).
 */
export function lastChoices(last: LastImport): LastChoices {
  if (last.choices) return { headers: last.headers, choices: last.choices };
  const { headers, mapping, readings } = last;
  const guess = guessMapping(headers);
  const stageLike = new Set(stageNamed(headers));
  const columns: SavedChoices['columns'] = {};
  for (const role of columnRoles) {
    const name = mapping[role];
    const guessed = guess[role] === undefined ? undefined : headers[guess[role]];
    if (name === guessed) continue;
    if (role === 'stage' && name !== undefined && stageLike.has(headers.indexOf(name))) continue;
    if (name === undefined && (DATE_ROLES as readonly string[]).includes(role)) continue;
    columns[role] = name ?? null;
  }
  const meanings = Object.fromEntries(Object.entries(readings.meanings).filter(([value, meaning]) => meaning !== guessOutcome(value)));
  const dateOrders = DATE_ROLES.flatMap((role) => {
    const column = mapping[role];
    const order = readings.dateOrders[role];
    return readings.orderBasis?.[role] === 'chosen' && column !== undefined && order ? [{ column, order }] : [];
  });
  return { headers, choices: { columns, meanings, dateOrders, decimalMark: null, headerRow: null } };
}

/**
 * The last file's column choices for a new file's header: a column chosen for a role where a
 * column of that header (spaces aside) is there, the first not already taken (a file with two
 * "Date" columns, one created and one closed, keeps both); "none" where the guess would give the
 * role a column the last file had too (one the user saw and turned down), not a new one. The
 * user's own choices for this file (`own`) go over them, where their column is there.
 */
export function carriedColumns(last: LastChoices, headers: readonly string[], own: ColumnChoices = {}): ColumnChoices {
  const columns = lastColumns(last, headers);
  for (const role of columnRoles) {
    const ref = own[role];
    if (ref === null || (ref && headers[ref.index] === ref.name)) columns[role] = ref;
  }
  return columns;
}

/** The last file's column choices alone, as carriedColumns finds them. */
function lastColumns(last: LastChoices, headers: readonly string[]): ColumnChoices {
  const guess = guessMapping(headers);
  const seen = new Set(last.headers.map((name) => name.trim()));
  const taken = new Set<number>();
  const columns: ColumnChoices = {};
  for (const role of columnRoles) {
    const name = last.choices.columns[role];
    if (name === undefined) continue;
    if (name === null) {
      const index = guess[role];
      if (index !== undefined && seen.has(headers[index]!.trim())) columns[role] = null;
      continue;
    }
    const index = headers.findIndex((header, i) => !taken.has(i) && header.trim() === name.trim());
    if (index < 0) continue;
    taken.add(index);
    columns[role] = { index, name: headers[index]! };
  }
  return columns;
}

/**
 * Whether a row of names is the last file's header line: it holds every name of it, in order
 * (next month's export may have added a column).
 */
export function holdsHeaderLine(names: readonly string[], line: readonly string[]): boolean {
  let at = 0;
  for (const name of line) {
    if (name.trim() === '') continue;
    while (at < names.length && names[at] !== name) at++;
    if (at++ >= names.length) return false;
  }
  return line.some((name) => name.trim() !== '');
}

/** What a new file's read shows, for the last file's choices to be laid over it. */
export interface NewFile {
  headers: readonly string[];
  /** The columns as read: the carried ones (carriedColumns) over the guess. */
  mapping: ColumnMapping;
  /** The columns as the guess alone would have them. */
  guessedMapping: ColumnMapping;
  /** The row the header was read from, and the one the guess would have taken. */
  headerRow: number;
  guessedHeaderRow: number;
  /** The user chose the header row of this file: no row is the last file's. */
  headerRowChosen?: boolean;
  /** The guessed readings: every stage value's meaning, each date column's order, the decimal mark. */
  guessed: Readings;
  dates: Partial<Record<DateRole, DateTally>>;
  amounts: AmountTally | null;
  /** The funnel's stages: a value placed on one it no longer has is guessed again. */
  stageCount: number;
}

/** A date order or decimal mark of the last file that the new file's values rule out: the guess stands. */
export type RefusedChoice =
  | { kind: 'dateOrder'; column: string; chosen: DateOrder; read: DateOrder }
  | { kind: 'decimalMark'; column: string; chosen: DecimalMark; read: DecimalMark };

/** What the page says was kept: only what reads the new file otherwise than the guess would. */
export interface KeptChoices {
  columns: ColumnRole[];
  /** How many stage values mean what the user said last time rather than what the guess says. */
  meanings: number;
  dateOrders: DateOrder[];
  decimalMark: DecimalMark | null;
  headerRow: number | null;
  refused: RefusedChoice[];
}

export interface CarryOver {
  /** The choices the new file is read with: the user's own for it over the last file's that fit it. */
  choices: Choices;
  /** The header row kept (the line of the last file's header), or null. */
  headerRow: number | null;
  kept: KeptChoices;
}

/** The decimal mark a column's values prove: the one more of them show (none where none shows one, or as many each). */
function provenMark(tally: AmountTally): DecimalMark | null {
  return tally.dot === tally.comma ? null : tally.dot > tally.comma ? 'dot' : 'comma';
}

const sameColumn = (a: ColumnRef | null, b: ColumnRef | null | undefined) => (a === null ? b === null : !!b && a.index === b.index);
const sameMeaning = (a: StageMeaning, b: StageMeaning | undefined) => (typeof a === 'object' ? typeof b === 'object' && a.stage === b.stage : a === b);

/**
 * The last file's choices that fit a new file, with the user's own choices for it (`own`, where
 * it is read again with another encoding or header row) over them, as the choices it is read
 * with; and what of the last file's reads it otherwise than the guess, for the page to say. A
 * choice is kept where its column (by header) or stage value is there again; a stage value
 * placed on a funnel stage the funnel no longer has is not; a date order or decimal mark the new
 * file's values prove wrong is refused, said, and the guess stands.
 */
export function carryOver(last: LastChoices, file: NewFile, own: Choices = noChoices()): CarryOver {
  const { headers, mapping, guessedMapping, guessed } = file;
  const saved = last.choices;
  const kept: KeptChoices = { columns: [], meanings: 0, dateOrders: [], decimalMark: null, headerRow: null, refused: [] };
  const column = (name: string, index: number | undefined) => index !== undefined && headers[index] === name;
  const ownColumn = (ref: ColumnRef) => headers[ref.index] === ref.name;

  // What the last file's choices read otherwise than the guess is said, unless the user's own
  // choice for this file reads it otherwise again (theirs may repeat the last file's: a file
  // read again in another encoding is read with the choices it was read with).
  const fromLast = lastColumns(last, headers);
  const columns = carriedColumns(last, headers, own.columns);
  for (const role of columnRoles) {
    const ref = fromLast[role];
    if (ref === undefined || !sameColumn(ref, columns[role])) continue;
    const index = ref === null ? undefined : ref.index;
    if (mapping[role] === index && guessedMapping[role] !== index) kept.columns.push(role);
  }

  const lastMeanings = Object.entries(saved.meanings).filter(
    ([value, meaning]) => Object.hasOwn(guessed.meanings, value) && (typeof meaning !== 'object' || meaning.stage < file.stageCount - 1),
  );
  const meanings = Object.fromEntries([...lastMeanings, ...Object.entries(own.meanings)]);
  kept.meanings = lastMeanings.filter(([value, meaning]) => sameMeaning(meaning, meanings[value]) && !sameMeaning(meaning, guessed.meanings[value])).length;

  const ownOrders = own.dateOrders.filter(ownColumn);
  const dateOrders: Choices['dateOrders'] = [];
  for (const { column: name, order } of saved.dateOrders) {
    const role = DATE_ROLES.find((r) => column(name, mapping[r]));
    if (!role) continue;
    const index = mapping[role]!;
    // The user's own order for the column holds: unsaid where it is another.
    const mine = ownOrders.find((ref) => ref.index === index);
    if (mine && mine.order !== order) continue;
    const tally = file.dates[role];
    const read = tally ? provenOrder(tally) : null;
    // Year first holds where the values allow it; day or month first where they prove neither the year first nor the other.
    const wrong = order === 'yearFirst' ? !tally || provenYear(tally) === 'last' : read !== null && read !== order;
    if (!mine && wrong) {
      kept.refused.push({ kind: 'dateOrder', column: name, chosen: order, read: read ?? guessed.dateOrders[role] ?? 'dayFirst' });
      continue;
    }
    if (!mine) dateOrders.push({ index, name, order });
    // An order decides only dates that read more than one way.
    if (tally && tally.ambiguous + tally.yearAmbiguous > 0 && guessed.dateOrders[role] !== order && !kept.dateOrders.includes(order)) kept.dateOrders.push(order);
  }

  const ownMark = own.decimalMark && ownColumn(own.decimalMark) ? own.decimalMark : null;
  let decimalMark: Choices['decimalMark'] = ownMark;
  const mark = saved.decimalMark;
  if (mark && column(mark.column, mapping.amount) && (!ownMark || ownMark.mark === mark.mark)) {
    const read = file.amounts ? provenMark(file.amounts) : null;
    if (!ownMark && read && read !== mark.mark) kept.refused.push({ kind: 'decimalMark', column: mark.column, chosen: mark.mark, read });
    else {
      decimalMark = { index: mapping.amount!, name: mark.column, mark: mark.mark };
      if (mark.mark !== guessed.decimalMark) kept.decimalMark = mark.mark;
    }
  }

  const headerRow = saved.headerRow !== null && !file.headerRowChosen && holdsHeaderLine(headers, last.headers) ? file.headerRow : null;
  if (headerRow !== null && headerRow !== file.guessedHeaderRow) kept.headerRow = headerRow;
  return { choices: { columns, meanings, dateOrders: [...dateOrders, ...ownOrders], decimalMark }, headerRow, kept };
}
