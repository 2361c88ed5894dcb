import * as v from 'valibot';
import { object } from './persist/shapes';

/** The parts of the plan packet, in print order. */
export const packetSections = ['cover', 'kpis', 'funnel', 'pipeline', 'sla', 'tracking', 'worksheet', 'formulas', 'glossary'] as const;
export type PacketSection = (typeof packetSections)[number];

const includeSchema = object({
  cover: v.optional(v.boolean(), true),
  kpis: v.optional(v.boolean(), true),
  funnel: v.optional(v.boolean(), true),
  pipeline: v.optional(v.boolean(), true),
  sla: v.optional(v.boolean(), true),
  tracking: v.optional(v.boolean(), true),
  worksheet: v.optional(v.boolean(), true),
  formulas: v.optional(v.boolean(), true),
  glossary: v.optional(v.boolean(), true),
});

export const packetSchema = object({
  /** Which parts go into the packet (a missing one: `{}`, so every part's own default applies). */
  include: v.optional(includeSchema, () => ({})),
  /** The SLA draft to print, by id; '' for the active draft. */
  slaDraftId: v.optional(v.string(), ''),
  /** Paper size the print layout is tuned for. */
  paper: v.optional(v.picklist(['a4', 'letter']), 'a4'),
});
export type PacketChoice = v.InferOutput<typeof packetSchema>;
export const defaultPacket = (): PacketChoice => v.parse(packetSchema, {});

/** How a chosen part of the packet stands: printed, or left out with a reason. */
export type PartStatus = 'ready' | 'empty' | 'invalid';

export interface PacketPart {
  section: PacketSection;
  status: PartStatus;
}

/**
 * The parts to print, in print order: every chosen part, with whether it has anything to show.
 * `ready` says, per section, whether the workbook holds something printable for it.
 */
export function packetParts(choice: PacketChoice, ready: Readonly<Record<PacketSection, PartStatus>>): PacketPart[] {
  return packetSections.filter((section) => choice.include[section]).map((section) => ({ section, status: ready[section] }));
}

/** The glossary terms every plan leans on, in reading order. */
export const glossaryExcerpt = ['lead', 'mql', 'sal', 'sql', 'sales-funnel', 'handoff', 'sla', 'lead-grading', 'cpl', 'cac', 'ltv', 'win-rate'] as const;
