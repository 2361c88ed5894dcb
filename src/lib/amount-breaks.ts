/**
 * Where a formatted amount may wrap when its box is too narrow for it (a figure of 10^15 in a
 * table column on paper): after a group separator, never inside a group of digits, nor between
 * the last group and its decimals or its currency. Amounts of up to `LONG_AMOUNT` characters,
 * and text with ordinary spaces (words: "Needs an amount column"), stay whole.
 */
export const LONG_AMOUNT = 13;

/** The pieces of `value` a line may break between (one piece when it may not break). */
export function amountParts(value: string): string[] {
  if (value.length <= LONG_AMOUNT || /\s/.test(value.replace(/[\u00a0\u202f]/g, ''))) return [value];
  return value.split(/(?<=[,.'\u2019\u00a0\u202f])(?=\d{3}(?!\d))/);
}
