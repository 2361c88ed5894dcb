import { z } from 'zod';

/** One glossary term (content/glossary/<locale>/<slug>.yaml); the slug is its anchor. */
export const glossarySchema = z.object({
  /** The term as it is written in this language ("Marketing qualified lead"). Required. */
  term: z.string().min(1),
  /** Its usual abbreviation, if any ("MQL"). */
  abbreviation: z.string().min(1).optional(),
  /** A plain-words definition of one to three sentences. Required. */
  definition: z.string().min(20),
  /** A formula, where the term is a figure ("CAC = (sales + marketing spend) ÷ new customers"). */
  formula: z.string().min(1).optional(),
  /** Slugs of related terms. */
  see: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** A route below the locale prefix where the term is explained or computed. */
  learnMore: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/(#[a-z0-9-]+)?$/).optional(),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
