import { marketingKpis } from '../../lib/kpi/definitions/marketing';
import { calculatorIsland } from './Calculator';

export default calculatorIsland(marketingKpis);
