import { defineArea } from '../area';
import { isPlainObject } from '../safe-json';
import { defaultLearning, learningSchema } from '../../learning';

export const learningArea = defineArea({
  name: 'learning',
  key: 'pw:learning',
  version: 2,
  schema: learningSchema,
  defaults: defaultLearning,
  migrations: {
    // v1 kept guides read as a list of slugs; v2 keeps when each was first read.
    2: (data) => {
      if (!isPlainObject(data)) throw new Error('learning v1: not an object');
      const read = Array.isArray(data.read) ? data.read : [];
      const epoch = new Date(0).toISOString();
      return { ...data, read: Object.fromEntries(read.filter((s) => typeof s === 'string').map((s) => [s, epoch])) };
    },
  },
});
