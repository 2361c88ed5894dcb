import * as v from 'valibot';
import { defineArea } from '../area';
import { defaultSlaState, slaStateSchema, SLA_STATE_VERSION } from '../../sla/state';
import { slaDraftSchema } from '../../sla/state';

export const slaArea = defineArea({
  name: 'sla',
  key: 'pw:sla',
  version: SLA_STATE_VERSION,
  schema: slaStateSchema,
  defaults: defaultSlaState,
  migrations: {},
});

/** A share link for one draft (its content, name and versions). */
export const slaDraftShareShape = defineArea({
  name: 'sla-draft',
  version: SLA_STATE_VERSION,
  schema: slaDraftSchema,
  defaults: () => v.parse(slaDraftSchema, { id: 'shared' }),
  migrations: {},
});
