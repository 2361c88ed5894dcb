// Client-side schemas use valibot: each page bundles only the checks it uses (zod/mini cost
// ~6 KB gzipped on every page that reads stored state).
import * as v from 'valibot';
import { object } from './persist/shapes';
import { canFormatCurrency, type CurrencyCode } from './currency-code';
import { localeCurrency, type Locale } from '../i18n/locales';

/** The currencies most plans here are in, offered first (ISO 4217); the workbook takes any other Intl formats. */
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'CNY', 'TWD', 'JPY', 'PLN', 'INR', 'AUD', 'CAD', 'CHF', 'SGD', 'HKD'] as const;

/** The currency the workbook plans in: any ISO 4217 code Intl formats ("USD", "KRW", "BHD"). */
export type Currency = CurrencyCode;

/** "2027-01": the first month of the planning period, or '' for "not set". */
export const monthSchema = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/))]);

export const settingsSchema = object({
  /** The currency every money figure is shown in: an ISO 4217 code Intl formats, never a sign or a name. */
  currency: v.optional(v.custom<Currency>(canFormatCurrency), 'USD'),
  /** The company the plan is for; printed on the plan's cover. */
  companyName: v.optional(v.string(), ''),
  /** Who prepared the plan; printed on the cover. */
  preparedBy: v.optional(v.string(), ''),
  /** First month of the planning period, "yyyy-mm", or '' for "not set". */
  periodStart: v.optional(monthSchema, ''),
});
export type Settings = v.InferOutput<typeof settingsSchema>;

export const defaultSettings = (): Settings => v.parse(settingsSchema, {});

/** Settings as a first visit in `locale` has them: that language's currency (Polish → PLN). */
export const defaultSettingsFor = (locale: Locale): Settings => ({ ...defaultSettings(), currency: localeCurrency[locale] });
