// valibot: drafts are validated in the browser, which bundles only the checks it uses.
import * as v from 'valibot';
import { object } from '../persist/shapes';

/**
 * The content of one SLA draft. Every field the user fills in is raw text (a string, a list of
 * strings, or a list of objects of strings) so nothing typed is ever lost to a parser: numbers
 * are read from the text where a rule needs them (health.ts, through parseNumber). Choices
 * (cadence, owner, party) are '' until someone picks one. Every field has a default, so `{}`
 * or any partial object parses to a full draft.
 */

/** The sections of an agreement, in the order the form, the document and the print show them. */
export const slaSectionIds = [
  'parties', 'term', 'goal', 'icp', 'definitions', 'grading', 'temperature',
  'marketing', 'sales', 'reporting', 'escalation', 'changes', 'signOff',
] as const;
export type SlaSectionId = (typeof slaSectionIds)[number];

export const reviewCadences = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const playOwners = ['marketing', 'sales', 'shared'] as const;
export const signOffParties = ['marketing', 'sales', 'other'] as const;
/** The stages the agreement defines, top of the funnel first. */
export const leadStages = ['lead', 'mql', 'sal', 'sql'] as const;
export const leadGrades = ['a', 'b', 'c', 'd'] as const;
export const temperatures = ['cold', 'warm', 'hot'] as const;
export type ReviewCadence = (typeof reviewCadences)[number];
export type PlayOwner = (typeof playOwners)[number];
export type SignOffParty = (typeof signOffParties)[number];
export type LeadStage = (typeof leadStages)[number];
export type LeadGrade = (typeof leadGrades)[number];
export type Temperature = (typeof temperatures)[number];

const text = () => v.optional(v.string(), '');
const texts = () => v.optional(v.array(v.string()), () => []);
/** A choice that may still be open: '' means "not picked yet". */
const choice = <const T extends readonly [string, ...string[]]>(values: T) => v.optional(v.picklist(['', ...values] as const), '');
/** A nested group: a missing one reads as `{}`, which runs through the group so its own defaults apply. */
const group = <const T extends v.ObjectEntries>(shape: T) => {
  const schema = object(shape);
  // Every field of a group has a default, so `{}` is a valid input; TypeScript cannot see that for a generic shape.
  return v.optional(schema, () => ({}) as v.InferInput<typeof schema>);
};
/** A figure copied from the plan: finite, as zod's number required (no NaN, no ±Infinity, which JSON cannot hold). */
const figure = () => v.pipe(v.number(), v.finite());

const stageDefinition = () => group({
  /** What this stage means, in a sentence both teams accept. */
  definition: text(),
  /** The entry criteria a lead must meet to enter this stage, one per item. */
  criteria: texts(),
});

const gradeTier = () => group({
  /** What fit and intent a lead of this grade shows. */
  meaning: text(),
  /** Hours within which sales makes first contact (this is sales' first-response commitment). */
  responseHours: text(),
});

const temperaturePlay = () => group({
  /** What is done for leads at this temperature, one action per item. */
  actions: texts(),
  /** Who runs these actions. */
  owner: choice(playOwners),
});

/** The funnel plan numbers the draft was linked to (filled by "use my funnel plan", never typed). */
export const linkedPlanSchema = object({
  scenarioId: v.string(),
  scenarioName: v.string(),
  mqlsPerMonth: figure(),
  sqlsPerMonth: figure(),
  mqlsPerRep: figure(),
  sqlsPerRep: figure(),
  reps: figure(),
  /** Whether the plan's sales capacity check passed. */
  capacityOk: v.boolean(),
  /** The most MQLs a month the sales team can work, from the capacity check. */
  maxMqlsPerMonth: figure(),
  /** The plan's period in months, and its whole MQLs and SQLs over it (absent from links made before they were kept). */
  months: v.optional(figure()),
  mqlsTotal: v.optional(figure()),
  sqlsTotal: v.optional(figure()),
  /** When the numbers were copied in (ISO date-time). */
  linkedAt: v.string(),
  /** planFingerprint() of the numbers at link time: a different fingerprint now means the plan changed. */
  fingerprint: v.string(),
});
export type LinkedPlan = v.InferOutput<typeof linkedPlanSchema>;

/** The fields of a draft's content (a template's content is these without the linked plan). */
export const slaContentEntries = {
  parties: group({
    marketingTeam: text(),
    marketingOwner: text(),
    salesTeam: text(),
    salesOwner: text(),
  }),
  term: group({
    /** ISO yyyy-mm-dd, as typed or picked. */
    effectiveDate: text(),
    /** ISO yyyy-mm-dd; the health check warns once it has passed. */
    reviewDate: text(),
    reviewCadence: choice(reviewCadences),
  }),
  goal: group({
    /** The shared revenue target, as text ("2,400,000" or "CNY 2.4 million"). */
    revenueTarget: text(),
    period: text(),
    statement: text(),
  }),
  icp: group({
    description: text(),
    personas: v.optional(v.array(group({ name: text(), description: text() })), () => []),
  }),
  definitions: group({
    lead: stageDefinition(),
    mql: stageDefinition(),
    sal: stageDefinition(),
    sql: stageDefinition(),
  }),
  grading: group({ a: gradeTier(), b: gradeTier(), c: gradeTier(), d: gradeTier() }),
  temperature: group({ cold: temperaturePlay(), warm: temperaturePlay(), hot: temperaturePlay() }),
  marketing: group({
    mqlsPerMonth: text(),
    mqlsPerRep: text(),
    /** The least share of MQLs that sales accepts as SQL, in percent ("25" or "25%"). */
    minMqlToSqlRate: text(),
    /** What marketing records with every lead it hands over. */
    dataCaptured: texts(),
    /** Hours from a lead qualifying as MQL to it being in a rep's queue. */
    handoverHours: text(),
    notes: text(),
  }),
  /**
   * Sales' first response by grade is NOT here: it is `grading.<grade>.responseHours`, the one
   * place those hours live, so the grading table and sales' commitment can never disagree.
   */
  sales: group({
    /** Contact attempts per lead before it may be closed or recycled. */
    attempts: text(),
    /** Days over which those attempts are spread. */
    attemptDays: text(),
    /** Days within which each lead's status is updated in the CRM. */
    statusUpdateDays: text(),
    /** Hours within which a rejected lead gets its reason. */
    rejectionReasonHours: text(),
    /** What happens to leads that are not ready to buy yet. */
    recycling: text(),
    notes: text(),
  }),
  reporting: group({
    kpis: texts(),
    dashboard: text(),
    frequency: text(),
    reviewers: text(),
  }),
  escalation: group({
    /** The escalation ladder, first step first. */
    steps: texts(),
    whenMarketingMisses: text(),
    whenSalesMisses: text(),
  }),
  changes: group({ process: text() }),
  signOff: v.optional(v.array(group({ party: choice(signOffParties), name: text(), role: text(), date: text() })), () => []),
  /** Present once the draft has been linked to a funnel scenario. */
  linkedPlan: v.optional(linkedPlanSchema),
};

export const slaContentSchema = object(slaContentEntries);

export type SlaContent = v.InferOutput<typeof slaContentSchema>;
/** What may be stored or written in a template: any part of the content. */
export type SlaContentInput = v.InferInput<typeof slaContentSchema>;

export const emptySlaContent = (): SlaContent => v.parse(slaContentSchema, {});
