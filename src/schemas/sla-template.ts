import { z } from 'zod';

/** Placeholder until the SLA model lands: a template's title and description. */
export const slaTemplateSchema = z.object({
  /** The template's name in the picker. Required. */
  name: z.string().min(1),
  /** Who the template suits, in one or two sentences. Required. */
  description: z.string().min(10),
}).passthrough();
