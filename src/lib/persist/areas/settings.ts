import { defineArea } from '../area';
import { isPlainObject } from '../safe-json';
import { defaultSettings, settingsSchema } from '../../settings';

export const settingsArea = defineArea({
  name: 'settings',
  key: 'pw:settings',
  version: 2,
  schema: settingsSchema,
  defaults: defaultSettings,
  migrations: {
    // v1 stored only { currency, company }; v2 renamed company → companyName and added the period.
    2: (data) => {
      if (!isPlainObject(data)) throw new Error('settings v1: not an object');
      const { company, ...rest } = data;
      return { ...rest, companyName: typeof company === 'string' ? company : '' };
    },
  },
});
