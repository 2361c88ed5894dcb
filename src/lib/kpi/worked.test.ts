import { describe, expect, it } from 'vitest';
import { formatMoney } from '../format';
import { exampleInput, getKpi, kpis } from './registry';
import type { KpiInput } from './types';
import { MAX_WORKED_TERMS, sumOfProducts, workedFormulas, workedTerms } from './worked';

const usd = { locale: 'en', currency: 'USD' } as const;
const money = (value: number, locale = 'en') => formatMoney(value, { locale, currency: 'USD' });

describe('worked formulas', () => {
  it.each(kpis.map((kpi) => [kpi.id, kpi] as const))('%s names only quantities its calculator computes', (id, kpi) => {
    const placeholders = [...workedFormulas[id].matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    expect(placeholders.length).toBeGreaterThan(0);
    const input = exampleInput(kpi);
    const result = kpi.compute(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const known = [...Object.keys(result.values), ...Object.keys(workedTerms(id, input, usd))];
    for (const name of placeholders) expect(known, `${id}: {${name}}`).toContain(name);
  });

  it.each(kpis.map((kpi) => kpi.id))('%s has no words to translate, only symbols and figures', (id) => {
    expect(workedFormulas[id].replace(/\{\w+\}/g, '')).not.toMatch(/\p{L}/u);
  });
});

describe('sumOfProducts', () => {
  it('joins each product with × and the terms with +', () => {
    expect(sumOfProducts([['2', '3'], ['4', '5']])).toBe('2 × 3 + 4 × 5');
  });

  it('stops after the maximum number of terms with an ellipsis', () => {
    const terms = [['1', 'a'], ['2', 'b'], ['3', 'c'], ['4', 'd'], ['5', 'e']];
    expect(sumOfProducts(terms, 3)).toBe('1 × a + 2 × b + 3 × c + …');
    expect(sumOfProducts(terms.slice(0, 3), 3)).toBe('1 × a + 2 × b + 3 × c');
  });

  it('is empty for no terms', () => {
    expect(sumOfProducts([])).toBe('');
  });
});

describe('workedTerms', () => {
  const pipeline = (values: [string, string][]): KpiInput => ({
    fields: {},
    rows: {
      stages: [
        { id: 's1', name: 'Won', probability: '100' },
        { id: 's2', name: 'Proposal', probability: '35%' },
      ],
      opportunities: values.map(([value, stage], i) => ({ id: `o${i}`, name: '', value, stage })),
    },
  });

  it('spells out the weighted pipeline with the user’s values and probabilities', () => {
    const input = pipeline([['20000', 's1'], ['40,000', 's2']]);
    expect(workedTerms('weighted-pipeline', input, usd)).toEqual({ terms: `${money(20_000)} × 100% + ${money(40_000)} × 35%` });
    const kpi = getKpi('weighted-pipeline')!;
    const result = kpi.compute(input);
    expect(result.ok && result.values.weighted).toBe(34_000);
  });

  it(`shows at most ${MAX_WORKED_TERMS} terms, then "…"`, () => {
    const input = pipeline([['100', 's1'], ['200', 's2'], ['300', 's1'], ['400', 's2']]);
    expect(workedTerms('weighted-pipeline', input, usd).terms).toBe(
      `${money(100)} × 100% + ${money(200)} × 35% + ${money(300)} × 100% + …`,
    );
  });

  it('formats for the page’s locale', () => {
    const input = pipeline([['20000', 's1']]);
    expect(workedTerms('weighted-pipeline', input, { locale: 'zh-CN', currency: 'USD' }).terms).toBe(`${money(20_000, 'zh-CN')} × 100%`);
  });

  it('fills the whole formula for the example pipeline', () => {
    const kpi = getKpi('weighted-pipeline')!;
    const input = exampleInput(kpi);
    const { terms } = workedTerms('weighted-pipeline', input, usd);
    expect(terms).toBe(`${money(50_000)} × 40% + ${money(20_000)} × 70% + ${money(30_000)} × 10%`);
  });

  it('adds nothing for KPIs without row terms', () => {
    expect(workedTerms('cac', { fields: {}, rows: {} }, usd)).toEqual({});
  });
});
