// Client-side schemas use zod/mini: classic zod adds ~90 KB of gzipped JS to a page, mini ~6 KB.
import * as z from 'zod/mini';

/** Currencies the workbook formats figures in (ISO 4217). */
export const currencies = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'PLN', 'INR', 'AUD', 'CAD', 'CHF', 'SGD', 'HKD'] as const;
export type Currency = (typeof currencies)[number];

/** "2027-01": the first month of the planning period, or '' for "not set". */
export const monthSchema = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))]);

export const settingsSchema = z.object({
  /** The currency every money figure is shown in. */
  currency: z._default(z.enum(currencies), 'USD'),
  /** The company the plan is for; printed on the plan's cover. */
  companyName: z._default(z.string(), ''),
  /** Who prepared the plan; printed on the cover. */
  preparedBy: z._default(z.string(), ''),
  /** First month of the planning period, "yyyy-mm", or '' for "not set". */
  periodStart: z._default(monthSchema, ''),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
