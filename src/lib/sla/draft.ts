// zod/mini: drafts are validated in the browser, where classic zod would cost ~90 KB gzipped.
import * as z from 'zod/mini';

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

const text = () => z._default(z.string(), '');
const texts = () => z._default(z.array(z.string()), []);
/** A choice that may still be open: '' means "not picked yet". */
const choice = <T extends readonly [string, ...string[]]>(values: T) => z._default(z.enum(['', ...values] as const), '');
/** A nested group: `prefault` runs `{}` through the group's schema so its own defaults apply. */
// Every field of a group has a default, so `{}` is a valid input; TypeScript cannot see that for a generic shape.
const group = <T extends z.core.$ZodLooseShape>(shape: T) => z.prefault(z.object(shape), {} as z.input<z.ZodMiniObject<T>>);

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
export const linkedPlanSchema = z.object({
  scenarioId: z.string(),
  scenarioName: z.string(),
  mqlsPerMonth: z.number(),
  sqlsPerMonth: z.number(),
  mqlsPerRep: z.number(),
  sqlsPerRep: z.number(),
  reps: z.number(),
  /** Whether the plan's sales capacity check passed. */
  capacityOk: z.boolean(),
  /** The most MQLs a month the sales team can work, from the capacity check. */
  maxMqlsPerMonth: z.number(),
  /** When the numbers were copied in (ISO date-time). */
  linkedAt: z.string(),
  /** planFingerprint() of the numbers at link time: a different fingerprint now means the plan changed. */
  fingerprint: z.string(),
});
export type LinkedPlan = z.infer<typeof linkedPlanSchema>;

export const slaContentSchema = z.object({
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
    personas: z._default(z.array(group({ name: text(), description: text() })), []),
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
  signOff: z._default(z.array(group({ party: choice(signOffParties), name: text(), role: text(), date: text() })), []),
  /** Present once the draft has been linked to a funnel scenario. */
  linkedPlan: z.optional(linkedPlanSchema),
});

export type SlaContent = z.infer<typeof slaContentSchema>;
/** What may be stored or written in a template: any part of the content. */
export type SlaContentInput = z.input<typeof slaContentSchema>;

export const emptySlaContent = (): SlaContent => slaContentSchema.parse({});
