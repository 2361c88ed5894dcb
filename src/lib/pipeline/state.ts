/**
 * What the workbook keeps of a CRM import (the `pipeline` area): the file's name and reading,
 * the column mapping by header name, the user's readings, and the measured summary. Never a
 * row of the file: aggregates only.
 */
import * as v from 'valibot';
import { object, record } from '../persist/shapes';
import { columnRoles } from './columns';
import { setAsideReasons } from './summary';

const count = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const figure = () => v.pipe(v.number(), v.finite());
const maybe = () => v.nullable(figure());

const spreadSchema = object({ count: count(), mean: maybe(), p10: maybe(), median: maybe(), p90: maybe() });
const month = () => v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/));
const groupSchema = object({
  name: v.string(),
  deals: count(),
  won: count(),
  lost: count(),
  winRate: maybe(),
  revenue: figure(),
  averageDeal: maybe(),
  medianCycleDays: maybe(),
});
/** Groups kept per table: the largest by revenue (a CRM with thousands of owners keeps its top). */
export const MAX_GROUP_ROWS = 500;

export const summarySchema = object({
  rows: count(),
  counted: count(),
  outcomes: object({ won: count(), lost: count(), open: count() }),
  winRate: maybe(),
  wonRevenue: figure(),
  wonDeal: spreadSchema,
  cycleWon: spreadSchema,
  cycleLost: spreadSchema,
  bookings: v.array(object({ month: month(), won: count(), lost: count(), revenue: figure() })),
  owners: v.pipe(v.array(groupSchema), v.maxLength(MAX_GROUP_ROWS)),
  products: v.pipe(v.array(groupSchema), v.maxLength(MAX_GROUP_ROWS)),
  sources: v.pipe(v.array(groupSchema), v.maxLength(MAX_GROUP_ROWS)),
  open: object({ count: count(), value: figure(), ageDays: spreadSchema }),
  stageReach: v.array(object({ stage: v.string(), count: count() })),
  stageReachLeftOut: v.optional(object({ lost: count(), open: count() })),
  monthlyWinRate: spreadSchema,
  monthlyDealSize: spreadSchema,
  asOf: v.nullable(v.pipe(v.string(), v.isoDate())),
  // Files measured before the workbook read currencies have none.
  currency: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(3))), null),
  amountCurrencies: v.optional(v.pipe(v.array(object({ mark: v.pipe(v.string(), v.maxLength(3)), count: count() })), v.maxLength(64))),
  setAside: v.array(
    object({
      reason: v.picklist(setAsideReasons),
      // 'months': how files measured before 'closing' named a missing close date's scope.
      scope: v.picklist(['all', 'money', 'cycle', 'months', 'closing']),
      rows: v.array(v.pipe(v.number(), v.integer(), v.minValue(1))),
      count: count(),
    }),
  ),
});

const meaningSchema = v.union([v.picklist(['won', 'lost', 'open']), object({ stage: count() })]);
const order = () => v.picklist(['dayFirst', 'monthFirst', 'yearFirst']);
const basis = () => v.picklist(['values', 'otherColumns', 'spread', 'closeOrder', 'dotted', 'language', 'chosen']);

export const readingsSchema = object({
  meanings: record(v.string(), meaningSchema),
  dateOrders: object({ created: v.optional(order()), closed: v.optional(order()), wonAt: v.optional(order()), lostAt: v.optional(order()) }),
  orderBasis: v.optional(object({ created: v.optional(basis()), closed: v.optional(basis()), wonAt: v.optional(basis()), lostAt: v.optional(basis()) })),
  decimalMark: v.picklist(['dot', 'comma']),
});

const columnNames = <S extends v.GenericSchema>(name: S) => object(Object.fromEntries(columnRoles.map((role) => [role, v.optional(name)])) as Record<(typeof columnRoles)[number], v.OptionalSchema<S, undefined>>);

/**
 * The user's own corrections to the reading of a file (not the guesses), kept with its figures so
 * that the next file brought (next month's export of the same CRM) is read with them wherever
 * they still fit: columns by header name, stage meanings by value (see carry-over.ts).
 */
export const savedChoicesSchema = object({
  /** Role → the header of the column the user chose for it, or null where they chose none. */
  columns: columnNames(v.nullable(v.string())),
  /** Stage value → the meaning the user gave it (the values the page lists only). */
  meanings: record(v.string(), meaningSchema),
  /** The date orders the user set, each with its column's header. */
  dateOrders: v.array(object({ column: v.string(), order: order() })),
  /** The decimal mark the user set, with its amount column's header. */
  decimalMark: v.nullable(object({ column: v.string(), mark: v.picklist(['dot', 'comma']) })),
  /** The header row the user chose (null: the guess's); the next file's header is then looked for by its line (`headers`). */
  headerRow: v.nullable(count()),
});

export const measuredSchema = object({
  /**
   * The file, as the user chose it. Its encoding is a name from `encodings` (encoding.ts), shown
   * and never read back, so any text is kept: a file read in an encoding a later version adds
   * (as windows-1250 was) does not lose its figures in a tab still running an earlier one.
   */
  file: object({ name: v.string(), size: count(), encoding: v.string(), measuredAt: v.pipe(v.string(), v.isoTimestamp()) }),
  headers: v.array(v.string()),
  /** Role → header name (names, not positions: they still say something if the columns move). */
  mapping: columnNames(v.string()),
  readings: readingsSchema,
  summary: summarySchema,
  /** The user's corrections; absent from files measured before they were kept (see lastChoices). */
  choices: v.optional(savedChoicesSchema),
});

export const pipelineStateSchema = object({
  /** The last measured file; null before the first import. */
  measured: v.optional(v.nullable(measuredSchema), null),
});

export type PipelineState = v.InferOutput<typeof pipelineStateSchema>;
export type MeasuredFile = v.InferOutput<typeof measuredSchema>;
export type SavedChoices = v.InferOutput<typeof savedChoicesSchema>;
export const defaultPipelineState = (): PipelineState => ({ measured: null });
