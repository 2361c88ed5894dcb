import { describe, expect, it } from 'vitest';
import { exampleInput, getKpi, isKpiId, kpiIds, kpis } from './registry';
import type { KpiDefinition } from './types';

const specOrder = [
  'cost-per-lead',
  'mql-rate',
  'mql-to-sql',
  'roas',
  'marketing-roi',
  'sales-growth',
  'profit-margin',
  'bookings',
  'weighted-pipeline',
  'target-attainment',
  'win-rate',
  'sales-velocity',
  'cac',
  'retention',
  'churn',
  'ltv',
  'ltv-cac',
  'cac-payback',
];

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

describe('the registry', () => {
  it('lists every KPI of the contract, in its order', () => {
    expect(kpiIds).toEqual(specOrder);
  });

  it('finds a KPI by id and nothing for an unknown id', () => {
    expect(getKpi('cac').id).toBe('cac');
    expect(getKpi('nope')).toBeUndefined();
    expect(isKpiId('ltv-cac')).toBe(true);
    expect(isKpiId('constructor')).toBe(false);
  });
});

describe.each(kpis.map((kpi) => [kpi.id, kpi as KpiDefinition] as const))(
  '%s is declared coherently',
  (_, kpi) => {
    it('has unique input, quantity and output ids, every output among the quantities', () => {
      expect(unique([...kpi.fields.map((f) => f.id), ...kpi.rows.map((r) => r.id)])).toBe(true);
      expect(unique(kpi.quantities.map((q) => q.id))).toBe(true);
      expect(kpi.outputs.length).toBeGreaterThan(0);
      for (const output of kpi.outputs) expect(kpi.quantities).toContainEqual(output);
    });

    it('picks choices only from a list of the same KPI', () => {
      const rowsIds = kpi.rows.map((r) => r.id);
      for (const column of kpi.rows.flatMap((r) => r.columns)) {
        if (column.kind === 'choice') expect(rowsIds).toContain(column.rows);
      }
    });

    it('has an example for every field and every cell, with unique row ids', () => {
      for (const field of kpi.fields) expect(field.example).not.toBe('');
      for (const rows of kpi.rows) {
        expect(rows.example.length).toBeGreaterThanOrEqual(rows.minRows);
        expect(unique(rows.example.map((row) => row.id))).toBe(true);
        for (const row of rows.example)
          expect(Object.keys(row).sort()).toEqual(['id', ...rows.columns.map((c) => c.id)].sort());
      }
    });

    it('computes its example, giving every quantity and every row figure', () => {
      const result = kpi.compute(exampleInput(kpi));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(Object.keys(result.values).sort()).toEqual(kpi.quantities.map((q) => q.id).sort());
      for (const rows of kpi.rows.filter((r) => r.rowQuantities.length > 0)) {
        for (const row of rows.example) {
          expect(Object.keys(result.rowValues[rows.id]?.[row.id] ?? {}).sort()).toEqual(
            rows.rowQuantities.map((q) => q.id).sort(),
          );
        }
      }
    });
  },
);

describe('each example gives its hand-worked headline', () => {
  it.each([
    // 5 000 ÷ 125 = 40
    ['cost-per-lead', 40],
    // 120 ÷ 400 = 30 %
    ['mql-rate', 30],
    // 42 ÷ 120 = 35 %
    ['mql-to-sql', 35],
    // 18 000 ÷ 4 000 = 4.5×
    ['roas', 4.5],
    // (50 000 × 60 % − 12 000) ÷ 12 000 = 150 %
    ['marketing-roi', 150],
    // (92 000 − 80 000) ÷ 80 000 = 15 %
    ['sales-growth', 15],
    // (30 000 + 15 000) ÷ (120 000 + 30 000) = 30 %
    ['profit-margin', 30],
    // 24 000 + 18 000 + 6 000 = 48 000
    ['bookings', 48000],
    // 50 000 × 40 % + 20 000 × 70 % + 30 000 × 10 % = 37 000
    ['weighted-pipeline', 37000],
    // 180 000 ÷ 300 000 = 60 %
    ['target-attainment', 60],
    // 18 ÷ (18 + 42) = 30 %
    ['win-rate', 30],
    // 40 × 12 000 × 25 % ÷ 60 = 2 000 a day
    ['sales-velocity', 2000],
    // (60 000 + 40 000) ÷ 50 = 2 000
    ['cac', 2000],
    // (210 − 30) ÷ 200 = 90 %
    ['retention', 90],
    // 6 ÷ 200 = 3 %
    ['churn', 3],
    // 500 × 80 % ÷ 2 % = 20 000
    ['ltv', 20000],
    // 20 000 ÷ 5 000 = 4×
    ['ltv-cac', 4],
    // 6 000 ÷ (500 × 80 %) = 15 months
    ['cac-payback', 15],
  ] as const)('%s: %d', (id, headline) => {
    const kpi = getKpi(id);
    const result = kpi.compute(exampleInput(kpi));
    expect(result.ok && result.values[kpi.outputs[0]!.id]).toBeCloseTo(headline, 9);
  });
});

