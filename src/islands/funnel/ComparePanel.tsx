import { useMemo } from 'preact/hooks';
import { planScenario, type ScenarioPlan } from '../../lib/funnel/sections';
import type { FunnelState } from '../../lib/persist/areas/funnel';
import type { Currency } from '../../lib/settings';
import { setCompared } from '../../stores/funnel';
import { useI18n } from '../kit/i18n';
import type { Formatters } from './format';

interface Row {
  label: string;
  value: (plan: ScenarioPlan) => string | null;
}

/** Two or three saved scenarios side by side: their inputs and key figures. */
export function ComparePanel({ state, fmt, currency }: { state: FunnelState; fmt: Formatters; currency: Currency }) {
  const { t } = useI18n();
  const { scenarios, compareIds } = state;
  const compared = scenarios.filter((s) => compareIds.includes(s.id));
  const plans = useMemo(() => compared.map((s) => planScenario(s, currency)), [compared.map((s) => s.updatedAt + s.id).join(), currency]);
  const toggle = (id: string, on: boolean) =>
    setCompared(on ? scenarios.filter((s) => s.id === id || compareIds.includes(s.id)).map((s) => s.id) : compareIds.filter((c) => c !== id));

  const reverse = (p: ScenarioPlan) => (p.plan.ok ? p.plan.value.reverse : null);
  // Every money figure of the table shares its decimals.
  const money = fmt.moneyColumn(
    plans.flatMap((p) => {
      const r = reverse(p);
      return [...(p.input ? [p.input.target, p.input.dealSize.likely] : []), ...(r ? [r.budget, r.budgetPerMonth, r.costPerDeal] : [])];
    }),
  );
  const rows: Row[] = [
    { label: t('funnel.target'), value: (p) => (p.input ? money(p.input.target) : null) },
    { label: t('funnel.dealSize'), value: (p) => (p.input ? money(p.input.dealSize.likely) : null) },
    { label: t('funnel.months'), value: (p) => (p.input ? `${fmt.count(p.input.months)} ${t('unit.months')}` : null) },
    { label: t('funnel.fig.leads'), value: (p) => (reverse(p) ? fmt.count(reverse(p)!.leads) : null) },
    { label: t('funnel.fig.deals'), value: (p) => (reverse(p) ? fmt.count(reverse(p)!.deals) : null) },
    { label: t('funnel.fig.budget'), value: (p) => (reverse(p) ? money(reverse(p)!.budget) : null) },
    { label: t('funnel.fig.budgetPerMonth'), value: (p) => (reverse(p) ? money(reverse(p)!.budgetPerMonth) : null) },
    {
      label: t('funnel.fig.costPerDeal'),
      // A plan of no deals has no cost per deal: said so, not $0 and not "inputs to fix".
      value: (p) => {
        const r = reverse(p);
        return !r ? null : r.deals > 0 ? money(r.costPerDeal) : t('funnel.compare.noDeals');
      },
    },
    {
      label: t('funnel.fig.perMonth', { stage: t('funnel.stage.mql') }),
      value: (p) => (p.plan.ok && p.plan.value.capacity.ok ? fmt.flow(p.plan.value.capacity.value.mqlsPerMonth) : null),
    },
    {
      label: t('funnel.fig.perMonth', { stage: t('funnel.stage.sql') }),
      value: (p) => (p.plan.ok && p.plan.value.capacity.ok ? fmt.flow(p.plan.value.capacity.value.sqlsPerMonth) : null),
    },
    {
      label: t('funnel.compare.copes'),
      value: (p) => (p.plan.ok && p.plan.value.capacity.ok ? t(p.plan.value.capacity.value.canCope ? 'funnel.compare.yes' : 'funnel.compare.no') : null),
    },
  ];

  return (
    <section class={compared.length >= 2 ? 'card compare-panel' : 'card compare-panel no-print'} aria-labelledby="funnel-compare-title">
      <h2 id="funnel-compare-title">{t('funnel.compare.title')}</h2>
      {scenarios.length < 2 ? (
        <p class="muted">{t('funnel.compare.needTwo')}</p>
      ) : (
        <>
          <fieldset class="choice-group no-print">
            <legend>{t('funnel.compare.pick')}</legend>
            <p class="hint">{t('funnel.compare.hint')}</p>
            <div class="compare-choices">
              {scenarios.map((s) => {
                const checked = compareIds.includes(s.id);
                return (
                  <div class="choice" key={s.id}>
                    <input
                      type="checkbox"
                      id={`funnel-compare-${s.id}`}
                      checked={checked}
                      disabled={!checked && compareIds.length >= 3}
                      onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                    />
                    <label for={`funnel-compare-${s.id}`}>{s.name.trim() || t('funnel.scenario.untitled')}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
          {compared.length >= 2 && (
            <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="funnel-compare-caption">
              <table class="compare-table">
                <caption id="funnel-compare-caption">{t('funnel.compare.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('funnel.compare.figure')}</th>
                    {compared.map((s) => (
                      <th scope="col" class="num" key={s.id}>
                        {s.name.trim() || t('funnel.scenario.untitled')}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.label}>
                      <th scope="row">{row.label}</th>
                      {plans.map((plan, i) => (
                        <td class="num" key={compared[i]!.id}>
                          {row.value(plan) ?? <span class="muted">{t('funnel.compare.fix')}</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
