import { describe, expect, it } from 'vitest';
import { sensitivity } from './sensitivity';
import { steps, testInput } from './test-input';

describe('sensitivity', () => {
  // Lead → SQL → Won at 95 % and 20 %; 19,000 at 1,000 a deal: 19 deals, 95 SQLs, 100 leads.
  // base = 100 × 0.95 × 0.2 × 1,000 = 19,000
  //   CPL 10 % cheaper, budget held: 100 ÷ 0.9 leads → 21,111.11 (+2,111.11)
  //   SQL → Won 20 % → 22 %: 20,900 (+1,900); deal size 1,100: 20,900 (+1,900)
  //   Lead → SQL 95 % → 104.5 %, capped at 100 %: 20,000 (+1,000)
  const input = testInput({
    target: 19_000,
    dealSize: { likely: 1000, low: 800, high: 1500 },
    steps: steps([0.95, 0.2]),
    budget: { mode: 'cpl', cpl: 10 },
  });

  it('ranks the levers by how much revenue they move', () => {
    const result = sensitivity(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.base).toBeCloseTo(19_000, 9);
    const levers = result.value.levers;
    expect(levers.map((l) => l.field)).toEqual(['cpl', 'steps.1.rate', 'dealSize', 'steps.0.rate']);
    expect(levers.map((l) => l.change)).toEqual([
      expect.closeTo(2111.11, 2),
      expect.closeTo(1900, 6),
      expect.closeTo(1900, 6),
      expect.closeTo(1000, 6),
    ]);
    expect(levers.map((l) => l.capped)).toEqual([false, false, false, true]);
    expect(levers[1]!.relativeChange).toBeCloseTo(0.1, 12);
    expect(levers[1]).toMatchObject({ lever: 'rate', step: 1 });
  });

  it('gives the swing of an input with a range (deal size 800–1,500: 15,200 to 28,500)', () => {
    const result = sensitivity(input);
    const dealSize = result.ok
      ? result.value.levers.find((l) => l.lever === 'dealSize')
      : undefined;
    expect(dealSize?.swing?.low).toBeCloseTo(15_200, 6);
    expect(dealSize?.swing?.high).toBeCloseTo(28_500, 6);
    expect(result.ok && result.value.levers.find((l) => l.lever === 'cpl')?.swing).toBeUndefined();
  });

  it('ties every uncapped lever at +10 % and keeps them in funnel order', () => {
    const result = sensitivity(testInput());
    expect(result.ok && result.value.levers.map((l) => l.field)).toEqual([
      'cpl',
      'steps.0.rate',
      'steps.1.rate',
      'steps.2.rate',
      'steps.3.rate',
      'dealSize',
    ]);
  });

  it('gives a cheaper lead no worth when leads are free', () => {
    const result = sensitivity(testInput({ budget: { mode: 'cpl', cpl: 0 } }));
    expect(result.ok && result.value.levers.at(-1)).toMatchObject({ lever: 'cpl', change: 0 });
  });

  it('names the channel mix as the CPL lever in channel mode', () => {
    const result = sensitivity(
      testInput({
        budget: { mode: 'channels', channels: [{ name: 'a', kind: 'online', share: 1, cpl: 50 }] },
      }),
    );
    expect(result.ok && result.value.levers[0]).toMatchObject({ lever: 'cpl', field: 'channels' });
  });
});
