import type { AreaDefinition } from '../area';
import { calculatorsArea } from './calculators';
import { learningArea } from './learning';
import { planArea } from './plan';
import { settingsArea } from './settings';
import { worksheetsArea } from './worksheets';

export { calculatorsArea, learningArea, planArea, settingsArea, worksheetsArea };

/** Every area of the workbook, in the order the export file and the data page list them. */
export const workbookAreas: readonly AreaDefinition<unknown>[] = [
  settingsArea,
  calculatorsArea,
  worksheetsArea,
  learningArea,
  planArea,
];
