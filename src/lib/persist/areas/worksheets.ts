import { defineArea } from '../area';
import { defaultWorksheets, worksheetsSchema } from '../../worksheet';

export const worksheetsArea = defineArea({
  name: 'worksheets',
  key: 'pw:worksheets',
  version: 1,
  schema: worksheetsSchema,
  defaults: defaultWorksheets,
  migrations: {},
});
