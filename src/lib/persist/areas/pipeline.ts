import { defineArea } from '../area';
import { defaultPipelineState, pipelineStateSchema } from '../../pipeline/state';

/** The measured summary of the last CRM export and how it was read (aggregates only). */
export const pipelineArea = defineArea({
  name: 'pipeline',
  key: 'pw:pipeline',
  version: 1,
  schema: pipelineStateSchema,
  defaults: defaultPipelineState,
  migrations: {},
});
