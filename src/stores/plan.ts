import { planArea } from '../lib/persist/areas/plan';
import type { PacketChoice } from '../lib/plan-packet';
import { createAreaStore } from './area-store';

export const planStore = createAreaStore(planArea);
export const $packet = planStore.$store;

export function updatePacket(change: Partial<PacketChoice>): void {
  planStore.update((packet) => ({ ...packet, ...change }));
}
