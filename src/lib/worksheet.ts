import * as v from 'valibot';
import { object } from './persist/shapes';

/** The seven Ps, in the order the worksheet asks them; the first four are the classic 4P. */
export const marketingMixPs = ['product', 'price', 'place', 'promotion', 'people', 'process', 'physicalEvidence'] as const;
export type MarketingMixP = (typeof marketingMixPs)[number];

const answersSchema = object({
  product: v.optional(v.string(), ''),
  price: v.optional(v.string(), ''),
  place: v.optional(v.string(), ''),
  promotion: v.optional(v.string(), ''),
  people: v.optional(v.string(), ''),
  process: v.optional(v.string(), ''),
  physicalEvidence: v.optional(v.string(), ''),
});

export const marketingMixSchema = object({
  /** What the worksheet is about: the product or service's name. */
  subject: v.optional(v.string(), ''),
  /** Whether the reader works with the 4P or the full 7P. */
  model: v.optional(v.picklist(['4p', '7p']), '7p'),
  /** The reader's answer for each P (a missing group reads as `{}`: each answer's own default). */
  answers: v.optional(answersSchema, () => ({})),
});

export const worksheetsSchema = object({
  marketingMix: v.optional(marketingMixSchema, () => ({})),
});
export type Worksheets = v.InferOutput<typeof worksheetsSchema>;
export const defaultWorksheets = (): Worksheets => v.parse(worksheetsSchema, {});

/** The Ps the reader's chosen model asks for. */
export function activePs(model: '4p' | '7p'): readonly MarketingMixP[] {
  return model === '4p' ? marketingMixPs.slice(0, 4) : marketingMixPs;
}

/** Whether the worksheet holds anything worth printing. */
export function worksheetIsEmpty(sheet: Worksheets['marketingMix']): boolean {
  return sheet.subject.trim() === '' && activePs(sheet.model).every((p) => sheet.answers[p].trim() === '');
}
