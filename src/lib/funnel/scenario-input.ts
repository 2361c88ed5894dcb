/**
 * A scenario read section by section, in a module of its own: what the monthly review needs
 * (planScenarioCore) without the planner's other figures, which sections.ts adds (planScenario).
 */
import type { Outcome, Problem } from '../problem';
import { planCore, type PlanCore } from './plan-core';
import type { FunnelInput } from './model';
import { parseScenario } from './parse-scenario';
import type { Scenario } from './scenario';
import type { Currency } from '../settings';

/**
 * The parts of a scenario whose figures stand apart: a bad team size must not hide the plan,
 * only the capacity verdict. 'plan' is everything the reverse plan reads; without it nothing
 * can be shown.
 */
export type InputSection = 'plan' | 'forward' | 'team' | 'leadsInHand' | 'seed';

const SECTION_FIELDS: Record<Exclude<InputSection, 'plan'>, readonly string[]> = {
  forward: ['leadsPerMonth', 'budgetPerMonth'],
  team: ['reps', 'attemptsPerLead', 'minutesPerAttempt', 'hoursPerRepPerMonth', 'team'],
  leadsInHand: ['leadsInHand'],
  seed: ['seed'],
};

/** The section a field path belongs to ('leadsInHand.0.month' → 'leadsInHand'). */
export function sectionOf(field: string | undefined): InputSection {
  const head = field?.split('.')[0] ?? '';
  for (const [section, fields] of Object.entries(SECTION_FIELDS)) {
    if (fields.includes(head)) return section as InputSection;
  }
  return 'plan';
}

/** Valid stand-ins for a section with problems, so the rest of the scenario still parses. */
const NEUTRAL: Record<Exclude<InputSection, 'plan'>, Partial<Scenario>> = {
  forward: { forwardMode: 'leads', leadsPerMonth: '0' },
  team: { reps: '1', attemptsPerLead: '1', minutesPerAttempt: '1', hoursPerRepPerMonth: '1' },
  leadsInHand: { leadsInHand: [] },
  seed: { seed: '1' },
};

/** A scenario's inputs as the planner reads them (see planScenario in sections.ts). */
export interface ScenarioInput {
  /** Every parse problem, each with the path of its field. */
  problems: Problem[];
  /** The first problem of each section that has one: its figures are not shown. */
  failed: Partial<Record<InputSection, Problem>>;
  /** The parsed inputs, with neutral stand-ins for failed sections; null when 'plan' failed. */
  input: FunnelInput | null;
}

/** A scenario's inputs, section by section (see planScenario): null when the plan's own section failed. */
export function scenarioInput(scenario: Scenario, currency?: Currency): ScenarioInput {
  const first = parseScenario(scenario, currency);
  const failed: Partial<Record<InputSection, Problem>> = {};
  const problems: Problem[] = first.ok ? [] : [...first.problems];
  for (const problem of problems) failed[sectionOf(problem.field)] ??= problem;
  if (failed.plan) return { problems, failed, input: null };
  if (first.ok) return { problems, failed, input: first.input };
  let patched: Scenario = scenario;
  for (const section of Object.keys(failed) as Exclude<InputSection, 'plan'>[]) {
    patched = { ...patched, ...NEUTRAL[section] };
  }
  const again = parseScenario(patched, currency);
  // The stand-ins are valid, so this only fails if a section is misfiled: treat it as the plan's.
  if (!again.ok) {
    failed.plan = again.problems[0]!;
    return { problems, failed, input: null };
  }
  return { problems, failed, input: again.input };
}

/**
 * The scenario's inputs and its plan's core (planCore): what the monthly review holds months
 * against, read as the planner reads them, without the planner's other figures. Fails with the
 * problem the planner shows above its figures.
 */
export function planScenarioCore(scenario: Scenario, currency?: Currency): Outcome<{ input: FunnelInput; plan: PlanCore }> {
  const { failed, input } = scenarioInput(scenario, currency);
  if (!input) return { ok: false, problem: failed.plan! };
  const core = planCore(input);
  return core.ok ? { ok: true, value: { input, plan: core.value } } : core;
}
