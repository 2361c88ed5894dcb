/**
 * The shape of a KPI calculator, shared by the registry, the calculator islands and the
 * KPI texts (content/kpis). Inputs are kept as raw text; only `compute` turns them into numbers.
 */
import type { FigureFormat } from '../format';
import type { NumberKind } from '../number';
import type { Problem } from '../problem';
import type { Currency } from '../settings';

/** How a figure is shown: the same kinds `formatFigure` knows. */
export type Format = FigureFormat;

/** Who owns the figure; the calculator index groups by it. */
export type Team = 'marketing' | 'sales' | 'shared';

/** A named number the calculator can show: an input, an intermediate step or an output. */
export interface Quantity {
  id: string;
  format: Format;
}

/** A number input: its id, what it holds and the bounds beyond its kind's defaults. */
export interface FieldSpec {
  id: string;
  kind: NumberKind;
  min?: number;
  max?: number;
  whole?: boolean;
  /** A sensible value, as text, that prefills a fresh calculator. */
  example: string;
}

/** A free-text cell (a product line's or deal's name); it may be left empty. */
export interface TextColumnSpec {
  id: string;
  kind: 'text';
}

/** A cell that picks a row of another list by its row id (an opportunity's stage). */
export interface ChoiceColumnSpec {
  id: string;
  kind: 'choice';
  /** The id of the rows list it picks from. */
  rows: string;
}

export type NumberColumnSpec = Omit<FieldSpec, 'example'>;

export type ColumnSpec = NumberColumnSpec | TextColumnSpec | ChoiceColumnSpec;

/** One row of a list input: a stable id plus the raw text of each cell, by column id. */
export type Row = { id: string } & Record<string, string>;

export interface RowsSpec {
  id: string;
  columns: ColumnSpec[];
  minRows: number;
  /** The rows that prefill a fresh calculator. */
  example: Row[];
  /** Figures computed for each row (each line's margin), found in `rowValues`. */
  rowQuantities: Quantity[];
}

/** A calculator's inputs exactly as typed; a missing field or cell counts as empty. */
export interface KpiInput {
  fields: Record<string, string>;
  rows: Record<string, Row[]>;
  /** The workbook's currency: money may carry its sign or code, as typed or pasted ("$60,000"). */
  currency?: Currency;
}

export type KpiResult =
  | {
      ok: true;
      /** Every quantity and output of the KPI, by id. */
      values: Record<string, number>;
      /** Per-row figures: rows id → row id → row quantity id → value. */
      rowValues: Record<string, Record<string, Record<string, number>>>;
    }
  | {
      ok: false;
      /**
       * One problem per bad input (`field` = the field id, or `<rowsId>.<rowIndex>.<columnId>`
       * for a cell, or the rows id for an empty list), or a single problem for the whole figure.
       */
      problems: Problem[];
    };

export interface KpiDefinition<Id extends string = string> {
  id: Id;
  team: Team;
  fields: FieldSpec[];
  rows: RowsSpec[];
  /** What the calculator shows; the first is the headline figure. */
  outputs: Quantity[];
  /** Every named number the worked formula may show: parsed inputs, intermediates, outputs. */
  quantities: Quantity[];
  compute(input: KpiInput): KpiResult;
}
