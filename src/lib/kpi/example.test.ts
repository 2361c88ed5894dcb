import { describe, expect, it } from 'vitest';
import { clearedInput, isExampleInput } from './example';
import { getKpi } from './registry';

const cpl = getKpi('cost-per-lead')!;
const pipeline = getKpi('weighted-pipeline')!;
const exampleOf = (kpi: NonNullable<ReturnType<typeof getKpi>>) => ({
  fields: Object.fromEntries(kpi.fields.map((field) => [field.id, field.example])),
  rows: Object.fromEntries(kpi.rows.map((rows) => [rows.id, rows.example])),
});

describe('calculator examples', () => {
  it('are recognised until something is typed', () => {
    const example = exampleOf(cpl);
    expect(isExampleInput(example, example)).toBe(true);
    expect(isExampleInput({ ...example, fields: { ...example.fields, spend: '5001' } }, example)).toBe(false);
    expect(isExampleInput({ ...example, fields: { ...example.fields, spend: '' } }, example)).toBe(false);
  });

  it('clear to empty fields', () => {
    const cleared = clearedInput(cpl, exampleOf(cpl));
    expect(cleared).toEqual({ fields: { spend: '', leads: '' }, rows: {} });
    expect(isExampleInput(cleared, exampleOf(cpl))).toBe(false);
  });

  it('clear a list’s cells but keep its rows and their choices', () => {
    const example = exampleOf(pipeline);
    const cleared = clearedInput(pipeline, example);
    for (const spec of pipeline.rows) {
      expect(cleared.rows[spec.id]).toHaveLength(example.rows[spec.id]!.length);
      cleared.rows[spec.id]!.forEach((row, i) => {
        expect(row.id).toBe(example.rows[spec.id]![i]!.id);
        for (const column of spec.columns) {
          expect(row[column.id]).toBe(column.kind === 'choice' ? example.rows[spec.id]![i]![column.id] : '');
        }
      });
    }
    expect(isExampleInput(example, example)).toBe(true);
    expect(isExampleInput(cleared, example)).toBe(false);
  });
});
