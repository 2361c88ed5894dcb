import { defineKpi, figures, named } from '../define';
import { map } from '../guard';
import {
  cacPayback,
  churnRate,
  customerAcquisitionCost,
  customerLifetimeValue,
  ltvToCac,
  retentionRate,
} from '../shared';

export const sharedKpis = [
  defineKpi({
    id: 'cac',
    team: 'shared',
    fields: [
      { id: 'salesSpend', kind: 'money', example: '60000' },
      { id: 'marketingSpend', kind: 'money', example: '40000' },
      { id: 'newCustomers', kind: 'count', example: '50' },
    ],
    intermediates: [{ id: 'totalSpend', format: 'money' }],
    outputs: [{ id: 'cac', format: 'money' }],
    formula: ({ salesSpend, marketingSpend, newCustomers }) =>
      map(customerAcquisitionCost(salesSpend, marketingSpend, newCustomers), figures),
  }),
  defineKpi({
    id: 'retention',
    team: 'shared',
    fields: [
      { id: 'start', kind: 'count', example: '200' },
      { id: 'end', kind: 'count', example: '210' },
      { id: 'new', kind: 'count', example: '30' },
    ],
    intermediates: [{ id: 'retained', format: 'count' }],
    outputs: [{ id: 'retention', format: 'percent' }],
    formula: (fields) => map(retentionRate(fields.start, fields.end, fields.new), figures),
  }),
  defineKpi({
    id: 'churn',
    team: 'shared',
    fields: [
      { id: 'start', kind: 'count', example: '200' },
      { id: 'lost', kind: 'count', example: '6' },
    ],
    outputs: [{ id: 'churn', format: 'percent' }],
    formula: ({ start, lost }) => map(churnRate(start, lost), named('churn')),
  }),
  defineKpi({
    id: 'ltv',
    team: 'shared',
    fields: [
      { id: 'arpa', kind: 'money', example: '500' },
      { id: 'grossMargin', kind: 'percent', example: '80' },
      { id: 'churn', kind: 'percent', example: '2' },
    ],
    intermediates: [{ id: 'grossProfitPerMonth', format: 'money' }],
    outputs: [
      { id: 'ltv', format: 'money' },
      { id: 'lifetimeMonths', format: 'months' },
    ],
    formula: ({ arpa, grossMargin, churn }) =>
      map(customerLifetimeValue(arpa, grossMargin, churn), figures),
  }),
  defineKpi({
    id: 'ltv-cac',
    team: 'shared',
    fields: [
      { id: 'ltv', kind: 'money', example: '20000' },
      { id: 'cac', kind: 'money', example: '5000' },
    ],
    outputs: [{ id: 'ratio', format: 'multiple' }],
    formula: ({ ltv, cac }) => map(ltvToCac(ltv, cac), named('ratio')),
  }),
  defineKpi({
    id: 'cac-payback',
    team: 'shared',
    fields: [
      { id: 'cac', kind: 'money', example: '6000' },
      { id: 'arpa', kind: 'money', example: '500' },
      { id: 'grossMargin', kind: 'percent', example: '80' },
    ],
    intermediates: [{ id: 'grossProfitPerMonth', format: 'money' }],
    outputs: [{ id: 'months', format: 'months' }],
    formula: ({ cac, arpa, grossMargin }) => map(cacPayback(cac, arpa, grossMargin), figures),
  }),
] as const;
