import { defineArea } from '../area';
import { defaultSlaState, slaStateSchema, SLA_STATE_VERSION } from '../../sla/state';

export const slaArea = defineArea({
  name: 'sla',
  key: 'pw:sla',
  version: SLA_STATE_VERSION,
  schema: slaStateSchema,
  defaults: defaultSlaState,
  migrations: {},
});

