import { salesKpis } from '../../lib/kpi/definitions/sales';
import { calculatorIsland } from './Calculator';

export default calculatorIsland(salesKpis);
