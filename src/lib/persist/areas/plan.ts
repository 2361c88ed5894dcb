import { defineArea } from '../area';
import { defaultPacket, packetSchema } from '../../plan-packet';

export const planArea = defineArea({
  name: 'plan',
  key: 'pw:plan',
  version: 1,
  schema: packetSchema,
  defaults: defaultPacket,
  migrations: {},
});
