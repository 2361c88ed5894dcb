import type { AreaDefinition } from '../area';
import { calculatorsArea } from './calculators';
import { funnelArea } from './funnel';
import { learningArea } from './learning';
import { pipelineArea } from './pipeline';
import { planArea } from './plan';
import { settingsArea } from './settings';
import { slaArea } from './sla';
import { trackingArea } from './tracking';
import { worksheetsArea } from './worksheets';

export { calculatorsArea, funnelArea, slaArea, learningArea, pipelineArea, planArea, settingsArea, trackingArea, worksheetsArea };

/** Every area of the workbook, in the order the export file and the data page list them. */
export const workbookAreas: readonly AreaDefinition<unknown>[] = [
  settingsArea,
  calculatorsArea,
  funnelArea,
  slaArea,
  worksheetsArea,
  learningArea,
  planArea,
  pipelineArea,
  trackingArea,
];
