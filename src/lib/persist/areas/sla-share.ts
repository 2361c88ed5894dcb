import * as v from 'valibot';
import { defineArea } from '../area';
import { slaDraftSchema, SLA_STATE_VERSION } from '../../sla/state';

// Apart from the SLA area, so pages that only read the drafts (the monthly review) do not load it.
/** A share link for one draft (its content, name and versions). */
export const slaDraftShareShape = defineArea({
  name: 'sla-draft',
  version: SLA_STATE_VERSION,
  schema: slaDraftSchema,
  defaults: () => v.parse(slaDraftSchema, { id: 'shared' }),
  migrations: {},
});
