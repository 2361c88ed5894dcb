// Every sales KPI, in the calculator index's order. The islands import the two halves on their
// own (./sales-fields and ./lists), so a page of single figures never loads the list editor.
import { bookingsKpi, profitMarginKpi, weightedPipelineKpi } from './lists';
import { salesGrowthKpi, salesVelocityKpi, targetAttainmentKpi, winRateKpi } from './sales-fields';

export const salesKpis = [
  salesGrowthKpi,
  profitMarginKpi,
  bookingsKpi,
  weightedPipelineKpi,
  targetAttainmentKpi,
  winRateKpi,
  salesVelocityKpi,
] as const;
