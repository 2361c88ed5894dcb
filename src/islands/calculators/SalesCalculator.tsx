import { salesGrowthKpi, salesVelocityKpi, targetAttainmentKpi, winRateKpi } from '../../lib/kpi/definitions/sales-fields';
import { calculatorIsland } from './Calculator';

/** The sales KPIs of single figures; the ones that read lists are the ListCalculator's. */
export default calculatorIsland([salesGrowthKpi, targetAttainmentKpi, winRateKpi, salesVelocityKpi]);
