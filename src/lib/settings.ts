import { z } from 'zod';

/** Currencies the workbook formats figures in (ISO 4217). */
export const currencies = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'PLN', 'INR', 'AUD', 'CAD', 'CHF', 'SGD', 'HKD'] as const;
export type Currency = (typeof currencies)[number];

/** "2027-01": the first month of the planning period. */
export const monthSchema = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);

export const settingsSchema = z.object({
  /** The currency every money figure is shown in. */
  currency: z.enum(currencies).default('USD'),
  /** The company the plan is for; printed on the plan's cover. */
  companyName: z.string().default(''),
  /** Who prepared the plan; printed on the cover. */
  preparedBy: z.string().default(''),
  /** First month of the planning period, "yyyy-mm", or '' for "not set". */
  periodStart: monthSchema.default(''),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