describe('compute reads raw text', () => {
  const cpl = getKpi('cost-per-lead');
  const margin = getKpi('profit-margin');
  const pipeline = getKpi('weighted-pipeline');
  const lines = (...rows: [string, string][]) => ({
    fields: {},
    rows: {
      lines: rows.map(([revenue, profit], i) => ({ id: `l${i}`, name: '', revenue, profit })),
    },
  });

  it('reports every bad field at once, each by its id', () => {
    expect(cpl.compute({ fields: { spend: 'abc', leads: '2.5' }, rows: {} })).toEqual({
      ok: false,
      problems: [
        { code: 'notANumber', field: 'spend' },
        { code: 'notWhole', field: 'leads' },
      ],
    });
  });

  it('reads money with the workbook’s currency sign, and only with it', () => {
    // 60 000 ÷ 1 500 = 40
    expect(cpl.compute({ fields: { spend: '$60,000', leads: '1500' }, rows: {}, currency: 'USD' })).toMatchObject({ ok: true, values: { cpl: 40 } });
    expect(cpl.compute({ fields: { spend: '60 000 zł', leads: '1500' }, rows: {}, currency: 'PLN' })).toMatchObject({ ok: true, values: { cpl: 40 } });
    // Another currency's sign, or a sign where no currency is given, is not a number here.
    expect(cpl.compute({ fields: { spend: '€60,000', leads: '1500' }, rows: {}, currency: 'USD' })).toEqual({ ok: false, problems: [{ code: 'notANumber', field: 'spend' }] });
    expect(cpl.compute({ fields: { spend: '$60,000', leads: '1500' }, rows: {} })).toEqual({ ok: false, problems: [{ code: 'notANumber', field: 'spend' }] });
    // A count never takes one.
    expect(cpl.compute({ fields: { spend: '60000', leads: '$1500' }, rows: {}, currency: 'USD' })).toEqual({ ok: false, problems: [{ code: 'notANumber', field: 'leads' }] });
  });

  it('counts a missing field as empty', () => {
    expect(cpl.compute({ fields: { spend: '100' }, rows: {} })).toEqual({
      ok: false,
      problems: [{ code: 'empty', field: 'leads' }],
    });
  });

  it('reports a figure that cannot be computed once, on the input to blame', () => {
    expect(cpl.compute({ fields: { spend: '100', leads: '0' }, rows: {} })).toEqual({
      ok: false,
      problems: [{ code: 'zeroDenominator', field: 'leads' }],
    });
  });

  it('accepts percentages with their sign and keeps the parsed inputs among the values', () => {
    const result = getKpi('ltv').compute({
      fields: { arpa: '1,200', grossMargin: '50%', churn: '5 %' },
      rows: {},
    });
    // 1 200 × 50 % ÷ 5 % = 12 000
    expect(result).toMatchObject({
      ok: true,
      values: { arpa: 1200, grossMargin: 50, churn: 5, ltv: 12000 },
    });
  });

  it('refuses a percentage above 100', () => {
    expect(
      getKpi('ltv').compute({ fields: { arpa: '1', grossMargin: '120', churn: '5' }, rows: {} }),
    ).toEqual({
      ok: false,
      problems: [{ code: 'outOfRange', field: 'grossMargin', min: 0, max: 100 }],
    });
  });

  it('needs at least one row in a list', () => {
    expect(margin.compute({ fields: {}, rows: {} })).toEqual({
      ok: false,
      problems: [{ code: 'noRows', field: 'lines', min: 1 }],
    });
  });

  it('names a bad cell by list, row index and column, and lets names stay empty', () => {
    expect(margin.compute(lines(['100', '10'], ['x', '-5'], ['50', '']))).toEqual({
      ok: false,
      problems: [
        { code: 'notANumber', field: 'lines.1.revenue' },
        { code: 'empty', field: 'lines.2.profit' },
      ],
    });
  });

  it('takes a loss-making line, and gives each line its margin by row id', () => {
    // (400 − 100) ÷ (1 000 + 500) = 20 %; mean of 40 % and −20 % = 10 %
    const result = margin.compute(lines(['1000', '400'], ['500', '-100']));
    expect(result).toMatchObject({
      ok: true,
      values: { weightedMargin: 20, meanMargin: 10, totalProfit: 300 },
      rowValues: { lines: { l0: { margin: 40 }, l1: { margin: -20 } } },
    });
  });

  it('blames a line without revenue on its revenue cell', () => {
    expect(margin.compute(lines(['100', '10'], ['0', '0']))).toEqual({
      ok: false,
      problems: [{ code: 'zeroDenominator', field: 'lines.1.revenue' }],
    });
  });

  it('checks that each opportunity points at a stage that exists', () => {
    const input = {
      fields: {},
      rows: {
        stages: [{ id: 's1', name: 'Demo', probability: '50' }],
        opportunities: [
          { id: 'a', name: 'A', value: '1000', stage: 's1' },
          { id: 'b', name: 'B', value: '1000', stage: 'gone' },
          { id: 'c', name: 'C', value: '1000', stage: '' },
        ],
      },
    };
    expect(pipeline.compute(input)).toEqual({
      ok: false,
      problems: [
        { code: 'inconsistent', field: 'opportunities.1.stage', relation: 'oneOf', other: 'stages' },
        { code: 'empty', field: 'opportunities.2.stage' },
      ],
    });
    // 1 000 × 50 % = 500
    expect(
      pipeline.compute({
        ...input,
        rows: { ...input.rows, opportunities: input.rows.opportunities.slice(0, 1) },
      }),
    ).toMatchObject({
      ok: true,
      values: { unweighted: 1000, weighted: 500 },
      rowValues: { opportunities: { a: { weightedValue: 500 } } },
    });
  });
});
