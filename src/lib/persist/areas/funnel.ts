import * as z from 'zod/mini';
import { defineArea } from '../area';
import { defaultScenario, scenarioSchema, SCENARIO_VERSION, scenarioMigrations } from '../../funnel/scenario';

export const funnelStateSchema = z.object({
  /** The planner's named scenarios, in the order they were made. */
  scenarios: z._default(z.array(scenarioSchema), []),
  /** The scenario being edited (and the one the SLA builder links to). */
  activeId: z._default(z.string(), ''),
  /** Up to three scenarios shown side by side. */
  compareIds: z._default(z.array(z.string()).check(z.maxLength(3)), []),
});
export type FunnelState = z.infer<typeof funnelStateSchema>;

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
