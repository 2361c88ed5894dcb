import { parseNumber } from '../number';
import type { ScenarioChannel } from './scenario';

/**
 * The typed shares of a channel mix added up, in percent, for the "they add up to 95 %" line
 * beside the table; null while any share is not a number yet (its field says why).
 */
export function channelShareTotal(channels: readonly Pick<ScenarioChannel, 'share'>[]): number | null {
  let total = 0;
  for (const channel of channels) {
    const share = parseNumber(channel.share, { kind: 'percent' });
    if (!share.ok) return null;
    total += share.value;
  }
  // Typed percentages like 33.3 + 33.3 + 33.4 must read 100, not 99.99999999999999.
  return Math.round(total * 1e6) / 1e6;
}
