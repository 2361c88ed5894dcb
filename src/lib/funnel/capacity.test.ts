import { describe, expect, it } from 'vitest';
import { capacity } from './capacity';
import { reversePlan, type ReversePlan } from './reverse';
import { testInput } from './test-input';

// The default plan: 1,000 MQLs and 400 SQLs over 12 months = 83.33 MQLs and 33.33 SQLs a month.
const plan = (reversePlan(testInput()) as { ok: true; value: ReversePlan }).value;
const team = { reps: 2, attemptsPerLead: 6, minutesPerAttempt: 15, hoursPerRepPerMonth: 80 };

describe('capacity', () => {
  it('copes: 83.33 MQLs × 6 attempts × 15 min = 125 h of 2 × 80 = 160 h', () => {
    const result = capacity({ team }, plan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.value;
    expect(c.mqlsPerMonth).toBeCloseTo(83.333, 3);
    expect(c.hoursNeeded).toBeCloseTo(125, 9);
    expect(c.hoursAvailable).toBe(160);
    expect(c.utilisation).toBeCloseTo(0.78125, 9);
    expect(c.canCope).toBe(true);
    expect(c.mqlsPerRep).toBeCloseTo(41.667, 3); // the SLA's figure
    expect(c.sqlsPerMonth).toBeCloseTo(33.333, 3);
    expect(c.sqlsPerRep).toBeCloseTo(16.667, 3);
    expect(c.maxMqlsPerMonth).toBeCloseTo(106.667, 3); // 160 h ÷ 1.5 h an MQL
    expect(c.repsNeeded).toBe(2); // ⌈125 ÷ 80⌉
  });

  it('does not cope: one rep has 80 h for 125 h of work', () => {
    const result = capacity({ team: { ...team, reps: 1 } }, plan);
    expect(result).toMatchObject({
      ok: true,
      value: { canCope: false, hoursAvailable: 80, repsNeeded: 2 },
    });
    expect(result.ok && result.value.utilisation).toBeCloseTo(1.5625, 9);
    expect(result.ok && result.value.maxMqlsPerMonth).toBeCloseTo(53.333, 3);
  });

  it('copes exactly at 100 %', () => {
    const result = capacity({ team: { ...team, hoursPerRepPerMonth: 62.5 } }, plan);
    expect(result).toMatchObject({ ok: true, value: { canCope: true, repsNeeded: 2 } });
  });

  it.each([
    ['reps', { reps: 0 }],
    ['hoursPerRepPerMonth', { hoursPerRepPerMonth: 0 }],
    ['attemptsPerLead', { attemptsPerLead: 0 }],
    ['minutesPerAttempt', { minutesPerAttempt: 0 }],
  ])('needs %s above zero', (field, change) => {
    expect(capacity({ team: { ...team, ...change } }, plan)).toEqual({
      ok: false,
      problem: { code: 'zeroDenominator', field },
    });
  });

  it('refuses ratios that overflow (1e-320 hours a rep)', () => {
    expect(capacity({ team: { ...team, hoursPerRepPerMonth: 1e-320 } }, plan)).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge' },
    });
  });
});
