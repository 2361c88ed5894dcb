import { marginsDiffer } from '../../lib/kpi/margin';
import { useI18n } from '../kit/i18n';

/** Under the profit-margin figures: why the two averages differ, or that they agree. */
export function MarginNote({ kpiId, values }: { kpiId: string; values: Record<string, number> }) {
  const { t } = useI18n();
  if (kpiId !== 'profit-margin') return null;
  return (
    <p class="notice">
      {marginsDiffer(values.weightedMargin ?? 0, values.meanMargin ?? 0) ? t('calc.marginsDiffer') : t('calc.marginsSame')}
    </p>
  );
}
