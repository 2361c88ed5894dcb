import { describe, expect, it } from 'vitest';
import { choicesAfterEdit, noChoices } from './choices';
import type { Readings } from './measure';

const shape = { headers: ['Stage', 'Amount', 'Created', 'Closed'], mapping: { stage: 0, amount: 1, created: 2, closed: 3 } };
const shown: Readings = {
  meanings: JSON.parse('{"Won":"won","__proto__":"open","constructor":"open"}'),
  dateOrders: { created: 'monthFirst', closed: 'monthFirst' },
  decimalMark: 'dot',
};

describe('choicesAfterEdit', () => {
  it('keeps a meaning set for a stage value named like an object property, as its own entry', () => {
    const next: Readings = { ...shown, meanings: JSON.parse('{"Won":"won","__proto__":"won","constructor":"lost"}') };
    const choices = choicesAfterEdit(noChoices(), shape, shown, next);
    expect(Object.entries(choices.meanings)).toEqual([['__proto__', 'won'], ['constructor', 'lost']]);
    expect(Object.getPrototypeOf(choices.meanings)).toBe(Object.prototype);
    // And it survives the worker's structured clone, as the re-read of the file sends it.
    expect(Object.entries(structuredClone(choices).meanings)).toEqual([['__proto__', 'won'], ['constructor', 'lost']]);
  });

  it('records only what changed, laid over the earlier choices', () => {
    const earlier = { ...noChoices(), meanings: { Lost: 'lost' as const } };
    const next: Readings = { ...shown, meanings: { ...shown.meanings, Won: 'open' }, dateOrders: { created: 'dayFirst', closed: 'monthFirst' }, decimalMark: 'comma' };
    const choices = choicesAfterEdit(earlier, shape, shown, next);
    expect(choices.meanings).toEqual({ Lost: 'lost', Won: 'open' });
    expect(choices.dateOrders).toEqual([{ index: 2, name: 'Created', order: 'dayFirst' }]);
    expect(choices.decimalMark).toEqual({ index: 1, name: 'Amount', mark: 'comma' });
  });

  it('changes nothing when nothing changed', () => {
    expect(choicesAfterEdit(noChoices(), shape, shown, shown)).toEqual(noChoices());
  });
});
