import { describe, expect, it } from 'vitest';
import { summarizeArea } from './summary';

describe('summarizeArea', () => {
  it.each([
    ['settings', { currency: 'EUR', companyName: 'Northwind' }, {}, ['Northwind', 'EUR']],
    ['calculators', { cac: {}, churn: {} }, { calculators: 2 }, ['cac', 'churn']],
    ['learning', { read: { a: '', b: '' }, quizzes: { a: { answers: { q1: 'a', q2: 'b' } } } }, { guidesRead: 2, quizAnswers: 2 }, []],
    ['funnel', { scenarios: [{ name: 'Base' }, { name: 'Stretch' }] }, { scenarios: 2 }, ['Base', 'Stretch']],
    ['sla', { drafts: [{ name: 'Q1 SLA', versions: [{}, {}] }] }, { drafts: 1, versions: 2 }, ['Q1 SLA']],
    [
      'tracking',
      { months: { '2027-01': { stages: ['120', ''], note: 'x' }, '2027-02': { note: 'only a note' }, '2027-03': { sla: { firstResponse: { a: '90' } } } }, actions: [{}, {}] },
      { reportedMonths: 2, actions: 2 },
      [],
    ],
    ['worksheets', { marketingMix: { subject: 'Beans', answers: { product: 'x', price: ' ' } } }, { answers: 1 }, ['Beans']],
  ])('counts what %s holds', (area, data, counts, names) => {
    expect(summarizeArea(area, data)).toEqual({ area, counts, names });
  });

  it('copes with anything', () => {
    expect(summarizeArea('funnel', null)).toEqual({ area: 'funnel', counts: { scenarios: 0 }, names: [] });
  });
});
