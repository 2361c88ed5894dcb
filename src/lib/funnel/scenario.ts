// valibot: this schema ships to the browser, which bundles only the checks it uses.
import * as v from 'valibot';
import type { Migration } from '../persist/area';
import { object, record } from '../persist/shapes';
import { MAX_STAGES, MIN_STAGES } from './model';

/**
 * The stored form of a funnel scenario: every input as the raw text the user typed, so nothing
 * is lost or reformatted between visits ("1,200,000" stays "1,200,000", "12%" stays "12%").
 * `parseScenario` turns it into the numbers the model reads.
 *
 * Migrations: this is version 1 of the shape. A change that old data cannot pass gets version 2
 * and `scenarioMigrations[2]` taking a version-1 scenario to version 2, tested from a stored file.
 */
export const SCENARIO_VERSION = 1;
export const scenarioMigrations: Readonly<Record<number, Migration>> = {};

const text = v.optional(v.string(), '');
const id = v.pipe(v.string(), v.minLength(1));

/** The way from one stage to the next, as typed. */
export const stepSchema = object({
  /** Likely conversion to the next stage, in percent ("25" or "25%"). Required. */
  rate: v.string(),
  /** Pessimistic conversion, in percent; empty = the likely rate. */
  rateLow: text,
  /** Optimistic conversion, in percent; empty = the likely rate. */
  rateHigh: text,
  /** Average days from this stage to the next. */
  lagDays: v.string(),
});

/** A source of leads in a channel mix. */
export const channelSchema = object({
  /** Stable row id (keys, undo). */
  id,
  /** The channel's name: "Search ads", "Trade fair". */
  name: text,
  kind: v.optional(v.picklist(['online', 'offline']), 'online'),
  /** Share of all leads, in percent; the shares of the mix add up to 100. */
  share: v.string(),
  /** Cost per lead from this channel. */
  cpl: v.string(),
});

/**
 * Leads already arrived, one row per month. `month` is an offset from the period's first month:
 * "-1" is the month before the period. A single figure is one row (say month "-1").
 */
export const leadsInHandSchema = object({
  id,
  month: v.string(),
  leads: v.string(),
});

/** Where one input's number came from (a CRM import), shown beside the field. */
export const inputSourceSchema = object({
  /** What was measured. */
  measure: v.picklist(['winRate', 'dealSize', 'cycle', 'stageConversion']),
  /** The file it was measured from, and when (ISO date). */
  file: v.string(),
  measuredAt: v.string(),
  /** How many deals (or months, for a range) the figure rests on. */
  basis: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The text written into the field: once the user changes it, the note says so. */
  value: v.string(),
});
export type InputSource = v.InferOutput<typeof inputSourceSchema>;
/** Input path ('steps.3.rate', 'dealSize', …) → where its number came from. */
export type ScenarioSources = Record<string, InputSource>;

export const scenarioSchema = v.pipe(
  object({
    /** Stable id of the scenario. */
    id,
    /** The name the planner gave it: "Base", "Stretch". */
    name: text,
    /** Stage names, top first, 2 to 8: Lead, MQL, SQL, Opportunity, Won. */
    stages: v.pipe(v.array(v.string()), v.minLength(MIN_STAGES), v.maxLength(MAX_STAGES)),
    /** One step per pair of neighbouring stages: `steps[i]` leads from `stages[i]` to `stages[i + 1]`. */
    steps: v.array(stepSchema),
    /** Revenue target for the period. */
    target: v.string(),
    /** Likely average deal size; with its optional pessimistic and optimistic values. */
    dealSize: v.string(),
    dealSizeLow: text,
    dealSizeHigh: text,
    /** Length of the period in months, 1–60. */
    months: v.string(),
    /** Pay for leads with one cost per lead ('cpl') or a channel mix ('channels'). */
    budgetMode: v.optional(v.picklist(['cpl', 'channels']), 'cpl'),
    /** Cost per lead, in budget mode 'cpl'. */
    cpl: text,
    /** The channel mix, in budget mode 'channels'. */
    channels: v.optional(v.array(channelSchema), () => []),
    /** What the forward plan starts from: leads a month, or a budget a month. */
    forwardMode: v.optional(v.picklist(['leads', 'budget']), 'leads'),
    leadsPerMonth: text,
    budgetPerMonth: text,
    /** Sales reps who work the MQLs. */
    reps: text,
    /** Calls, emails or meetings per MQL. */
    attemptsPerLead: text,
    minutesPerAttempt: text,
    /** Hours each rep spends on MQLs a month. */
    hoursPerRepPerMonth: text,
    leadsInHand: v.optional(v.array(leadsInHandSchema), () => []),
    /** Seed of the Monte Carlo, a whole number: same seed, same figures. */
    seed: v.optional(v.string(), '1'),
    /** When the scenario last changed, ISO 8601. */
    updatedAt: v.optional(v.string(), ''),
    /** Inputs whose numbers were measured from a CRM export, and where from. */
    sources: v.optional(record(v.string(), inputSourceSchema), () => ({})),
  }),
  v.forward(
    v.check((s) => s.steps.length === s.stages.length - 1, 'one step between each pair of stages'),
    ['steps'],
  ),
);

export type Scenario = v.InferOutput<typeof scenarioSchema>;
export type ScenarioStep = v.InferOutput<typeof stepSchema>;
export type ScenarioChannel = v.InferOutput<typeof channelSchema>;

export interface DefaultScenarioOptions {
  /** Localized names of the five default stages. */
  stageNames?: readonly string[];
  /** Localized names of the three default channels. */
  channelNames?: readonly string[];
  /** ISO time of creation; now by default. */
  updatedAt?: string;
}

/**
 * A B2B funnel to start from: Lead → MQL → SQL → Opportunity → Won at 25 / 40 / 50 / 25 %
 * with lags of 7 / 7 / 14 / 30 days, a 1,200,000 target over 12 months with 24,000 deals, and
 * leads at 80 each. That needs 4,000 leads; the forward plan's 300 a month falls short on purpose.
 */
export function defaultScenario(
  name: string,
  id: string,
  options: DefaultScenarioOptions = {},
): Scenario {
  const stages = options.stageNames ?? ['Lead', 'MQL', 'SQL', 'Opportunity', 'Won'];
  const channels = options.channelNames ?? ['Search ads', 'Social', 'Events'];
  const step = (rate: string, lagDays: string) => ({ rate, rateLow: '', rateHigh: '', lagDays });
  return {
    id,
    name,
    stages: [...stages],
    steps: [step('25', '7'), step('40', '7'), step('50', '14'), step('25', '30')],
    target: '1200000',
    dealSize: '24000',
    dealSizeLow: '',
    dealSizeHigh: '',
    months: '12',
    budgetMode: 'cpl',
    cpl: '80',
    channels: [
      { id: `${id}-c1`, name: channels[0] ?? '', kind: 'online', share: '50', cpl: '60' },
      { id: `${id}-c2`, name: channels[1] ?? '', kind: 'online', share: '30', cpl: '70' },
      { id: `${id}-c3`, name: channels[2] ?? '', kind: 'offline', share: '20', cpl: '150' },
    ],
    forwardMode: 'leads',
    leadsPerMonth: '300',
    budgetPerMonth: '24000',
    reps: '2',
    attemptsPerLead: '6',
    minutesPerAttempt: '15',
    hoursPerRepPerMonth: '80',
    leadsInHand: [],
    seed: '1',
    updatedAt: options.updatedAt ?? new Date().toISOString(),
    sources: {},
  };
}
