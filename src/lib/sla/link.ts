import type { SlaContent } from './draft';
import { planFingerprint, type PlanNumbers } from './fingerprint';

/** The funnel scenario a draft links to, with its figures. */
export interface PlanLink extends PlanNumbers {
  scenarioId: string;
  scenarioName: string;
}

/** A figure as the commitment text: no grouping (parseNumber reads it back), at most one decimal. */
const asText = (value: number) => String(Math.round(value * 10) / 10);

/**
 * "Use my funnel plan": keeps a snapshot of the plan's figures (with its fingerprint and the time)
 * and fills marketing's MQL volumes, per month and per rep, from it. The SQL figures are shown
 * with the snapshot in the document. Everything else the user typed stays.
 */
export function linkPlan(content: SlaContent, plan: PlanLink, now: string): SlaContent {
  const { scenarioId, scenarioName, mqlsPerMonth, sqlsPerMonth, mqlsPerRep, sqlsPerRep, reps, capacityOk, maxMqlsPerMonth } = plan;
  return {
    ...content,
    marketing: { ...content.marketing, mqlsPerMonth: asText(mqlsPerMonth), mqlsPerRep: asText(mqlsPerRep) },
    linkedPlan: {
      scenarioId, scenarioName, mqlsPerMonth, sqlsPerMonth, mqlsPerRep, sqlsPerRep, reps, capacityOk, maxMqlsPerMonth,
      linkedAt: now,
      fingerprint: planFingerprint(plan),
    },
  };
}

/** Forgets the link; the volumes already copied into the commitments stay as text the user can edit. */
export function unlinkPlan(content: SlaContent): SlaContent {
  if (!content.linkedPlan) return content;
  const { linkedPlan: _dropped, ...rest } = content;
  return rest;
}

/**
 * Whether the plan has changed since the draft was linked. `current` is the linked scenario's
 * figures now (look it up by `linkedPlan.scenarioId`); a scenario that no longer exists
 * (`null`) counts as changed. A draft that is not linked has nothing to go stale.
 */
export function planChangedSinceLink(content: SlaContent, current: PlanNumbers | null): boolean {
  if (!content.linkedPlan) return false;
  return current === null || planFingerprint(current) !== content.linkedPlan.fingerprint;
}
