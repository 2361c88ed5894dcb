import { describe, expect, it } from 'vitest';
import { isTotalLabel } from './total-row';

describe('isTotalLabel', () => {
  it.each(['Total', 'TOTAL', 'Totals', 'Grand Total', 'Grand Totals (120 records)', 'Subtotal', 'Sub-total', 'Total:', 'Sum', 'Razem', 'Suma', 'Suma końcowa', 'Łącznie', 'Ogółem', '合计', '总计', '總計', '合計', '小计', '总计（120 条记录）'])(
    'reads %s as the label of a totals row',
    (label) => expect(isTotalLabel(label)).toBe(true),
  );

  // German and French exports, and Excel's pivot tables in those languages ("Gesamtergebnis", "Total général").
  it.each(['Gesamtergebnis', 'Summe', 'Gesamt', 'Gesamtsumme', 'Zwischensumme', 'Summe:', 'GESAMTERGEBNIS', 'Total général', 'Total General', 'Sous-total', 'Total général (42 enregistrements)'])(
    'reads the German or French %s as the label of a totals row',
    (label) => expect(isTotalLabel(label)).toBe(true),
  );

  it.each(['', 'Closed Won', 'Totally qualified', 'Total Energies', 'Summit Corp', 'Proposal', 'Razem z partnerem', '合计划', 'Open', 'Gesamtschule Nord', 'Summen GmbH', 'Total Général Industries', 'Généralement'])('reads %s as no totals label', (label) =>
    expect(isTotalLabel(label)).toBe(false),
  );
});
