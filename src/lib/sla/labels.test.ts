import { describe, expect, it } from 'vitest';
import { slaFieldKeys } from './fields';
import { buildSlaLabels, slaLabelKeys } from './labels';

describe('SLA labels', () => {
  it('are unique dictionary keys under sla.', () => {
    expect(new Set(slaLabelKeys).size).toBe(slaLabelKeys.length);
    for (const key of slaLabelKeys) expect(key).toMatch(/^sla\.[a-zA-Z]+\.[a-zA-Z.-]+$/);
  });

  it('label every field of the form', () => {
    for (const key of slaFieldKeys) expect(slaLabelKeys).toContain(`sla.field.${key}`);
  });

  it('are built from the caller’s translate function, one lookup per key', () => {
    const asked: string[] = [];
    const labels = buildSlaLabels((key) => { asked.push(key); return key.toUpperCase(); });
    expect(asked).toEqual([...slaLabelKeys]);
    expect(labels['sla.doc.notAgreed']).toBe('SLA.DOC.NOTAGREED');
  });
});
