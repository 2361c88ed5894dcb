/**
 * Turns a KPI's declaration (its inputs, figures and formula) into a definition whose
 * `compute` reads raw text: every field and cell is parsed with `parseNumber`, every bad one
 * is reported at once, and only clean numbers reach the formula.
 */
import { parseNumber, type NumberKind, type NumberRule } from '../number';
import { finite, type Outcome, type Problem } from '../problem';
import type {
  ColumnSpec,
  FieldSpec,
  Format,
  KpiDefinition,
  KpiInput,
  KpiResult,
  Quantity,
  Row,
  RowsSpec,
  Team,
} from './types';

/** A row after parsing: number cells as numbers, text and choice cells as text. */
export interface ParsedRow {
  id: string;
  numbers: Record<string, number>;
  texts: Record<string, string>;
}

export interface FormulaResult {
  values: Record<string, number>;
  /** rows id → row id → row quantity id → value. */
  rowValues?: Record<string, Record<string, Record<string, number>>>;
}

export interface KpiDeclaration<Id extends string, FieldId extends string> {
  id: Id;
  team: Team;
  fields: readonly (FieldSpec & { id: FieldId })[];
  rows?: readonly (Omit<RowsSpec, 'rowQuantities'> & { rowQuantities?: Quantity[] })[];
  /** Named steps between the inputs and the outputs, for the worked formula. */
  intermediates?: readonly Quantity[];
  outputs: readonly Quantity[];
  formula(
    fields: Record<FieldId, number>,
    rows: Record<string, readonly ParsedRow[]>,
  ): Outcome<FormulaResult>;
}

const formatOfKind: Record<NumberKind, Format> = {
  money: 'money',
  count: 'count',
  percent: 'percent',
  days: 'days',
  months: 'months',
  ratio: 'multiple',
  number: 'number',
};

/** The parse rule of a number field or column. */
export function ruleOf({ kind, min, max, whole }: Omit<FieldSpec, 'id' | 'example'>): NumberRule {
  return {
    kind,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    ...(whole === undefined ? {} : { whole }),
  };
}

export const isNumberColumn = (
  column: ColumnSpec,
): column is Exclude<ColumnSpec, { kind: 'text' | 'choice' }> =>
  column.kind !== 'text' && column.kind !== 'choice';

/** A number cell of a parsed row; a missing one is a bug in a KPI declaration, not in the input. */
export function cell(row: ParsedRow, column: string): number {
  const value = row.numbers[column];
  if (value === undefined) throw new Error(`No number column "${column}" in row ${row.id}`);
  return value;
}

function parseRows(spec: RowsSpec, input: KpiInput, problems: Problem[]): ParsedRow[] {
  const list: readonly Row[] = input.rows[spec.id] ?? [];
  if (list.length < spec.minRows) {
    problems.push({ code: 'noRows', field: spec.id, min: spec.minRows });
    return [];
  }
  return list.map((row, index) => {
    const parsed: ParsedRow = { id: row.id, numbers: {}, texts: {} };
    for (const column of spec.columns) {
      const raw = row[column.id] ?? '';
      const field = `${spec.id}.${index}.${column.id}`;
      if (column.kind === 'text') {
        parsed.texts[column.id] = raw;
      } else if (column.kind === 'choice') {
        const choices = input.rows[column.rows] ?? [];
        if (raw === '') problems.push({ code: 'empty', field });
        else if (!choices.some((choice) => choice.id === raw))
          problems.push({ code: 'inconsistent', field, relation: 'oneOf', other: column.rows });
        parsed.texts[column.id] = raw;
      } else {
        const result = parseNumber(raw, { ...ruleOf(column), currency: input.currency });
        if (result.ok) parsed.numbers[column.id] = result.value;
        else problems.push({ ...result.problem, field });
      }
    }
    return parsed;
  });
}

export function defineKpi<const Id extends string, const FieldId extends string>(
  declaration: KpiDeclaration<Id, FieldId>,
): KpiDefinition<Id> {
  const fields = [...declaration.fields];
  const rows: RowsSpec[] = (declaration.rows ?? []).map((spec) => ({
    ...spec,
    rowQuantities: spec.rowQuantities ?? [],
  }));
  const outputs = [...declaration.outputs];
  const quantities: Quantity[] = [
    ...fields.map((field) => ({ id: field.id, format: formatOfKind[field.kind] })),
    ...(declaration.intermediates ?? []),
    ...outputs,
  ];

  function compute(input: KpiInput): KpiResult {
    const problems: Problem[] = [];
    const values: Record<string, number> = {};
    for (const field of fields) {
      const result = parseNumber(input.fields[field.id] ?? '', { ...ruleOf(field), currency: input.currency });
      if (result.ok) values[field.id] = result.value;
      else problems.push({ ...result.problem, field: field.id });
    }
    const parsedRows: Record<string, ParsedRow[]> = {};
    for (const spec of rows) parsedRows[spec.id] = parseRows(spec, input, problems);
    if (problems.length > 0) return { ok: false, problems };

    const outcome = declaration.formula(values as Record<FieldId, number>, parsedRows);
    if (!outcome.ok) return { ok: false, problems: [outcome.problem] };
    const all = { ...values, ...outcome.value.values };
    const rowValues = outcome.value.rowValues ?? {};
    // The formulas guard their own figures; this is the last line before the page.
    const figures = [
      ...Object.values(all),
      ...Object.values(rowValues).flatMap((byRow) =>
        Object.values(byRow).flatMap((byQuantity) => Object.values(byQuantity)),
      ),
    ];
    for (const figure of figures) {
      const checked = finite(figure);
      if (!checked.ok) return { ok: false, problems: [checked.problem] };
    }
    return { ok: true, values: all, rowValues };
  }

  return { id: declaration.id, team: declaration.team, fields, rows, outputs, quantities, compute };
}

/** A formula result of one figure, named `id`. */
export const named =
  (id: string) =>
  (value: number): FormulaResult => ({ values: { [id]: value } });

/** A formula result whose figures are already named. */
export const figures = (values: Record<string, number>): FormulaResult => ({ values });
