import * as v from 'valibot';
import { defineArea } from '../area';
import { object } from '../shapes';
import { defaultScenario, scenarioSchema, SCENARIO_VERSION, scenarioMigrations } from '../../funnel/scenario';

export const funnelStateSchema = object({
  /** The planner's named scenarios, in the order they were made. */
  scenarios: v.optional(v.array(scenarioSchema), () => []),
  /** The scenario being edited (and the one the SLA builder links to). */
  activeId: v.optional(v.string(), ''),
  /** Up to three scenarios shown side by side. */
  compareIds: v.optional(v.pipe(v.array(v.string()), v.maxLength(3)), () => []),
});
export type FunnelState = v.InferOutput<typeof funnelStateSchema>;

export const funnelArea = defineArea({
  name: 'funnel',
  key: 'pw:funnel',
  version: SCENARIO_VERSION,
  schema: funnelStateSchema,
  defaults: (): FunnelState => ({ scenarios: [], activeId: '', compareIds: [] }),
  migrations: scenarioMigrations,
});

/** A share link for one scenario. */
export const scenarioShareShape = defineArea({
  name: 'funnel-scenario',
  version: SCENARIO_VERSION,
  schema: scenarioSchema,
  defaults: () => defaultScenario('', 'shared'),
  migrations: scenarioMigrations,
});
