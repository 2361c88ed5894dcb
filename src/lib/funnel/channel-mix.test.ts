import { describe, expect, it } from 'vitest';
import { channelShareTotal } from './channel-mix';

describe('channelShareTotal', () => {
  it('adds the typed percentages, with or without a % sign', () => {
    expect(channelShareTotal([{ share: '50' }, { share: '30%' }, { share: '15' }])).toBe(95);
  });

  it('reads 100 where float noise would leave 99.999…', () => {
    expect(channelShareTotal([{ share: '33.3' }, { share: '33.3' }, { share: '33.4' }])).toBe(100);
    expect(channelShareTotal([{ share: '0.1' }, { share: '0.2' }, { share: '99.7' }])).toBe(100);
  });

  it('is 0 for an empty mix and null while a share is not a number', () => {
    expect(channelShareTotal([])).toBe(0);
    expect(channelShareTotal([{ share: '40' }, { share: 'abc' }])).toBeNull();
    expect(channelShareTotal([{ share: '' }])).toBeNull();
  });
});
