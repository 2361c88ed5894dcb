import { z } from 'zod';
import { defineArea } from '../area';

/** One row of a list input: a stable id plus the raw text of each cell. */
export const rowSchema = z.record(z.string(), z.string()).refine((row) => typeof row.id === 'string' && row.id !== '', {
  message: 'a row needs an id',
});

/** A calculator's inputs exactly as typed: nothing is parsed before it is stored. */
export const calculatorInputSchema = z.object({
  fields: z.record(z.string(), z.string()).default({}),
  rows: z.record(z.string(), z.array(rowSchema)).default({}),
});
export type CalculatorInput = z.infer<typeof calculatorInputSchema>;

export const calculatorsSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), calculatorInputSchema);
export type CalculatorsState = z.infer<typeof calculatorsSchema>;

export const calculatorsArea = defineArea({
  name: 'calculators',
  key: 'pw:calculators',
  version: 1,
  schema: calculatorsSchema,
  defaults: (): CalculatorsState => ({}),
  migrations: {},
});
