import { playOwners, reviewCadences, signOffParties, type SlaSectionId } from './draft';

/**
 * How a field is filled in. Every value is still stored as text; the numeric kinds say which
 * unit the label names and how health.ts reads the number (through parseNumber).
 * - line: one line of text · text: several lines · list: a list of one-line items
 * - date: ISO yyyy-mm-dd · choice: one of `options` ('' = not picked)
 * - count / percent / hours / days: a number of that unit, typed as text
 */
export type SlaFieldInput = 'line' | 'text' | 'list' | 'date' | 'choice' | 'count' | 'percent' | 'hours' | 'days';

export interface SlaFieldSpec {
  /** The field's key: its content path with list indices left out ('icp.personas.name'). */
  key: string;
  section: SlaSectionId;
  input: SlaFieldInput;
  options?: readonly string[];
}

const f = <K extends string>(section: SlaSectionId, key: K, input: SlaFieldInput, options?: readonly string[]) =>
  ({ key, section, input, ...(options ? { options } : {}) }) as const;

/**
 * Every field of the form, in form and document order. Guidance (templates), field labels
 * (`sla.field.<key>`) and the tests that check both are driven by this list; fields.test.ts
 * checks it matches slaContentSchema exactly.
 */
export const slaFields = [
  f('parties', 'parties.marketingTeam', 'line'),
  f('parties', 'parties.marketingOwner', 'line'),
  f('parties', 'parties.salesTeam', 'line'),
  f('parties', 'parties.salesOwner', 'line'),
  f('term', 'term.effectiveDate', 'date'),
  f('term', 'term.reviewDate', 'date'),
  f('term', 'term.reviewCadence', 'choice', reviewCadences),
  f('goal', 'goal.revenueTarget', 'line'),
  f('goal', 'goal.period', 'line'),
  f('goal', 'goal.statement', 'text'),
  f('icp', 'icp.description', 'text'),
  f('icp', 'icp.personas.name', 'line'),
  f('icp', 'icp.personas.description', 'text'),
  f('definitions', 'definitions.lead.definition', 'text'),
  f('definitions', 'definitions.lead.criteria', 'list'),
  f('definitions', 'definitions.mql.definition', 'text'),
  f('definitions', 'definitions.mql.criteria', 'list'),
  f('definitions', 'definitions.sal.definition', 'text'),
  f('definitions', 'definitions.sal.criteria', 'list'),
  f('definitions', 'definitions.sql.definition', 'text'),
  f('definitions', 'definitions.sql.criteria', 'list'),
  f('grading', 'grading.a.meaning', 'text'),
  f('grading', 'grading.a.responseHours', 'hours'),
  f('grading', 'grading.b.meaning', 'text'),
  f('grading', 'grading.b.responseHours', 'hours'),
  f('grading', 'grading.c.meaning', 'text'),
  f('grading', 'grading.c.responseHours', 'hours'),
  f('grading', 'grading.d.meaning', 'text'),
  f('grading', 'grading.d.responseHours', 'hours'),
  f('temperature', 'temperature.cold.actions', 'list'),
  f('temperature', 'temperature.cold.owner', 'choice', playOwners),
  f('temperature', 'temperature.warm.actions', 'list'),
  f('temperature', 'temperature.warm.owner', 'choice', playOwners),
  f('temperature', 'temperature.hot.actions', 'list'),
  f('temperature', 'temperature.hot.owner', 'choice', playOwners),
  f('marketing', 'marketing.mqlsPerMonth', 'count'),
  f('marketing', 'marketing.mqlsPerRep', 'count'),
  f('marketing', 'marketing.minMqlToSqlRate', 'percent'),
  f('marketing', 'marketing.dataCaptured', 'list'),
  f('marketing', 'marketing.handoverHours', 'hours'),
  f('marketing', 'marketing.notes', 'text'),
  f('sales', 'sales.attempts', 'count'),
  f('sales', 'sales.attemptDays', 'days'),
  f('sales', 'sales.statusUpdateDays', 'days'),
  f('sales', 'sales.rejectionReasonHours', 'hours'),
  f('sales', 'sales.recycling', 'text'),
  f('sales', 'sales.notes', 'text'),
  f('reporting', 'reporting.kpis', 'list'),
  f('reporting', 'reporting.dashboard', 'line'),
  f('reporting', 'reporting.frequency', 'line'),
  f('reporting', 'reporting.reviewers', 'line'),
  f('escalation', 'escalation.steps', 'list'),
  f('escalation', 'escalation.whenMarketingMisses', 'text'),
  f('escalation', 'escalation.whenSalesMisses', 'text'),
  f('changes', 'changes.process', 'text'),
  f('signOff', 'signOff.party', 'choice', signOffParties),
  f('signOff', 'signOff.name', 'line'),
  f('signOff', 'signOff.role', 'line'),
  f('signOff', 'signOff.date', 'date'),
] as const satisfies readonly SlaFieldSpec[];

export type SlaFieldKey = (typeof slaFields)[number]['key'];
export const slaFieldKeys: readonly SlaFieldKey[] = slaFields.map((field) => field.key);

/** The field key of a concrete path: list indices dropped ('icp.personas.2.name' → 'icp.personas.name'). */
export function fieldKeyOf(path: string): string {
  return path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.');
}
