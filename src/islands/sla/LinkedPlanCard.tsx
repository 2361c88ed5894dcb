import type { PlanVolumes } from '../../lib/funnel/sla-link';
import type { LinkedPlan } from '../../lib/sla/draft';
import { Figure } from '../kit/Figure';
import { useI18n } from '../kit/i18n';
import { isolate } from '../../lib/bidi';

export interface LinkedPlanCardProps {
  /** The draft's snapshot of the plan, when linked. */
  linked: LinkedPlan | undefined;
  /** The active funnel scenario's name, or null when there is none. */
  activeName: string | null;
  /** The active scenario's volumes; null when it has none to give. */
  volumes: PlanVolumes | null;
  /** The linked scenario's volumes now (null: gone or unusable); undefined when not linked. */
  linkedNow: PlanVolumes | null | undefined;
  changed: boolean;
  funnelHref: string;
  number: (value: number) => string;
  dateTime: (iso: string) => string;
  onUse: (volumes: PlanVolumes) => void;
  onUnlink: () => void;
}

/** "Use my funnel plan": the volumes the draft can take from the funnel planner, and whether the link is still current. */
export function LinkedPlanCard(props: LinkedPlanCardProps) {
  const { linked, activeName, volumes, linkedNow, changed, funnelHref, number, dateTime, onUse, onUnlink } = props;
  const { t } = useI18n();
  const canRelink = volumes !== null && (!linked || linked.scenarioId !== volumes.scenarioId || changed);
  const refreshFrom = linked && changed && linkedNow ? linkedNow : null;

  return (
    <section class="card sla-plan" aria-labelledby="sla-plan-title">
      <h2 id="sla-plan-title">{t('sla.linked.title')}</h2>
      {linked && (
        <div class={changed ? 'notice warning sla-link-status' : 'notice success sla-link-status'}>
          <p role="status">
            {t('sla.linked.linkedTo', { name: isolate(linked.scenarioName), date: dateTime(linked.linkedAt) })}{' '}
            {changed ? (
              <>
                <strong class="sla-out-of-date">{t('sla.linked.outOfDate')}</strong>{' '}
                {linkedNow === null ? t('sla.linked.missingScenario') : t('sla.linked.changed', { date: dateTime(linked.linkedAt) })}
              </>
            ) : (
              t('sla.linked.upToDate')
            )}
          </p>
          <div class="actions">
            {refreshFrom && (
              <button type="button" class="button" onClick={() => onUse(refreshFrom)}>
                {t('sla.linked.refresh')}
              </button>
            )}
            <button type="button" class="button secondary" onClick={onUnlink}>
              {t('sla.linked.unlink')}
            </button>
          </div>
        </div>
      )}
      {volumes ? (
        <>
          <p class="hint">{t('sla.linked.intro', { name: isolate(volumes.scenarioName) })}</p>
          <div class="figures sla-plan-figures">
            <Figure id="sla-plan-mqls" label={t('sla.linked.mqlsPerMonth')} value={number(volumes.mqlsPerMonth)} />
            <Figure id="sla-plan-sqls" label={t('sla.linked.sqlsPerMonth')} value={number(volumes.sqlsPerMonth)} />
            <Figure id="sla-plan-mqls-rep" label={t('sla.linked.mqlsPerRep')} value={number(volumes.mqlsPerRep)} />
            <Figure id="sla-plan-sqls-rep" label={t('sla.linked.sqlsPerRep')} value={number(volumes.sqlsPerRep)} />
          </div>
          {canRelink && !refreshFrom && (
            <button type="button" class="button" onClick={() => onUse(volumes)}>
              {t('sla.linked.use')}
            </button>
          )}
        </>
      ) : (
        <p class="sla-no-plan">
          {activeName === null ? t('sla.linked.noPlan') : t('sla.linked.unusable', { name: isolate(activeName) })}{' '}
          <a href={funnelHref}>{t('sla.linked.openFunnel')}</a>
        </p>
      )}
    </section>
  );
}
