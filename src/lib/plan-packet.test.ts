import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { defaultPacket, packetParts, packetSchema } from './plan-packet';

const allReady = { cover: 'ready', kpis: 'ready', funnel: 'ready', pipeline: 'ready', sla: 'ready', tracking: 'ready', worksheet: 'ready', formulas: 'ready', glossary: 'ready' } as const;

describe('packetParts', () => {
  it('prints every part by default, in order', () => {
    expect(packetParts(defaultPacket(), allReady).map((p) => p.section)).toEqual(['cover', 'kpis', 'funnel', 'pipeline', 'sla', 'tracking', 'worksheet', 'formulas', 'glossary']);
  });

  it('leaves out what the user unticked and says which chosen parts are empty', () => {
    const choice = v.parse(packetSchema, { include: { cover: false, glossary: false } });
    expect(packetParts(choice, { ...allReady, funnel: 'empty', pipeline: 'empty', sla: 'invalid' })).toEqual([
      { section: 'kpis', status: 'ready' },
      { section: 'funnel', status: 'empty' },
      { section: 'pipeline', status: 'empty' },
      { section: 'sla', status: 'invalid' },
      { section: 'tracking', status: 'ready' },
      { section: 'worksheet', status: 'ready' },
      { section: 'formulas', status: 'ready' },
    ]);
  });
});
