import * as z from 'zod/mini';
import { defineArea } from '../area';
import type { Row } from '../../kpi/types';

/** One row of a list input: a stable id plus the raw text of each cell. */
export const rowSchema = z
  .record(z.string(), z.string())
  // The check guarantees the id, which the record type alone cannot say.
  .check(z.refine((row) => typeof row.id === 'string' && row.id !== '', { message: 'a row needs an id' })) as unknown as z.ZodMiniType<Row>;

/** A calculator's inputs exactly as typed: nothing is parsed before it is stored. */
export const calculatorInputSchema = z.object({
  fields: z._default(z.record(z.string(), z.string()), {}),
  rows: z._default(z.record(z.string(), z.array(rowSchema)), {}),
});
export type CalculatorInput = z.infer<typeof calculatorInputSchema>;

export const calculatorsSchema = z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), calculatorInputSchema);
export type CalculatorsState = z.infer<typeof calculatorsSchema>;

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
  schema: z.object({ kpi: z.string().check(z.regex(/^[a-z0-9-]+$/)), input: calculatorInputSchema }),
  defaults: () => ({ kpi: '', input: { fields: {}, rows: {} } }),
  migrations: {},
});
