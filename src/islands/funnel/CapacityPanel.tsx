import type { Capacity } from '../../lib/funnel/capacity';
import type { Outcome } from '../../lib/problem';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { fieldId } from './fields';
import type { Formatters } from './format';

interface CapacityPanelProps {
  capacity: Outcome<Capacity> | null;
  /** Why the verdict cannot be given, when it cannot. */
  reason: string;
  stages: readonly string[];
  fmt: Formatters;
}

const FROM_INPUTS = ['reps', 'attemptsPerLead', 'minutesPerAttempt', 'hoursPerRepPerMonth'].map(fieldId);

/** Whether the sales team can work the MQLs the plan needs, and the per-rep figure for the SLA. */
export function CapacityPanel({ capacity, reason, stages, fmt }: CapacityPanelProps) {
  const { t } = useI18n();
  const c = capacity?.ok ? capacity.value : null;
  const worked = stages[Math.min(1, stages.length - 1)] ?? '';
  const figure = (id: string, label: string, value: (c: Capacity) => string, headline = false) => (
    <Figure id={`funnel-cap-${id}`} label={label} value={c ? value(c) : null} reason={reason} inputs={FROM_INPUTS} headline={headline} />
  );
  return (
    <section class="card capacity-panel" aria-labelledby="funnel-cap-title">
      <Heading id="funnel-cap-title">{t('funnel.cap.title', { stage: worked })}</Heading>
      <div class={c ? (c.canCope ? 'verdict copes' : 'verdict short') : 'verdict'}>
        {figure('verdict', t('funnel.cap.verdict'), (v) => t(v.canCope ? 'funnel.cap.copes' : 'funnel.cap.short'), true)}
      </div>
      <div class="figures">
        {figure('utilisation', t('funnel.cap.utilisation'), (v) => fmt.percent(v.utilisation))}
        {figure('per-rep', t('funnel.cap.perRep', { stage: worked }), (v) => fmt.flow(v.mqlsPerRep))}
        {figure('reps-needed', t('funnel.cap.repsNeeded'), (v) => fmt.count(v.repsNeeded))}
        {figure('max', t('funnel.cap.max', { stage: worked }), (v) => fmt.flow(v.maxMqlsPerMonth))}
        {figure('hours-needed', t('funnel.cap.hoursNeeded'), (v) => fmt.flow(v.hoursNeeded))}
        {figure('hours-available', t('funnel.cap.hoursAvailable'), (v) => fmt.flow(v.hoursAvailable))}
      </div>
    </section>
  );
}
