import { bookingsKpi, profitMarginKpi, weightedPipelineKpi } from '../../lib/kpi/definitions/lists';
import { calculatorIsland } from './Calculator';
import { MarginNote } from './MarginNote';
import { RowsEditor } from './RowsEditor';

/** The KPIs that read lists the user adds rows to: only these pages load the list editor. */
export default calculatorIsland([profitMarginKpi, bookingsKpi, weightedPipelineKpi], { RowsEditor, Note: MarginNote });
