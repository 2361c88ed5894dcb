import { z } from 'zod';

/** The seven Ps, in the order the worksheet asks them; the first four are the classic 4P. */
export const marketingMixPs = ['product', 'price', 'place', 'promotion', 'people', 'process', 'physicalEvidence'] as const;
export type MarketingMixP = (typeof marketingMixPs)[number];

export const marketingMixSchema = z.object({
  /** What the worksheet is about: the product or service's name. */
  subject: z.string().default(''),
  /** Whether the reader works with the 4P or the full 7P. */
  model: z.enum(['4p', '7p']).default('7p'),
  answers: z.object(Object.fromEntries(marketingMixPs.map((p) => [p, z.string().default('')])) as Record<MarketingMixP, z.ZodDefault<z.ZodString>>).default(
    Object.fromEntries(marketingMixPs.map((p) => [p, ''])) as Record<MarketingMixP, string>,
  ),
});

export const worksheetsSchema = z.object({
  marketingMix: marketingMixSchema.default(marketingMixSchema.parse({})),
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
