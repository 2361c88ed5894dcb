import * as v from 'valibot';
import { defineArea } from '../area';
import { object, record } from '../shapes';
import type { Row } from '../../kpi/types';

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));

/** One row of a list input: a stable id plus the raw text of each cell. */
export const rowSchema = v.pipe(
  record(v.string(), v.string()),
  // The guard checks the id and says so in the type, which the record alone cannot.
  v.guard((row: Record<string, string>): row is Row => typeof row.id === 'string' && row.id !== '', 'a row needs an id'),
);

/** A calculator's inputs exactly as typed: nothing is parsed before it is stored. */
export const calculatorInputSchema = object({
  fields: v.optional(record(v.string(), v.string()), () => ({})),
  rows: v.optional(record(v.string(), v.array(rowSchema)), () => ({})),
});
export type CalculatorInput = v.InferOutput<typeof calculatorInputSchema>;

export const calculatorsSchema = record(slug, calculatorInputSchema);
export type CalculatorsState = v.InferOutput<typeof calculatorsSchema>;

export const calculatorsArea = defineArea({
  name: 'calculators',
  key: 'pw:calculators',
  version: 1,
  schema: calculatorsSchema,
  defaults: (): CalculatorsState => ({}),
  migrations: {},
});

/** A share link for one calculator: which KPI and its inputs. */
export const calculatorShareShape = defineArea({
  name: 'calculator',
  version: 1,
  schema: object({ kpi: slug, input: calculatorInputSchema }),
  defaults: () => ({ kpi: '', input: { fields: {}, rows: {} } }),
  migrations: {},
});
