import { planArea } from '../lib/persist/areas/plan';
import type { PacketChoice } from '../lib/plan-packet';
import { createAreaStore } from './area-store';

export const planStore = createAreaStore(planArea);
export const $packet = planStore.$store;

export function updatePacket(change: Partial<PacketChoice>): void {
  planStore.update((packet) => ({ ...packet, ...change }));
}

/** Includes a part in the packet or leaves it out. */
export function includeInPacket(section: keyof PacketChoice['include'], included: boolean): void {
  planStore.update((packet) => ({ ...packet, include: { ...packet.include, [section]: included } }));
}
