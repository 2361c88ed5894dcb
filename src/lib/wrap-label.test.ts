import { describe, expect, it } from 'vitest';
import { barChartHeight, displayWidth, LABEL_LINE_REM, wrapLabel } from './wrap-label';

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

  it('ends a label past its most lines with an ellipsis, within the width', () => {
    const label = 'Conversion Zapytanie ofertowe z formularza → Lead zakwalifikowany przez marketing (MQL)';
    expect(wrapLabel(label, 16).length).toBeGreaterThan(4);
    expect(wrapLabel(label, 16, 4)).toEqual(['Conversion', 'Zapytanie', 'ofertowe z', 'formularza → Le…']);
    expect(wrapLabel('市场营销认可的线索数量', 8, 2)).toEqual(['市场营销', '认可的…']);
    // A label within its lines is as before.
    expect(wrapLabel('Conversion Opportunity → Won', 16, 3)).toEqual(['Conversion', 'Opportunity →', 'Won']);
  });
});

describe('the height of a horizontal bar chart', () => {
  it('keeps the least height while every label fits its bar', () => {
    expect(barChartHeight([['Lead'], ['MQL'], ['SQL']], { least: 9, overhead: 3 })).toBe(9);
  });

  it('gives every bar the room of the tallest label, as chart.js gives every bar the same slot', () => {
    // 3 bars, the tallest label 4 lines: 3 + 3 × (4 × 0.9 + 0.4) = 15 rem.
    const labels = [['Won'], ['a', 'b', 'c', 'd'], ['MQL']];
    expect(LABEL_LINE_REM).toBe(0.9);
    expect(barChartHeight(labels, { least: 9, overhead: 3 })).toBeCloseTo(15, 9);
  });
});
