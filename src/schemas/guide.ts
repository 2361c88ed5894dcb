import { z } from 'zod';

/** The guides, in learning-path order. Both locales use these slugs (the file names). */
export const guideSlugs = [
  'sales-vs-marketing',
  'marketing-mix',
  'lead-temperature',
  'mql-sql-lead-grading',
  'sla',
  'kpis',
  'alignment',
  'roles',
] as const;
export type GuideSlug = (typeof guideSlugs)[number];

/** A route below the locale prefix, e.g. 'funnel/', 'calculators/cac/', 'learn/marketing-mix/#worksheet'. */
export const routeSchema = z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/(#[a-z0-9-]+)?$/, 'a route like "funnel/"');

/** Frontmatter of a guide (content/guides/<locale>/<slug>.mdx). */
export const guideSchema = z.object({
  /** The guide's title: its h1 and its name on the learning path. Required. */
  title: z.string().min(1),
  /** One or two sentences: shown on the learning path and as the meta description. Required. */
  description: z.string().min(10),
  /** Position on the learning path, 1 first; the same in every locale. Required. */
  order: z.number().int().min(1),
  /** The tools this guide leads to, as routes below the locale prefix. */
  related: z.array(routeSchema).default([]),
});
export type GuideData = z.infer<typeof guideSchema>;
