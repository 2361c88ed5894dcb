// Properties that hold for every KPI of the registry, checked generically from the declarations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MAGNITUDE } from '../number';
import { ruleOf } from './define';
import { kpis } from './registry';
import type { KpiDefinition, KpiInput, KpiResult, NumberColumnSpec, Row, RowsSpec } from './types';

const all = kpis.map((kpi) => [kpi.id, kpi as KpiDefinition] as const);
const MAX_ROWS = 4;

/** The bounds `parseNumber` applies to a field or column. */
function bounds(spec: NumberColumnSpec) {
  const rule = ruleOf(spec);
  return {
    min: rule.min ?? (rule.kind === 'number' ? -MAX_MAGNITUDE : 0),
    max: rule.max ?? (rule.kind === 'percent' ? 100 : MAX_MAGNITUDE),
    whole: rule.whole ?? (rule.kind === 'count' || rule.kind === 'months'),
  };
}

/** Any number the field accepts, extremes and tiny fractions included. */
function anyAccepted(spec: NumberColumnSpec): fc.Arbitrary<number> {
  const { min, max, whole } = bounds(spec);
  const double = fc
    .double({ min, max, noNaN: true })
    .map((value) => (whole ? Math.min(max, Math.max(min, Math.round(value))) : value));
  return fc.oneof(
    double,
    fc.constantFrom(min, max, Math.max(min, Math.min(max, 0)), Math.max(min, Math.min(max, 1))),
  );
}

/** Ordinary figures: money in cents, other kinds in hundredths or whole, well inside the bounds. */
function ordinary(spec: NumberColumnSpec): fc.Arbitrary<number> {
  const { min, max, whole } = bounds(spec);
  if (whole) return fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) });
  return fc
    .integer({ min: Math.max(min * 100, -1e9), max: Math.min(max * 100, 1e9) })
    .map((hundredths) => hundredths / 100);
}

const textOf = (value: number) => String(value);

/** Inputs for a KPI: its fields, and 0 to MAX_ROWS rows per list whose choices may point anywhere. */
function inputs(
  kpi: KpiDefinition,
  number: (spec: NumberColumnSpec) => fc.Arbitrary<number>,
): fc.Arbitrary<KpiInput> {
  const fields = fc.record(
    Object.fromEntries(kpi.fields.map((field) => [field.id, number(field).map(textOf)])),
  );
  const rowsOf = (spec: RowsSpec): fc.Arbitrary<Row[]> => {
    const cells = Object.fromEntries(
      spec.columns.map((column) => {
        if (column.kind === 'text') return [column.id, fc.string({ maxLength: 8 })];
        if (column.kind === 'choice') {
          const existing = fc.constantFrom(
            ...Array.from({ length: MAX_ROWS }, (_, i) => `${column.rows}-${i}`),
          );
          return [
            column.id,
            fc.oneof(
              { arbitrary: existing, weight: 6 },
              { arbitrary: fc.constantFrom('', 'gone'), weight: 1 },
            ),
          ];
        }
        return [column.id, number(column).map(textOf)];
      }),
    );
    return fc
      .array(fc.record(cells), { minLength: 0, maxLength: MAX_ROWS })
      .map((rows) =>
        rows.map((row, i) => ({ ...(row as Record<string, string>), id: `${spec.id}-${i}` })),
      );
  };
  const rows = fc.record(Object.fromEntries(kpi.rows.map((spec) => [spec.id, rowsOf(spec)])));
  return fc.record({ fields, rows }) as fc.Arbitrary<KpiInput>;
}

/** Junk of every sort: numbers, words, signs, separators. */
function anyText(kpi: KpiDefinition): fc.Arbitrary<KpiInput> {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.double().map(String),
    fc.constantFrom('', '-0', '1e308', '1e-320', '100%', '1,000', 'NaN'),
  );
  return inputs(kpi, () => fc.constant(0)).chain((shape) =>
    fc.record({
      fields: fc.record(Object.fromEntries(Object.keys(shape.fields).map((id) => [id, text]))),
      rows: fc.constant(shape.rows),
    }),
  ) as fc.Arbitrary<KpiInput>;
}

