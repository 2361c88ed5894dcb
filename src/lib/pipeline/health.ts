import type { HealthOptions } from '../sla/health';
import type { MeasuredFile } from './state';

/**
 * What the SLA health check can hold commitments against, from a measured CRM export: how soon
 * lost deals are given up (median days from created to lost), and, when the file's stage values
 * were placed on the funnel's stages, the share of MQL-stage records that reached SQL (the
 * default funnel: Lead, MQL, SQL, …, so stages 1 and 2).
 */
export function measuredForHealth(measured: MeasuredFile | null): HealthOptions['measured'] {
  if (!measured) return undefined;
  const { summary } = measured;
  const reach = summary.stageReach;
  const mql = reach[1]?.count ?? 0;
  const sql = reach[2]?.count;
  return {
    file: measured.file.name,
    lostDays: summary.cycleLost.median,
    lostDeals: summary.cycleLost.count,
    mqlToSql: reach.length >= 3 && mql > 0 && sql !== undefined ? sql / mql : null,
    mqlRecords: mql,
  };
}
