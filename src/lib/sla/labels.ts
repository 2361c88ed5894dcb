import {
  leadGrades, leadStages, playOwners, reviewCadences, signOffParties, slaSectionIds, temperatures,
} from './draft';
import { slaFieldKeys } from './fields';

/**
 * The words the SLA document needs that are not user data: headings, field labels, column
 * headers, names of choices. The lib holds no prose; the UI builds an SlaLabels from its
 * dictionary with buildSlaLabels(t), and every key here is a dictionary key.
 */

/** Words of the document itself. */
export const slaDocumentWords = [
  'sla.doc.title', 'sla.doc.notAgreed', 'sla.doc.criteria', 'sla.doc.grade', 'sla.doc.meaning', 'sla.doc.responseHours',
  'sla.doc.temperature', 'sla.doc.actions', 'sla.doc.owner', 'sla.doc.personas', 'sla.doc.personaName',
  'sla.doc.personaDescription', 'sla.doc.firstResponse', 'sla.doc.party', 'sla.doc.name',
  'sla.doc.role', 'sla.doc.date', 'sla.doc.linkedPlan', 'sla.doc.signsFor',
] as const;

/** Labels of the linked funnel plan's figures. */
export const slaLinkedPlanWords = [
  'sla.linked.scenarioName', 'sla.linked.mqlsPerMonth', 'sla.linked.sqlsPerMonth', 'sla.linked.mqlsPerRep',
  'sla.linked.sqlsPerRep', 'sla.linked.reps', 'sla.linked.capacity', 'sla.linked.capacityOk',
  'sla.linked.capacityShort', 'sla.linked.maxMqlsPerMonth', 'sla.linked.linkedAt', 'sla.linked.mqlsTotal',
  'sla.linked.sqlsTotal', 'sla.linked.cumulative',
] as const;

/** Every key an SlaLabels holds, in a stable order. */
export const slaLabelKeys = [
  ...slaDocumentWords,
  ...slaLinkedPlanWords,
  ...slaSectionIds.map((id) => `sla.section.${id}` as const),
  ...slaFieldKeys.map((key) => `sla.field.${key}` as const),
  ...leadStages.map((stage) => `sla.stage.${stage}` as const),
  ...leadGrades.map((grade) => `sla.grade.${grade}` as const),
  ...temperatures.map((temperature) => `sla.temperature.${temperature}` as const),
  ...reviewCadences.map((cadence) => `sla.cadence.${cadence}` as const),
  ...playOwners.map((owner) => `sla.owner.${owner}` as const),
  ...signOffParties.map((party) => `sla.party.${party}` as const),
];

export type SlaLabelKey = (typeof slaLabelKeys)[number];
export type SlaLabels = Record<SlaLabelKey, string>;

/** The labels, looked up one by one (the UI passes its `t`). */
export function buildSlaLabels(t: (key: SlaLabelKey) => string): SlaLabels {
  return Object.fromEntries(slaLabelKeys.map((key) => [key, t(key)])) as SlaLabels;
}
