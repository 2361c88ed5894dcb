import { describe, expect, it } from 'vitest';
import { amountParts } from './amount-breaks';

describe('amountParts: where a long amount may wrap', () => {
  it.each([
    // Short amounts and words stay whole.
    ['$72,000', ['$72,000']],
    ['1\u00a0200\u00a0000\u00a0zł', ['1\u00a0200\u00a0000\u00a0zł']],
    ['Needs an amount column', ['Needs an amount column']],
    // Long ones break after a group separator, never inside a group, nor before the currency or the decimals.
    ['$1,000,000,000,000,000', ['$1,', '000,', '000,', '000,', '000,', '000']],
    ["−83\u00a0333\u00a0333\u00a0262\u00a0000\u00a0zł", ["−83\u00a0", "333\u00a0", "333\u00a0", "262\u00a0", "000\u00a0zł"]],
    ['US$83,333,333,334,000.50', ['US$83,', '333,', '333,', '334,', '000.50']],
    ['3\u202f472\u202f222\u202f222,3', ['3\u202f', '472\u202f', '222\u202f', '222,3']],
  ])('%j → %j', (value, parts) => {
    expect(amountParts(value)).toEqual(parts);
    expect(amountParts(value).join('')).toBe(value);
  });
});
