import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from './scenario';
import { planScenario } from './sections';
import { planScenarioCore, sectionOf } from './scenario-input';

const base = () => defaultScenario('Base', 's1', { updatedAt: '2025-01-01T00:00:00.000Z' });
const withChange = (change: Partial<Scenario>): Scenario => ({ ...base(), ...change });

describe('sectionOf', () => {
  it.each([
    ['target', 'plan'],
    ['steps.2.rateLow', 'plan'],
    ['channels.1.share', 'plan'],
    ['cpl', 'plan'],
    ['leadsPerMonth', 'forward'],
    ['budgetPerMonth', 'forward'],
    ['reps', 'team'],
    ['hoursPerRepPerMonth', 'team'],
    ['leadsInHand.0.month', 'leadsInHand'],
    ['seed', 'seed'],
    [undefined, 'plan'],
  ] as const)('files %s under %s', (field, section) => {
    expect(sectionOf(field)).toBe(section);
  });
});

describe('planScenario', () => {
  it('plans a good scenario exactly as the model does, with no problems', () => {
    const result = planScenario(base());
    expect(result.problems).toEqual([]);
    expect(result.failed).toEqual({});
    expect(result.plan.ok && result.plan.value.reverse.leads).toBe(4000);
    expect(result.plan.ok && result.plan.value.capacity.ok).toBe(true);
  });

  it('keeps the plan when only the team is bad, and fails the capacity with its field', () => {
    const result = planScenario(withChange({ reps: 'two' }));
    expect(result.problems).toEqual([{ code: 'notANumber', field: 'reps' }]);
    expect(result.plan.ok).toBe(true);
    if (!result.plan.ok) return;
    expect(result.plan.value.reverse.leads).toBe(4000);
    expect(result.plan.value.capacity).toEqual({ ok: false, problem: { code: 'notANumber', field: 'reps' } });
    expect(result.plan.value.forward.ok).toBe(true);
  });

  it('keeps the plan and the capacity when only the forward source is bad', () => {
    const result = planScenario(withChange({ leadsPerMonth: '-5' }));
    expect(result.failed.forward?.field).toBe('leadsPerMonth');
    expect(result.plan.ok && result.plan.value.forward.ok).toBe(false);
    expect(result.plan.ok && result.plan.value.capacity.ok).toBe(true);
  });

  it('leaves bad leads in hand out of the timeline but keeps the plan', () => {
    const result = planScenario(withChange({ leadsInHand: [{ id: 'h1', month: '-1', leads: 'lots' }] }));
    expect(result.failed.leadsInHand?.field).toBe('leadsInHand.0.leads');
    expect(result.input?.leadsInHand).toEqual([]);
    expect(result.plan.ok && result.plan.value.timeline.revenueFromLeadsInHand).toBe(0);
  });

  it('reports a bad seed without touching the plan', () => {
    const result = planScenario(withChange({ seed: '1.5' }));
    expect(result.failed.seed?.field).toBe('seed');
    expect(result.plan.ok).toBe(true);
  });

  it('shows nothing when the plan itself cannot be read, but lists every problem', () => {
    const result = planScenario(withChange({ target: 'abc', reps: '' }));
    expect(result.input).toBeNull();
    expect(result.plan).toEqual({ ok: false, problem: { code: 'notANumber', field: 'target' } });
    expect(result.problems.map((p) => p.field)).toEqual(['target', 'reps']);
  });

  it('adds the plan’s own problem (a zero rate) to the problems shown at the inputs', () => {
    const s = base();
    s.steps[1] = { ...s.steps[1]!, rate: '0' };
    const result = planScenario(s);
    expect(result.plan.ok).toBe(false);
    expect(result.problems).toEqual([{ code: 'zeroDenominator', field: 'steps.1.rate' }]);
  });

  it('adds a capacity that cannot be compared (no hours) to the problems', () => {
    const result = planScenario(withChange({ hoursPerRepPerMonth: '0' }));
    expect(result.plan.ok && result.plan.value.capacity.ok).toBe(false);
    expect(result.problems).toEqual([{ code: 'zeroDenominator', field: 'hoursPerRepPerMonth' }]);
  });

  it('fails two sections at once and keeps the rest', () => {
    const result = planScenario(withChange({ reps: 'x', seed: 'y', budgetPerMonth: 'z', forwardMode: 'budget' }));
    expect(Object.keys(result.failed).sort()).toEqual(['forward', 'seed', 'team']);
    expect(result.plan.ok && result.plan.value.reverse.budget).toBe(320_000);
  });
});

describe('planScenarioCore', () => {
  it('gives the same reverse plan and months as the planner, and nothing else', () => {
    const full = planScenario(base());
    const core = planScenarioCore(base());
    expect(core.ok).toBe(true);
    if (!core.ok || !full.plan.ok) return;
    // The default scenario: 4,000 leads for the target, as the planner shows.
    expect(core.value.plan.reverse.leads).toBe(4000);
    expect(core.value.plan).toEqual({ reverse: full.plan.value.reverse, timeline: full.plan.value.timeline });
    expect(core.value.input).toEqual(full.input);
  });

  it('holds months against the plan when only the team, the forward source or the seed is bad', () => {
    const core = planScenarioCore(withChange({ reps: 'x', seed: 'y', budgetPerMonth: 'z', forwardMode: 'budget' }));
    expect(core.ok && core.value.plan.reverse.budget).toBe(320_000);
    const withoutHours = planScenarioCore(withChange({ hoursPerRepPerMonth: '0' }));
    expect(withoutHours.ok).toBe(true);
  });

  it('fails with the problem the planner shows above its figures', () => {
    expect(planScenarioCore(withChange({ target: 'abc', reps: '' }))).toEqual({
      ok: false,
      problem: { code: 'notANumber', field: 'target' },
    });
    const s = base();
    s.steps[1] = { ...s.steps[1]!, rate: '0' };
    expect(planScenarioCore(s)).toEqual({ ok: false, problem: { code: 'zeroDenominator', field: 'steps.1.rate' } });
  });
});
