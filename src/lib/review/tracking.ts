// valibot: this schema ships to the browser, which bundles only the checks it uses.
import * as v from 'valibot';
import type { Migration } from '../persist/area';
import { object, record } from '../persist/shapes';
import { MAX_STAGES } from '../funnel/model';

/**
 * The stored form of the monthly review: what happened each month, as the raw text the user
 * typed or pasted (a blank field is "not reported", never 0), the plan that applied to each
 * month when its actuals were first entered, notes, actions and the status thresholds.
 * `parseMonth` turns a month's text into numbers; nothing is parsed before it is stored.
 *
 * Migrations: version 2 marks the SLA of every month reported under version 1, which kept no
 * linked plan's MQL split, as `splitUnrecorded` (its monthly figure then is the whole promise
 * it knew). The next change old data cannot pass gets version 3 and `trackingMigrations[3]`.
 */
export const TRACKING_VERSION = 2;
export const trackingMigrations: Readonly<Record<number, Migration>> = {
  2: (data) => {
    if (!isRecord(data)) throw new Error('tracking v1: not an object');
    if (!isRecord(data.months)) return data;
    const months = Object.fromEntries(
      Object.entries(data.months).map(([key, month]) => {
        if (!isRecord(month) || !isRecord(month.plan) || !isRecord(month.plan.sla)) return [key, month];
        return [key, { ...month, plan: { ...month.plan, sla: { ...month.plan.sla, splitUnrecorded: true } } }];
      }),
    );
    return { ...data, months };
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "2027-03": a calendar month, the key of everything the review stores by month. */
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Status thresholds a fresh review starts with, in percent of target. */
export const DEFAULT_AT_RISK = '95';
export const DEFAULT_MISSED = '80';

const text = () => v.optional(v.string(), '');
const id = v.pipe(v.string(), v.minLength(1));
const monthKey = v.pipe(v.string(), v.regex(MONTH_KEY));
/** A figure computed from the plan: a number JSON can hold (no NaN, no ±Infinity). */
const figure = () => v.pipe(v.number(), v.finite());
/** A nested group whose fields all have defaults: a missing one reads as `{}`. */
const group = <const T extends v.ObjectEntries>(shape: T) => {
  const schema = object(shape);
  // Every field of a group has a default, so `{}` is valid; TypeScript cannot see that for a generic shape.
  return v.optional(schema, () => ({}) as v.InferInput<typeof schema>);
};
const byGrade = () => group({ a: text(), b: text(), c: text(), d: text() });

/** The SLA measures of a month, as typed. */
export const slaActualsSchema = group({
  /** MQLs marketing handed to sales this month (a count). */
  mqlsDelivered: text(),
  /** Share of each grade's leads first contacted within the hours the draft promises, in percent. */
  firstResponse: byGrade(),
  /** Average follow-up attempts per lead. */
  attempts: text(),
  /** Share of MQLs sales accepted as SQL, in percent. */
  sqlAcceptance: text(),
  /** Share of recycled leads handled as the draft's recycling rule says, in percent. */
  recycledHandled: text(),
  /** Average hours from a lead qualifying as MQL to it being in a rep's queue. */
  handoverHours: text(),
});

/** The SLA commitments that applied to a month, as the draft stated them (text, parsed when scored). */
export const slaCommitmentsSchema = object({
  draftId: text(),
  /** marketing.mqlsPerMonth */
  mqlsPerMonth: text(),
  /**
   * The split of a linked plan's MQLs (commitment.ts: ⌈total × m ÷ months⌉ due by month m), kept
   * only while the stated monthly figure is the one the link wrote. Absent: months × the figure.
   */
  mqlsTotal: v.optional(figure()),
  mqlMonths: v.optional(figure()),
  /** Reported before the split was kept (version 1): whether a split applied then is not known. */
  splitUnrecorded: v.optional(v.boolean()),
  /** marketing.minMqlToSqlRate, in percent */
  minMqlToSqlRate: text(),
  /** marketing.handoverHours */
  handoverHours: text(),
  /** grading.<grade>.responseHours: sales' first response by grade */
  responseHours: byGrade(),
  /** sales.attempts */
  attempts: text(),
  /** sales.recycling: a rule in words; measurable as "share handled" when it is stated */
  recycling: text(),
});

const estimate = object({ likely: figure(), low: v.optional(figure()), high: v.optional(figure()) });

/** The parts of the plan a month's odds are simulated from (with its stage names), as numbers. */
export const snapshotFunnelSchema = object({
  /** Revenue to reach within the period. */
  target: figure(),
  /** Length of the period in months. */
  months: figure(),
  dealSize: estimate,
  /** One per step between stages: its rate (0–1) and lag in days. */
  steps: v.array(object({ rate: estimate, lagDays: figure() })),
});

/** What the plan said for one month, kept with the month when its first actual is entered. */
export const planSnapshotSchema = object({
  /** When it was taken, ISO 8601. */
  takenAt: text(),
  scenarioId: text(),
  scenarioName: text(),
  /** Stage names then, top first. */
  stages: v.array(v.string()),
  /** Planned count per stage this month: leads arriving, entries into each later stage. */
  counts: v.array(figure()),
  /** Planned revenue landing this month. */
  revenue: figure(),
  /** Planned marketing spend: this month's leads × cost per lead. */
  spend: figure(),
  costPerLead: figure(),
  costPerDeal: figure(),
  /** Likely conversion of each step, 0–1. */
  rates: v.array(figure()),
  dealSize: figure(),
  /** Absent when no SLA draft was tracked. */
  sla: v.optional(slaCommitmentsSchema),
  /**
   * What the odds of the period were computed from then: absent in snapshots taken before it
   * was kept (those months' odds fall back to the plan now, and the page says so).
   */
  funnel: v.optional(snapshotFunnelSchema),
});

/** One month: actuals as typed, the note, and the plan that applied. */
export const monthEntrySchema = object({
  /** One count per funnel stage, by stage index (stages are editable, 2–8). Extra entries are kept. */
  stages: v.optional(v.pipe(v.array(v.string()), v.maxLength(MAX_STAGES)), () => []),
  /** Revenue won this month. */
  revenue: text(),
  /** Marketing spend this month. */
  spend: text(),
  sla: slaActualsSchema,
  /** What was discussed and decided, plain text (rendered as text only). Any length is kept; over MAX_NOTE_LENGTH is a problem. */
  note: text(),
  /** Set when the month's first actual is entered; later plan or SLA changes do not touch it. */
  plan: v.optional(planSnapshotSchema),
});

/** An agreed action, carried forward until done. */
export const actionSchema = object({
  id,
  text: text(),
  /** Who does it: a name or a role, as typed. */
  owner: text(),
  /** The review month it was agreed in ('' = not set). */
  month: v.optional(v.union([v.literal(''), monthKey]), ''),
  /** The month it is due ('' = not set). */
  dueMonth: v.optional(v.union([v.literal(''), monthKey]), ''),
  done: v.optional(v.boolean(), false),
  /**
   * The review month it was marked done in ('' = not known: done before this was kept, read as
   * done in the month it was agreed). Months before it list the action as open, as it was then.
   */
  doneMonth: v.optional(v.union([v.literal(''), monthKey]), ''),
});

export const trackingStateSchema = object({
  /** The funnel scenario the actuals are held against ('' = the active one). */
  scenarioId: text(),
  /** The SLA draft whose commitments are scored ('' = the active one). */
  draftId: text(),
  /** Below `atRisk` % of target a commitment is at risk; below `missed` % it is missed. As typed. */
  thresholds: group({
    atRisk: v.optional(v.string(), DEFAULT_AT_RISK),
    missed: v.optional(v.string(), DEFAULT_MISSED),
  }),
  /** Months by key "yyyy-mm". A month absent or with every field blank is not reported. */
  months: v.optional(record(monthKey, monthEntrySchema), () => ({})),
  actions: v.optional(v.array(actionSchema), () => []),
  /**
   * The rates the odds of the target are simulated with: the plan's ranges, or each step blended
   * with the actuals so far. Reviews stored before it was kept read as 'plan', as they showed.
   */
  oddsSource: v.optional(v.picklist(['plan', 'measured']), 'plan'),
});

export type TrackingState = v.InferOutput<typeof trackingStateSchema>;
export type MonthEntry = v.InferOutput<typeof monthEntrySchema>;
export type SlaActuals = MonthEntry['sla'];
export type SlaCommitments = v.InferOutput<typeof slaCommitmentsSchema>;
export type PlanSnapshot = v.InferOutput<typeof planSnapshotSchema>;
export type SnapshotFunnel = v.InferOutput<typeof snapshotFunnelSchema>;
export type TrackingAction = v.InferOutput<typeof actionSchema>;

export const defaultTracking = (): TrackingState => v.parse(trackingStateSchema, {});
export const emptyMonth = (): MonthEntry => v.parse(monthEntrySchema, {});
