import { describe, expect, it } from 'vitest';
import { nextRowId } from './rows';

describe('nextRowId', () => {
  it.each([
    [[], 'deals-1'],
    [[{ id: 'deals-1' }, { id: 'deals-2' }], 'deals-3'],
    [[{ id: 'deals-7' }, { id: 'deals-2' }], 'deals-8'],
    [[{ id: 'imported' }], 'deals-1'],
  ])('after %j is %s', (existing, expected) => {
    expect(nextRowId(existing, 'deals')).toBe(expected);
  });
});
