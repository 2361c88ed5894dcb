// zod, because Astro 7's content layer takes only zod schemas (it checks for `_zod`; Standard
// Schema is not accepted). The content a template starts a draft with is checked by the draft's
// own valibot schema, run from inside zod, so templates are held to exactly the drafts' rules.
import * as v from 'valibot';
import * as z from 'zod/mini';
import { object } from '../lib/persist/shapes';
import { slaContentEntries } from '../lib/sla/draft';
import { slaFieldKeys } from '../lib/sla/fields';

const { linkedPlan: _linkedPlan, ...templateContentEntries } = slaContentEntries;

/** A template's starting draft: any part of an agreement's content (missing fields start empty); never a linked plan. */
export const slaTemplateContentSchema = v.optional(object(templateContentEntries), () => ({}));

/** The content through its valibot schema: the filled-in content, or each issue at its path. */
const templateContent = z.pipe(
  z.optional(z.unknown()),
  z.transform((value, context) => {
    const result = v.safeParse(slaTemplateContentSchema, value);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      const path = (issue.path ?? []).flatMap((item) => (typeof item.key === 'string' || typeof item.key === 'number' ? [item.key] : []));
      context.issues.push({ code: 'custom', message: issue.message, input: issue.input, path });
    }
    return z.NEVER;
  }),
);

/**
 * An SLA template (content/sla-templates/<locale>/<slug>.yaml): a complete starting draft and,
 * for every field of the form, a word of guidance shown beside it. Every locale has the same
 * slugs; a draft remembers its template by slug.
 */
export const slaTemplateSchema = z
  .object({
    /** The template's name in the picker ("B2B SaaS, inbound leads"). Required. */
    name: z.string().check(z.minLength(1)),
    /** Who the template suits and what it sets up, in one or two sentences. Required. */
    description: z.string().check(z.minLength(10)),
    /** A short tag for the picker card ("Inbound, 5–50 reps"). Required. */
    suitedFor: z.string().check(z.minLength(2), z.maxLength(80)),
    /** The starting draft. Fields left out start empty. */
    content: templateContent,
    /**
     * Guidance by field key (a content path without list indices: 'icp.personas.name'): one or
     * two sentences on what to write there. Required for every field in src/lib/sla/fields.ts.
     */
    guidance: z.record(z.string(), z.string().check(z.minLength(5))),
  })
  .check(
    z.superRefine((template, context) => {
    const known = new Set<string>(slaFieldKeys);
    for (const key of slaFieldKeys) {
      if (!Object.hasOwn(template.guidance, key)) {
        context.addIssue({ code: 'custom', path: ['guidance', key], message: 'guidance is missing for this field' });
      }
    }
    for (const key of Object.keys(template.guidance)) {
      if (!known.has(key)) context.addIssue({ code: 'custom', path: ['guidance', key], message: 'not a field of the form' });
    }
    }),
  );

export type SlaTemplate = z.infer<typeof slaTemplateSchema>;
export type SlaTemplateInput = z.input<typeof slaTemplateSchema>;