function everyFigure(result: Extract<KpiResult, { ok: true }>): number[] {
  const perRow = Object.values(result.rowValues).flatMap((byRow) =>
    Object.values(byRow).flatMap((byQuantity) => Object.values(byQuantity)),
  );
  return [...Object.values(result.values), ...perRow];
}

function expectFiniteOrProblem(result: KpiResult) {
  if (result.ok)
    for (const figure of everyFigure(result)) expect(Number.isFinite(figure)).toBe(true);
  else expect(result.problems.length).toBeGreaterThan(0);
}

describe.each(all)('%s never shows NaN or Infinity', (_, kpi) => {
  it('for any inputs within their bounds', () => {
    fc.assert(
      fc.property(inputs(kpi, anyAccepted), (input) => expectFiniteOrProblem(kpi.compute(input))),
      { numRuns: 300 },
    );
  });

  it('for any text at all', () => {
    fc.assert(
      fc.property(anyText(kpi), (input) => expectFiniteOrProblem(kpi.compute(input))),
      { numRuns: 200 },
    );
  });
});

/** Multiplies every money field and money cell of an input by k. */
function scaleMoney(kpi: KpiDefinition, input: KpiInput, k: number): KpiInput {
  const scale = (raw: string) => textOf(Number(raw) * k);
  const fields = Object.fromEntries(
    kpi.fields.map((field) => [
      field.id,
      field.kind === 'money' ? scale(input.fields[field.id] ?? '') : (input.fields[field.id] ?? ''),
    ]),
  );
  const rows = Object.fromEntries(
    kpi.rows.map((spec) => {
      const money = spec.columns
        .filter((column) => column.kind === 'money')
        .map((column) => column.id);
      const scaled = (input.rows[spec.id] ?? []).map((row) => {
        const copy: Row = { ...row };
        for (const id of money) copy[id] = scale(row[id] ?? '');
        return copy;
      });
      return [spec.id, scaled];
    }),
  );
  return { fields, rows };
}

/** The largest money input: a difference of two of them can carry rounding error of its size. */
function largestMoney(kpi: KpiDefinition, input: KpiInput): number {
  const fields = kpi.fields
    .filter((field) => field.kind === 'money')
    .map((field) => Math.abs(Number(input.fields[field.id])));
  const cells = kpi.rows.flatMap((spec) =>
    spec.columns
      .filter((column) => column.kind === 'money')
      .flatMap((column) =>
        (input.rows[spec.id] ?? []).map((row) => Math.abs(Number(row[column.id]))),
      ),
  );
  return Math.max(0, ...fields, ...cells);
}

const withMoney = all.filter(
  ([, kpi]) =>
    kpi.fields.some((f) => f.kind === 'money') ||
    kpi.rows.some((r) => r.columns.some((c) => c.kind === 'money')),
);

describe.each(withMoney)('%s scales with the currency unit', (_, kpi) => {
  it('money inputs × k give money figures × k and leave every other figure as it was', () => {
    const k = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(inputs(kpi, ordinary), k, (input, factor) => {
        const before = kpi.compute(input);
        const after = kpi.compute(scaleMoney(kpi, input, factor));
        expect(after.ok).toBe(before.ok);
        if (!before.ok || !after.ok) {
          // The same problems at any scale; only the figures a contradiction quotes scale with it.
          const unquoted = (result: typeof before) =>
            result.ok ? result : result.problems.map(({ value, limit, ...problem }) => problem);
          expect(unquoted(after)).toEqual(unquoted(before));
          return;
        }
        const moneyScale = factor * largestMoney(kpi, input);
        const close = (actual: number | undefined, expected: number, scale: number) =>
          expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(
            1e-9 * Math.max(Math.abs(expected), scale),
          );
        for (const quantity of kpi.quantities) {
          const value = before.values[quantity.id] ?? NaN;
          if (quantity.format === 'money')
            close(after.values[quantity.id], value * factor, moneyScale);
          else close(after.values[quantity.id], value, 1);
        }
        for (const spec of kpi.rows) {
          for (const [rowId, figures] of Object.entries(before.rowValues[spec.id] ?? {})) {
            for (const quantity of spec.rowQuantities) {
              const value = figures[quantity.id] ?? NaN;
              const scaled = after.rowValues[spec.id]?.[rowId]?.[quantity.id];
              if (quantity.format === 'money') close(scaled, value * factor, moneyScale);
              else close(scaled, value, 1);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
