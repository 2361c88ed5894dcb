/** Fixtures for the review's tests and bench: small funnels whose figures can be worked by hand. */
import * as v from 'valibot';
import { defaultScenario, type Scenario } from '../funnel/scenario';
import { planScenario } from '../funnel/sections';
import type { FunnelPlan } from '../funnel/plan';
import type { FunnelInput } from '../funnel/model';
import { slaContentSchema, type SlaContent } from '../sla/draft';
import { parseMonth, type MonthActuals } from './actuals';
import { emptyMonth, type MonthEntry } from './tracking';

/**
 * Lead → MQL → SQL → Won at 50 % a step, no lags, 120,000 over 6 months at 10,000 a deal, CPL 50.
 * Reverse plan: 12 deals, 24 SQLs, 48 MQLs, 96 leads; a month: 16 leads, 8 MQLs, 4 SQLs, 2 deals,
 * 20,000 revenue, 800 spend. Budget 4,800: 50 a lead, 400 a deal.
 */
export function flatScenario(change: Partial<Scenario> = {}): Scenario {
  const step = (lagDays = '0') => ({ rate: '50', rateLow: '', rateHigh: '', lagDays });
  return {
    ...defaultScenario('Flat', 's-flat', { updatedAt: '2027-01-01T00:00:00.000Z' }),
    stages: ['Lead', 'MQL', 'SQL', 'Won'],
    steps: [step(), step(), step()],
    target: '120000',
    dealSize: '10000',
    months: '6',
    cpl: '50',
    ...change,
  };
}

/**
 * The flat funnel with 61 days from SQL to Won: 61 ÷ 30.4375 = 2.004 → offsets 0, 0, 0, 2. Deals
 * still land 2 a month in months 0–5, so their leads (16 a month) arrive in months −2 to 3.
 */
export function laggedScenario(change: Partial<Scenario> = {}): Scenario {
  const base = flatScenario();
  return flatScenario({
    steps: base.steps.map((s, i) => (i === 2 ? { ...s, lagDays: '61' } : s)),
    ...change,
  });
}

export function planned(scenario: Scenario): { input: FunnelInput; plan: FunnelPlan } {
  const result = planScenario(scenario);
  if (!result.input || !result.plan.ok)
    throw new Error(`no plan: ${JSON.stringify(result.problems)}`);
  return { input: result.input, plan: result.plan.value };
}

/** A month entry from a few fields: stages as a list, the rest as in the schema. */
export function entry(
  fields: Partial<Omit<MonthEntry, 'sla'>> & { sla?: Partial<MonthEntry['sla']> } = {},
): MonthEntry {
  const base = emptyMonth();
  return { ...base, ...fields, sla: { ...base.sla, ...fields.sla } };
}

/** Parsed months of a period: `fields[i]` for month i, blank where absent. */
export function actualsOf(
  months: readonly string[],
  fields: readonly (MonthEntry | undefined)[],
  stages = 4,
): MonthActuals[] {
  return months.map((month, i) => parseMonth(month, fields[i], stages));
}

/** An SLA whose every measurable commitment is stated (the healthy draft of the SLA tests, trimmed). */
export function slaContent(
  change: Partial<Record<'marketing' | 'sales' | 'escalation' | 'parties', object>> = {},
): SlaContent {
  return v.parse(slaContentSchema, {
    parties: {
      marketingTeam: 'Demand gen',
      marketingOwner: 'Mia',
      salesTeam: 'Inside sales',
      salesOwner: 'Sam',
      ...change.parties,
    },
    grading: {
      a: { meaning: 'Fit and intent', responseHours: '1' },
      b: { meaning: 'Fit, some intent', responseHours: '4' },
      c: { meaning: 'Partial fit', responseHours: '24' },
      d: { meaning: 'Poor fit', responseHours: '' },
    },
    marketing: {
      mqlsPerMonth: '100',
      minMqlToSqlRate: '25%',
      handoverHours: '24',
      ...change.marketing,
    },
    sales: { attempts: '6', recycling: 'Back to nurture after 90 days', ...change.sales },
    escalation: {
      steps: [
        'Mia and Sam meet within a week',
        'Heads of marketing and sales decide',
        'The CEO decides',
      ],
      whenMarketingMisses: 'Budget moves to paid search',
      whenSalesMisses: 'Leads are reassigned',
      ...change.escalation,
    },
  });
}

/** A draft's link to the plan `scenarioId` (100 MQLs a month by two reps), as "use my funnel plan" writes it. */
export function linkedPlanTo(scenarioId: string, scenarioName = 'Flat'): NonNullable<SlaContent['linkedPlan']> {
  return {
    scenarioId,
    scenarioName,
    mqlsPerMonth: 100,
    sqlsPerMonth: 40,
    mqlsPerRep: 50,
    sqlsPerRep: 20,
    reps: 2,
    capacityOk: true,
    maxMqlsPerMonth: 120,
    linkedAt: '2027-01-01T00:00:00.000Z',
    fingerprint: 'f',
  };
}
