/** Every KPI calculator, in the order of the calculator index: marketing, sales, shared. */
import { marketingKpis } from './definitions/marketing';
import { salesKpis } from './definitions/sales';
import { sharedKpis } from './definitions/shared';
import type { KpiDefinition, KpiInput } from './types';

export const kpis = [...marketingKpis, ...salesKpis, ...sharedKpis] as const;

/** A KPI's id, which is also its route: /calculators/<id>/. */
export type KpiId = (typeof kpis)[number]['id'];

export const kpiIds: readonly KpiId[] = kpis.map((kpi) => kpi.id);

const byId = new Map<string, KpiDefinition<KpiId>>(kpis.map((kpi) => [kpi.id, kpi]));

export function isKpiId(id: string): id is KpiId {
  return byId.has(id);
}

/** The KPI with this id; undefined for an id that is not one (an old link, a typo). */
export function getKpi(id: KpiId): KpiDefinition<KpiId>;
export function getKpi(id: string): KpiDefinition<KpiId> | undefined;
export function getKpi(id: string): KpiDefinition<KpiId> | undefined {
  return byId.get(id);
}

/** A fresh calculator's inputs: every field's and list's example. */
export function exampleInput(kpi: KpiDefinition): KpiInput {
  return {
    fields: Object.fromEntries(kpi.fields.map((field) => [field.id, field.example])),
    rows: Object.fromEntries(
      kpi.rows.map((rows) => [rows.id, rows.example.map((row) => ({ ...row }))]),
    ),
  };
}
