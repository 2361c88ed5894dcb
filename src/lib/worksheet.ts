import * as z from 'zod/mini';

/** The seven Ps, in the order the worksheet asks them; the first four are the classic 4P. */
export const marketingMixPs = ['product', 'price', 'place', 'promotion', 'people', 'process', 'physicalEvidence'] as const;
export type MarketingMixP = (typeof marketingMixPs)[number];

const answersSchema = z.object({
  product: z._default(z.string(), ''),
  price: z._default(z.string(), ''),
  place: z._default(z.string(), ''),
  promotion: z._default(z.string(), ''),
  people: z._default(z.string(), ''),
  process: z._default(z.string(), ''),
  physicalEvidence: z._default(z.string(), ''),
});

export const marketingMixSchema = z.object({
  /** What the worksheet is about: the product or service's name. */
  subject: z._default(z.string(), ''),
  /** Whether the reader works with the 4P or the full 7P. */
  model: z._default(z.enum(['4p', '7p']), '7p'),
  /** The reader's answer for each P. */
  answers: z._default(answersSchema, () => answersSchema.parse({})),
});

export const worksheetsSchema = z.object({
  marketingMix: z._default(marketingMixSchema, () => marketingMixSchema.parse({})),
});
export type Worksheets = z.infer<typeof worksheetsSchema>;
export const defaultWorksheets = (): Worksheets => worksheetsSchema.parse({});

/** The Ps the reader's chosen model asks for. */
export function activePs(model: '4p' | '7p'): readonly MarketingMixP[] {
  return model === '4p' ? marketingMixPs.slice(0, 4) : marketingMixPs;
}

/** Whether the worksheet holds anything worth printing. */
export function worksheetIsEmpty(sheet: Worksheets['marketingMix']): boolean {
  return sheet.subject.trim() === '' && activePs(sheet.model).every((p) => sheet.answers[p].trim() === '');
}
