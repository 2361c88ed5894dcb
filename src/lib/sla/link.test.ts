import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { slaContentSchema } from './draft';
import { planFingerprint, type PlanNumbers } from './fingerprint';
import { linkPlan, planChangedSinceLink, unlinkPlan, type PlanLink } from './link';

const numbers: PlanNumbers = { mqlsPerMonth: 400, sqlsPerMonth: 100, mqlsPerRep: 50, sqlsPerRep: 12.5, reps: 8, capacityOk: true, maxMqlsPerMonth: 520 };
const link: PlanLink = { ...numbers, scenarioId: 'sc-1', scenarioName: 'FY25 plan' };
const NOW = '2025-05-01T08:00:00.000Z';

describe('planFingerprint', () => {
  it('is short and the same for the same numbers, whatever their order', () => {
    const reordered = Object.fromEntries(Object.entries(numbers).reverse()) as unknown as PlanNumbers;
    expect(planFingerprint(numbers)).toMatch(/^[0-9a-f]{8}$/);
    expect(planFingerprint(reordered)).toBe(planFingerprint(numbers));
  });

  it('ignores float noise but not a real change', () => {
    expect(planFingerprint({ ...numbers, sqlsPerRep: 12.500000000001 })).toBe(planFingerprint(numbers));
    expect(planFingerprint({ ...numbers, sqlsPerRep: 12.6 })).not.toBe(planFingerprint(numbers));
  });

  it.each(Object.keys(numbers) as (keyof PlanNumbers)[])('changes when %s changes', (key) => {
    const changed = { ...numbers, [key]: typeof numbers[key] === 'boolean' ? !numbers[key] : (numbers[key] as number) + 1 };
    expect(planFingerprint(changed)).not.toBe(planFingerprint(numbers));
  });
});

describe('linking a draft to a funnel plan', () => {
  const content = v.parse(slaContentSchema, { marketing: { mqlsPerMonth: '300', notes: 'Events count too' } });

  it('fills marketing’s volumes from the plan and keeps a snapshot with its fingerprint', () => {
    const linked = linkPlan(content, link, NOW);
    expect(linked.marketing).toMatchObject({ mqlsPerMonth: '400', mqlsPerRep: '50', notes: 'Events count too' });
    expect(linked.linkedPlan).toEqual({ ...link, linkedAt: NOW, fingerprint: planFingerprint(numbers) });
    expect(v.parse(slaContentSchema, linked)).toEqual(linked);
  });

  it('commits to whole leads, and keeps the period total the split adds up to', () => {
    // 1,000 MQLs over 12 months is 83.3 a month: the commitment is 84 (the most any month asks,
    // cumulatively ⌈83.3 × m⌉), and each of 8 reps works ⌈84 ÷ 8 = 10.5⌉ = 11.
    const plan = { ...link, mqlsPerMonth: 1000 / 12, mqlsPerRep: 1000 / 12 / 8, months: 12, mqlsTotal: 1000, sqlsTotal: 400 };
    const linked = linkPlan(content, plan, NOW);
    expect(linked.marketing).toMatchObject({ mqlsPerMonth: '84', mqlsPerRep: '11' });
    expect(linked.linkedPlan).toMatchObject({ months: 12, mqlsTotal: 1000, sqlsTotal: 400 });
    expect(v.parse(slaContentSchema, linked)).toEqual(linked);
  });

  it('knows when the plan has changed since, and when it has not', () => {
    const linked = linkPlan(content, link, NOW);
    expect(planChangedSinceLink(linked, numbers)).toBe(false);
    expect(planChangedSinceLink(linked, { ...numbers, mqlsPerMonth: 420 })).toBe(true);
    expect(planChangedSinceLink(linked, null)).toBe(true);
    expect(planChangedSinceLink(content, { ...numbers, mqlsPerMonth: 420 })).toBe(false);
  });

  it('unlinks and keeps the volumes as editable text', () => {
    const unlinked = unlinkPlan(linkPlan(content, link, NOW));
    expect(unlinked.linkedPlan).toBeUndefined();
    expect('linkedPlan' in unlinked).toBe(false);
    expect(unlinked.marketing.mqlsPerMonth).toBe('400');
    expect(unlinkPlan(content)).toBe(content);
  });
});
