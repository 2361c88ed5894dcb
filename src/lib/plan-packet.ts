import { z } from 'zod';

/** The parts of the plan packet, in print order. */
export const packetSections = ['cover', 'kpis', 'funnel', 'sla', 'worksheet', 'formulas', 'glossary'] as const;
export type PacketSection = (typeof packetSections)[number];

export const packetSchema = z.object({
  /** Which parts go into the packet. */
  include: z
    .object(Object.fromEntries(packetSections.map((s) => [s, z.boolean().default(true)])) as Record<PacketSection, z.ZodDefault<z.ZodBoolean>>)
    .default(Object.fromEntries(packetSections.map((s) => [s, true])) as Record<PacketSection, boolean>),
  /** The SLA draft to print, by id; '' for the active draft. */
  slaDraftId: z.string().default(''),
  /** Paper size the print layout is tuned for. */
  paper: z.enum(['a4', 'letter']).default('a4'),
});
export type PacketChoice = z.infer<typeof packetSchema>;
export const defaultPacket = (): PacketChoice => packetSchema.parse({});
