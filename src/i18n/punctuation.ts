/**
 * What code sets between the pieces of text it joins, in the language's way. A module of its own,
 * apart from text.ts, so that every island can have it without loading the plural and list helpers.
 */

/** Chinese and Japanese set full-width marks, each carrying its own space. */
const FULL_WIDTH_LANGUAGE = /^(zh|ja)\b/i;

/**
 * What goes between two sentences set one after the other: a space, but nothing after a Chinese
 * or Japanese full stop, which carries its own space ("計入了 4 列。未結案…").
 */
export function sentenceGap(locale: string): string {
  return FULL_WIDTH_LANGUAGE.test(locale) ? '' : ' ';
}

/**
 * The marks code sets between pieces of text it joins, spaces included: half-width with a space
 * after ("Amount (USD)", "Language: English"), full-width in Chinese and Japanese ("金額（TWD）",
 * "語言：中文"), as a typesetter of the language would set them. Text that stands alone in a
 * Latin context (a currency code in its own cell, a URL) needs none of them.
 */
export interface Punctuation {
  /** Between a label and what it labels: "Language: " / "語言：". */
  colon: string;
  /** Between a name and what narrows it: "Amount, Row 1" / "金額，第 1 列". */
  comma: string;
  /** Between the items of a run: "Lead 4,000, MQL 1,000" / "潛在客戶 4,000、MQL 1,000". */
  list: string;
  /** Between clauses that may hold commas themselves: "No stage; No amount" / "沒有階段；沒有金額". */
  semicolon: string;
  /** Opens an aside after a word, its space before it: " (" / "（". */
  open: string;
  /** Closes the aside: ")" / "）". */
  close: string;
}

const HALF_WIDTH: Punctuation = { colon: ': ', comma: ', ', list: ', ', semicolon: '; ', open: ' (', close: ')' };
const FULL_WIDTH: Punctuation = { colon: '：', comma: '，', list: '、', semicolon: '；', open: '（', close: '）' };

/** The joining marks of a language: `${name}${marks.open}${code}${marks.close}` → "Amount (USD)" / "金額（TWD）". */
export function punctuation(locale: string): Punctuation {
  return FULL_WIDTH_LANGUAGE.test(locale) ? FULL_WIDTH : HALF_WIDTH;
}
