import { describe, expect, it } from 'vitest';
import { exampleToCalculatorInput } from './example-input';

describe('exampleToCalculatorInput', () => {
  it('turns plain values into fields and lists into rows with ids', () => {
    expect(
      exampleToCalculatorInput({ target: '1000', months: 12, deals: [{ name: 'Acme', value: 12000 }, { name: 'Beta', value: '8000' }] }),
    ).toEqual({
      fields: { target: '1000', months: '12' },
      rows: {
        deals: [
          { id: 'deals-1', name: 'Acme', value: '12000' },
          { id: 'deals-2', name: 'Beta', value: '8000' },
        ],
      },
    });
  });
});
