import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { useLazyModule } from '../kit/use-lazy-module';
import type { EscalationsProps } from './Escalations';

/**
 * What must be escalated this month. Most months have nothing to escalate, which this says; the
 * list's code loads only for a month that has some, busy until it arrives so a print waits for it.
 */
export function EscalationsSection(props: EscalationsProps) {
  const { t } = useI18n();
  const some = props.month.escalations.length > 0;
  const List = useLazyModule(some, () => import('./Escalations').then((m) => m.EscalationList));
  if (props.month.scorecard.length === 0) return null;
  return (
    <section
      class="review-escalations"
      aria-labelledby="review-escalations-title"
      aria-busy={some && !List ? 'true' : undefined}
    >
      <Heading sub={1} id="review-escalations-title">
        {t('review.escalation.title')}
      </Heading>
      {!some ? <p>{t('review.escalation.none')}</p> : List && <List {...props} />}
    </section>
  );
}
