import * as z from 'zod/mini';
import { slaContentSchema } from './draft';

/** The version of the stored SLA area's shape; bump it with a migration in the persist area. */
export const SLA_STATE_VERSION = 1;

/** A named snapshot of a draft's content, kept for comparing with later versions. */
export const slaVersionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z._default(z.string(), ''),
  /** ISO date-time. */
  savedAt: z._default(z.string(), ''),
  content: z.prefault(slaContentSchema, {}),
});
export type SlaVersion = z.infer<typeof slaVersionSchema>;

export const slaDraftSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z._default(z.string(), ''),
  /** The template's slug ("b2b-saas"), the same in every locale; '' for a blank draft. */
  templateId: z._default(z.string(), ''),
  /** ISO date-time. */
  createdAt: z._default(z.string(), ''),
  /** ISO date-time of the last change to the name or the content. */
  updatedAt: z._default(z.string(), ''),
  content: z.prefault(slaContentSchema, {}),
  /** Saved versions, oldest first. */
  versions: z._default(z.array(slaVersionSchema), []),
});
export type SlaDraft = z.infer<typeof slaDraftSchema>;

/** The stored SLA area (version SLA_STATE_VERSION). */
export const slaStateSchema = z.object({
  drafts: z._default(z.array(slaDraftSchema), []),
  /** The draft open in the builder; '' or an unknown id means the first draft (see activeDraft). */
  activeDraftId: z._default(z.string(), ''),
});
export type SlaState = z.infer<typeof slaStateSchema>;

export const defaultSlaState = (): SlaState => slaStateSchema.parse({});

/** The draft the builder shows: the active one, else the first, else none. */
export function activeDraft(state: SlaState): SlaDraft | undefined {
  return state.drafts.find((d) => d.id === state.activeDraftId) ?? state.drafts[0];
}
