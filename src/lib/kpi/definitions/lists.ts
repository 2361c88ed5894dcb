// The sales KPIs that read lists the user adds rows to: product lines, deals, stages and opportunities.
import { MAX_MAGNITUDE } from '../../number';
import { cell, defineKpi, figures } from '../define';
import { map } from '../guard';
import { profitMargins } from '../margin';
import { weightedPipeline } from '../pipeline';
import { bookings } from '../sales';

export const profitMarginKpi = defineKpi({
  id: 'profit-margin',
  team: 'sales',
  fields: [],
  rows: [
    {
      id: 'lines',
      columns: [
        { id: 'name', kind: 'text' },
        { id: 'revenue', kind: 'money' },
        // Money, but a line sold at a loss has a negative profit.
        { id: 'profit', kind: 'money', min: -MAX_MAGNITUDE },
      ],
      minRows: 1,
      example: [
        { id: 'l1', name: 'Licences', revenue: '120000', profit: '30000' },
        { id: 'l2', name: 'Services', revenue: '30000', profit: '15000' },
      ],
      rowQuantities: [{ id: 'margin', format: 'percent' }],
    },
  ],
  intermediates: [{ id: 'lineCount', format: 'count' }],
  outputs: [
    { id: 'weightedMargin', format: 'percent' },
    { id: 'meanMargin', format: 'percent' },
    { id: 'totalRevenue', format: 'money' },
    { id: 'totalProfit', format: 'money' },
  ],
  formula: (_, { lines = [] }) =>
    map(
      profitMargins(
        lines.map((line) => ({ revenue: cell(line, 'revenue'), profit: cell(line, 'profit') })),
      ),
      ({ lineMargins, ...values }) => ({
        values,
        rowValues: {
          lines: Object.fromEntries(
            lines.map((line, index) => [line.id, { margin: lineMargins[index] ?? 0 }]),
          ),
        },
      }),
    ),
});

export const bookingsKpi = defineKpi({
  id: 'bookings',
  team: 'sales',
  fields: [],
  rows: [
    {
      id: 'deals',
      columns: [
        { id: 'name', kind: 'text' },
        { id: 'value', kind: 'money' },
      ],
      minRows: 1,
      example: [
        { id: 'd1', name: 'Acme', value: '24000' },
        { id: 'd2', name: 'Globex', value: '18000' },
        { id: 'd3', name: 'Initech', value: '6000' },
      ],
    },
  ],
  outputs: [
    { id: 'total', format: 'money' },
    { id: 'count', format: 'count' },
    { id: 'average', format: 'money' },
  ],
  formula: (_, { deals = [] }) => map(bookings(deals.map((deal) => cell(deal, 'value'))), figures),
});

export const weightedPipelineKpi = defineKpi({
  id: 'weighted-pipeline',
  team: 'sales',
  fields: [],
  rows: [
    {
      id: 'stages',
      columns: [
        { id: 'name', kind: 'text' },
        { id: 'probability', kind: 'percent' },
      ],
      minRows: 1,
      example: [
        { id: 's1', name: 'Qualified', probability: '10' },
        { id: 's2', name: 'Proposal', probability: '40' },
        { id: 's3', name: 'Negotiation', probability: '70' },
      ],
    },
    {
      id: 'opportunities',
      columns: [
        { id: 'name', kind: 'text' },
        { id: 'value', kind: 'money' },
        { id: 'stage', kind: 'choice', rows: 'stages' },
      ],
      minRows: 1,
      example: [
        { id: 'o1', name: 'Acme', value: '50000', stage: 's2' },
        { id: 'o2', name: 'Globex', value: '20000', stage: 's3' },
        { id: 'o3', name: 'Initech', value: '30000', stage: 's1' },
      ],
      rowQuantities: [{ id: 'weightedValue', format: 'money' }],
    },
  ],
  outputs: [
    { id: 'weighted', format: 'money' },
    { id: 'unweighted', format: 'money' },
  ],
  formula: (_, { stages = [], opportunities = [] }) =>
    map(
      weightedPipeline(
        stages.map((stage) => ({ id: stage.id, probability: cell(stage, 'probability') })),
        opportunities.map((opportunity) => ({
          value: cell(opportunity, 'value'),
          stage: opportunity.texts.stage ?? '',
        })),
      ),
      ({ weightedValues, ...values }) => ({
        values,
        rowValues: {
          opportunities: Object.fromEntries(
            opportunities.map((opportunity, index) => [
              opportunity.id,
              { weightedValue: weightedValues[index] ?? 0 },
            ]),
          ),
        },
      }),
    ),
});
