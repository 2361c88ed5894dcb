import * as z from 'zod/mini';

/** The parts of the plan packet, in print order. */
export const packetSections = ['cover', 'kpis', 'funnel', 'sla', 'worksheet', 'formulas', 'glossary'] as const;
export type PacketSection = (typeof packetSections)[number];

const includeSchema = z.object({
  cover: z._default(z.boolean(), true),
  kpis: z._default(z.boolean(), true),
  funnel: z._default(z.boolean(), true),
  sla: z._default(z.boolean(), true),
  worksheet: z._default(z.boolean(), true),
  formulas: z._default(z.boolean(), true),
  glossary: z._default(z.boolean(), true),
});

export const packetSchema = z.object({
  /** Which parts go into the packet. */
  include: z._default(includeSchema, () => includeSchema.parse({})),
  /** The SLA draft to print, by id; '' for the active draft. */
  slaDraftId: z._default(z.string(), ''),
  /** Paper size the print layout is tuned for. */
  paper: z._default(z.enum(['a4', 'letter']), 'a4'),
});
export type PacketChoice = z.infer<typeof packetSchema>;
export const defaultPacket = (): PacketChoice => packetSchema.parse({});

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
