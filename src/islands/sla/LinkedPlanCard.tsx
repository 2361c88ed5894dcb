import type { PlanVolumes } from '../../lib/funnel/sla-link';
import { wholeCommitment } from '../../lib/sla/commitment';
import type { LinkedPlan } from '../../lib/sla/draft';
import { Figure } from '../kit/Figure';
import { useI18n } from '../kit/i18n';
import { isolate } from '../../lib/bidi';
import { sentenceGap } from '../../i18n/punctuation';

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
  /** A period total: "1,000 over 12 months". */
  total: (total: number, months: number) => string;
  dateTime: (iso: string) => string;
  onUse: (volumes: PlanVolumes) => void;
  onUnlink: () => void;
}

/** "Use my funnel plan": the volumes the draft can take from the funnel planner, and whether the link is still current. */
export function LinkedPlanCard(props: LinkedPlanCardProps) {
  const { linked, activeName, volumes, linkedNow, changed, funnelHref, number, total, dateTime, onUse, onUnlink } = props;
  const { t, lang } = useI18n();
  const canRelink = volumes !== null && (!linked || linked.scenarioId !== volumes.scenarioId || changed);
  const refreshFrom = linked && changed && linkedNow ? linkedNow : null;
  // What the agreement would commit to: whole leads, with the period total.
  const whole = volumes ? wholeCommitment(volumes) : null;

  return (
    <section class="card sla-plan" aria-labelledby="sla-plan-title">
      <h2 id="sla-plan-title">{t('sla.linked.title')}</h2>
      {linked && (
        <div class={changed ? 'notice warning sla-link-status' : 'notice success sla-link-status'}>
          <p role="status">
            {t('sla.linked.linkedTo', { name: isolate(linked.scenarioName), date: dateTime(linked.linkedAt) })}
            {sentenceGap(lang)}
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
            <Figure id="sla-plan-mqls-total" label={t('sla.linked.mqlsTotal')} value={total(whole!.mqlsTotal ?? 0, whole!.months ?? 1)} />
            <Figure id="sla-plan-mqls" label={t('sla.linked.mqlsPerMonth')} value={number(whole!.mqlsPerMonth)} />
            <Figure id="sla-plan-sqls" label={t('sla.linked.sqlsPerMonth')} value={number(whole!.sqlsPerMonth)} />
            <Figure id="sla-plan-mqls-rep" label={t('sla.linked.mqlsPerRep')} value={number(whole!.mqlsPerRep)} />
            <Figure id="sla-plan-sqls-rep" label={t('sla.linked.sqlsPerRep')} value={number(whole!.sqlsPerRep)} />
          </div>
          {canRelink && !refreshFrom && (
            <button type="button" class="button" onClick={() => onUse(volumes)}>
              {t('sla.linked.use')}
            </button>
          )}
        </>
      ) : (
        <p class="sla-no-plan">
          {activeName === null ? t('sla.linked.noPlan') : t('sla.linked.unusable', { name: isolate(activeName) })}
          {sentenceGap(lang)}
          <a href={funnelHref}>{t('sla.linked.openFunnel')}</a>
        </p>
      )}
    </section>
  );
}
