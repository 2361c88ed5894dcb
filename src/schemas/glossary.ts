import { z } from 'zod';
import { aliasesSchema, refineAliases } from './aliases';

/** One glossary term (content/glossary/<locale>/<slug>.yaml); the slug is its anchor. */
export const glossarySchema = z.object({
  /** The term as it is written in this language ("Marketing qualified lead"). Required. */
  term: z.string().min(1),
  /** Its usual abbreviation, if any ("MQL"). */
  abbreviation: z.string().min(1).optional(),
  /** Other names and abbreviations in use in this language, each once, none the term or its abbreviation. */
  aliases: aliasesSchema,
  /** A plain-words definition of one to three sentences. Required. */
  definition: z.string().min(20),
  /** A formula, where the term is a figure ("CAC = (sales + marketing spend) ÷ new customers"). */
  formula: z.string().min(1).optional(),
  /** Slugs of related terms. */
  see: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** A route below the locale prefix where the term is explained or computed. */
  learnMore: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/(#[a-z0-9-]+)?$/).optional(),
}).superRefine((entry, ctx) => refineAliases(entry, entry.term, ctx));
export type GlossaryData = z.infer<typeof glossarySchema>;
