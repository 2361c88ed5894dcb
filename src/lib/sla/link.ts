import type { SlaContent } from './draft';
import { wholeCommitment } from './commitment';
import { planFingerprint, type PlanNumbers } from './fingerprint';

/** The funnel scenario a draft links to, with its figures. */
export interface PlanLink extends PlanNumbers {
  scenarioId: string;
  scenarioName: string;
  /** The plan's period and its whole MQLs and SQLs over it. */
  months?: number | undefined;
  mqlsTotal?: number | undefined;
  sqlsTotal?: number | undefined;
}

/**
 * "Use my funnel plan": keeps a snapshot of the plan's figures (with its fingerprint and the time)
 * and fills marketing's MQL volumes, per month and per rep, from it, in whole leads (see
 * commitment.ts: the month's figure is the most any month of the cumulative split asks). The
 * period total, the split and the SQL figures are shown with the snapshot in the document.
 * Everything else the user typed stays. The texts are plain digits, which parseNumber reads back.
 */
export function linkPlan(content: SlaContent, plan: PlanLink, now: string): SlaContent {
  const { scenarioId, scenarioName, mqlsPerMonth, sqlsPerMonth, mqlsPerRep, sqlsPerRep, reps, capacityOk, maxMqlsPerMonth } = plan;
  const whole = wholeCommitment(plan);
  const totals =
    plan.months !== undefined && plan.mqlsTotal !== undefined && plan.sqlsTotal !== undefined
      ? { months: plan.months, mqlsTotal: plan.mqlsTotal, sqlsTotal: plan.sqlsTotal }
      : {};
  return {
    ...content,
    marketing: { ...content.marketing, mqlsPerMonth: String(whole.mqlsPerMonth), mqlsPerRep: String(whole.mqlsPerRep) },
    linkedPlan: {
      scenarioId, scenarioName, mqlsPerMonth, sqlsPerMonth, mqlsPerRep, sqlsPerRep, reps, capacityOk, maxMqlsPerMonth,
      ...totals,
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
