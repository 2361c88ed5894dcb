import type { Problem, Outcome } from '../problem';
import { plan, type FunnelPlan } from './plan';
import type { Scenario } from './scenario';
import type { Currency } from '../settings';
import { scenarioInput, type ScenarioInput } from './scenario-input';

export interface ScenarioPlan extends ScenarioInput {
  /**
   * Every problem to show at an input: the parse problems, then the plan's own (a zero rate),
   * the capacity's and the forward plan's, each with the path of its field.
   */
  problems: Problem[];
  /** The plan; capacity and forward carry their section's problem when it failed. */
  plan: Outcome<FunnelPlan>;
}

/**
 * `parseScenario` + `plan` section by section: the parse is all-or-nothing, so a section with
 * problems is replaced by valid stand-ins, the scenario parsed again, and that section's
 * figures reported as failed. The leads in hand, when failed, are left out of the timeline.
 */
export function planScenario(scenario: Scenario, currency?: Currency): ScenarioPlan {
  const { problems, failed, input } = scenarioInput(scenario, currency);
  if (!input) return { problems, failed, input: null, plan: { ok: false, problem: failed.plan! } };

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
