import { describe, expect, it } from 'vitest';
import { displayWidth, wrapLabel } from './wrap-label';

describe('chart labels in lines', () => {
  it('measures Chinese characters as two columns', () => {
    expect(displayWidth('MQL')).toBe(3);
    expect(displayWidth('转化率')).toBe(6);
    expect(displayWidth('转化率 线索 → MQL')).toBe(17);
  });

  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('Deal size')).toEqual(['Deal size']);
    expect(wrapLabel('Cost per lead')).toEqual(['Cost per lead']);
    expect(wrapLabel('单条线索成本')).toEqual(['单条线索成本']);
    expect(wrapLabel('  ')).toEqual(['']);
  });

  it('breaks at spaces, balancing the lines', () => {
    expect(wrapLabel('Conversion Lead → MQL')).toEqual(['Conversion', 'Lead → MQL']);
    expect(wrapLabel('Conversion Opportunity → Won')).toEqual(['Conversion', 'Opportunity →', 'Won']);
    expect(wrapLabel('Conversion MQL → SQL', 12)).toEqual(['Conversion', 'MQL → SQL']);
    expect(wrapLabel('Conversion Sales accepted lead → Sales qualified lead', 16)).toEqual([
      'Conversion',
      'Sales accepted',
      'lead → Sales',
      'qualified lead',
    ]);
  });

  it('breaks Chinese at its spaces, and inside a word only when it is wider than a line', () => {
    expect(wrapLabel('转化率 线索 → MQL')).toEqual(['转化率', '线索 → MQL']);
    expect(wrapLabel('转化率 商机 → 成交')).toEqual(['转化率', '商机 → 成交']);
    expect(wrapLabel('市场营销认可的线索数量', 8)).toEqual(['市场营销', '认可的线', '索数量']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Conversion Opportunityqualified → Won', 10)).toEqual(['Conversion', 'Opportunit', 'yqualified', '→ Won']);
  });
});
