import { describe, expect, it } from 'vitest';
import { exampleInput, kpis } from './registry';
import { workedFormulas } from './worked';

describe('worked formulas', () => {
  it.each(kpis.map((kpi) => [kpi.id, kpi] as const))('%s names only quantities its calculator computes', (id, kpi) => {
    const placeholders = [...workedFormulas[id].matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    expect(placeholders.length).toBeGreaterThan(0);
    const result = kpi.compute(exampleInput(kpi));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const name of placeholders) expect(Object.keys(result.values), `${id}: {${name}}`).toContain(name);
  });
});
