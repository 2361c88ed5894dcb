import { map } from '../guard';
import { defineKpi, figures, named } from '../define';
import { costPerLead, marketingRoi, mqlRate, mqlToSqlRate, returnOnAdSpend } from '../marketing';

export const marketingKpis = [
  defineKpi({
    id: 'cost-per-lead',
    team: 'marketing',
    fields: [
      { id: 'spend', kind: 'money', example: '5000' },
      { id: 'leads', kind: 'count', example: '125' },
    ],
    outputs: [{ id: 'cpl', format: 'money' }],
    formula: ({ spend, leads }) => map(costPerLead(spend, leads), named('cpl')),
  }),
  defineKpi({
    id: 'mql-rate',
    team: 'marketing',
    fields: [
      { id: 'leads', kind: 'count', example: '400' },
      { id: 'mqls', kind: 'count', example: '120' },
    ],
    outputs: [{ id: 'mqlRate', format: 'percent' }],
    formula: ({ leads, mqls }) => map(mqlRate(leads, mqls), named('mqlRate')),
  }),
  defineKpi({
    id: 'mql-to-sql',
    team: 'marketing',
    fields: [
      { id: 'mqls', kind: 'count', example: '120' },
      { id: 'sqls', kind: 'count', example: '42' },
    ],
    outputs: [{ id: 'sqlRate', format: 'percent' }],
    formula: ({ mqls, sqls }) => map(mqlToSqlRate(mqls, sqls), named('sqlRate')),
  }),
  defineKpi({
    id: 'roas',
    team: 'marketing',
    fields: [
      { id: 'revenue', kind: 'money', example: '18000' },
      { id: 'adSpend', kind: 'money', example: '4000' },
    ],
    outputs: [
      { id: 'roas', format: 'multiple' },
      { id: 'roasPercent', format: 'percent' },
    ],
    formula: ({ revenue, adSpend }) => map(returnOnAdSpend(revenue, adSpend), figures),
  }),
  defineKpi({
    id: 'marketing-roi',
    team: 'marketing',
    fields: [
      { id: 'revenue', kind: 'money', example: '50000' },
      { id: 'grossMargin', kind: 'percent', example: '60' },
      { id: 'spend', kind: 'money', example: '12000' },
    ],
    intermediates: [
      { id: 'netReturn', format: 'money' },
      { id: 'revenueReturn', format: 'money' },
    ],
    // Both returns, each named for what it counts: on gross profit (the headline) and on revenue.
    outputs: [
      { id: 'roi', format: 'percent' },
      { id: 'revenueRoi', format: 'percent' },
      { id: 'grossProfit', format: 'money' },
    ],
    formula: ({ revenue, grossMargin, spend }) =>
      map(marketingRoi(revenue, grossMargin, spend), figures),
  }),
] as const;
