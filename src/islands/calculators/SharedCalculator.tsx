import { sharedKpis } from '../../lib/kpi/definitions/shared';
import { calculatorIsland } from './Calculator';

export default calculatorIsland(sharedKpis);
