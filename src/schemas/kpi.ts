import { z } from 'zod';
import { aliasesSchema, refineAliases } from './aliases';

/** A rule of thumb for reading a KPI; always shown as a rule of thumb, never as a fact. */
export const ruleOfThumbSchema = z.object({
  /** The rule in plain words ("An LTV:CAC of about 3 is often cited as healthy"). Required. */
  text: z.string().min(10),
  /** Who is usually cited for it, where a source is widely cited. */
  source: z.string().min(2).optional(),
});

/** The words around one KPI (content/kpis/<locale>/<kpi-id>.yaml); its maths is in src/lib/kpi. */
export const kpiTextSchema = z.object({
  /** The KPI's name ("Customer acquisition cost"). Required. */
  name: z.string().min(2),
  /** Its abbreviation, if one is common ("CAC"). */
  abbreviation: z.string().min(1).optional(),
  /** Other names and abbreviations in use in this language, each once, none the name or its abbreviation. */
  aliases: aliasesSchema,
  /** One line for the index of calculators. Required. */
  summary: z.string().min(10),
  /** The formula in words ("(Sales spend + marketing spend) ÷ new customers"). Required. */
  formula: z.string().min(5),
  /** What the figure tells and how to act on it: two to four sentences. Required. */
  meaning: z.string().min(40),
  /** Common rules of thumb. */
  rulesOfThumb: z.array(ruleOfThumbSchema).default([]),
  /** Labels of the inputs, by input id, in this language. Required for every input. */
  inputs: z.record(z.string(), z.object({
    /** The field's label. */
    label: z.string().min(1),
    /** A hint under the field (unit, period, where to find the number). */
    hint: z.string().min(1).optional(),
  })),
  /** Names for the example rows in this language, by rows id, in row order ("Licences", "Services"). */
  exampleNames: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** Labels of the outputs, by output id. */
  outputs: z.record(z.string(), z.string().min(1)),
}).superRefine((entry, ctx) => refineAliases(entry, entry.name, ctx));
export type KpiText = z.infer<typeof kpiTextSchema>;
