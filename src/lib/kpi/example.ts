import type { KpiDefinition, KpiInput } from './types';

/**
 * A fresh calculator opens on its definition's example figures. Said as examples, they can be
 * cleared in one go: every field and number or text cell emptied, the rows kept (so a list keeps
 * its least number of rows, and a choice keeps pointing at a row that exists).
 */

/** Whether `input` still holds exactly the example (nothing typed, or reset). */
export function isExampleInput(input: KpiInput, example: KpiInput): boolean {
  const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => (a[key] ?? '') === (b[key] ?? ''));
  };
  if (!sameRecord(input.fields, example.fields)) return false;
  const lists = new Set([...Object.keys(input.rows), ...Object.keys(example.rows)]);
  return [...lists].every((id) => {
    const rows = input.rows[id] ?? [];
    const expected = example.rows[id] ?? [];
    return rows.length === expected.length && rows.every((row, i) => sameRecord(row, expected[i]!));
  });
}

/** The example with its figures cleared: empty fields, empty number and text cells, choices kept. */
export function clearedInput(kpi: Pick<KpiDefinition, 'fields' | 'rows'>, example: KpiInput): KpiInput {
  return {
    fields: Object.fromEntries(kpi.fields.map((field) => [field.id, ''])),
    rows: Object.fromEntries(
      kpi.rows.map((spec) => [
        spec.id,
        (example.rows[spec.id] ?? []).map((row) => {
          const cleared = { ...row };
          for (const column of spec.columns) if (column.kind !== 'choice') cleared[column.id] = '';
          return cleared;
        }),
      ]),
    ),
  };
}
