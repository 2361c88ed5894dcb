import * as v from 'valibot';
import { object } from '../persist/shapes';
import { slaContentSchema } from './draft';

/** The version of the stored SLA area's shape; bump it with a migration in the persist area. */
export const SLA_STATE_VERSION = 1;

/** A named snapshot of a draft's content, kept for comparing with later versions. */
export const slaVersionSchema = object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.string(), ''),
  /** ISO date-time. */
  savedAt: v.optional(v.string(), ''),
  content: v.optional(slaContentSchema, () => ({})),
});
export type SlaVersion = v.InferOutput<typeof slaVersionSchema>;

export const slaDraftSchema = object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.optional(v.string(), ''),
  /** The template's slug ("b2b-saas"), the same in every locale; '' for a blank draft. */
  templateId: v.optional(v.string(), ''),
  /** ISO date-time. */
  createdAt: v.optional(v.string(), ''),
  /** ISO date-time of the last change to the name or the content. */
  updatedAt: v.optional(v.string(), ''),
  content: v.optional(slaContentSchema, () => ({})),
  /** Saved versions, oldest first. */
  versions: v.optional(v.array(slaVersionSchema), () => []),
});
export type SlaDraft = v.InferOutput<typeof slaDraftSchema>;

/** The stored SLA area (version SLA_STATE_VERSION). */
export const slaStateSchema = object({
  drafts: v.optional(v.array(slaDraftSchema), () => []),
  /** The draft open in the builder; '' or an unknown id means the first draft (see activeDraft). */
  activeDraftId: v.optional(v.string(), ''),
});
export type SlaState = v.InferOutput<typeof slaStateSchema>;

export const defaultSlaState = (): SlaState => v.parse(slaStateSchema, {});

/** The draft the builder shows: the active one, else the first, else none. */
export function activeDraft(state: SlaState): SlaDraft | undefined {
  return state.drafts.find((d) => d.id === state.activeDraftId) ?? state.drafts[0];
}
