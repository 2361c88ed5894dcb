import type { Outcome, Problem } from '../problem';
import { plan, type FunnelPlan } from './plan';
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

export interface ScenarioPlan {
  /**
   * Every problem to show at an input: the parse problems, then the plan's own (a zero rate),
   * the capacity's and the forward plan's, each with the path of its field.
   */
  problems: Problem[];
  /** The first problem of each section that has one: its figures are not shown. */
  failed: Partial<Record<InputSection, Problem>>;
  /** The parsed inputs, with neutral stand-ins for failed sections; null when 'plan' failed. */
  input: FunnelInput | null;
  /** The plan; capacity and forward carry their section's problem when it failed. */
  plan: Outcome<FunnelPlan>;
}

/**
 * `parseScenario` + `plan` section by section: the parse is all-or-nothing, so a section with
 * problems is replaced by valid stand-ins, the scenario parsed again, and that section's
 * figures reported as failed. The leads in hand, when failed, are left out of the timeline.
 */
export function planScenario(scenario: Scenario, currency?: Currency): ScenarioPlan {
  const first = parseScenario(scenario, currency);
  const failed: Partial<Record<InputSection, Problem>> = {};
  const problems: Problem[] = first.ok ? [] : [...first.problems];
  for (const problem of problems) failed[sectionOf(problem.field)] ??= problem;
  if (failed.plan) return { problems, failed, input: null, plan: { ok: false, problem: failed.plan } };

  let input: FunnelInput;
  if (first.ok) {
    input = first.input;
  } else {
    let patched: Scenario = scenario;
    for (const section of Object.keys(failed) as Exclude<InputSection, 'plan'>[]) {
      patched = { ...patched, ...NEUTRAL[section] };
    }
    const again = parseScenario(patched, currency);
    // The stand-ins are valid, so this only fails if a section is misfiled: treat it as the plan's.
    if (!again.ok) {
      failed.plan = again.problems[0]!;
      return { problems, failed, input: null, plan: { ok: false, problem: failed.plan } };
    }
    input = again.input;
  }

  const result = plan(input);
  if (!result.ok) {
    failed.plan = result.problem;
    return { problems: [...problems, result.problem], failed, input: null, plan: result };
  }
  const capacity: FunnelPlan['capacity'] = failed.team
    ? { ok: false, problem: failed.team }
    : result.value.capacity;
  const forward: FunnelPlan['forward'] = failed.forward
    ? { ok: false, problem: failed.forward }
    : result.value.forward;
  if (!failed.team && !capacity.ok) problems.push(capacity.problem);
  if (!failed.forward && !forward.ok) problems.push(forward.problem);
  return { problems, failed, input, plan: { ok: true, value: { ...result.value, capacity, forward } } };
}
