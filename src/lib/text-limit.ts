/**
 * How long free text may be, said before the limit bites. A limit is generous for its kind of
 * field (a name, a line, a list item, a paragraph), so only a paste of something else reaches
 * it; text past it is never cut: it is kept, marked, and left out of print and figures until it
 * is shortened.
 */

/** The kinds of free-text field, each with its limit in characters. */
export const TEXT_LIMITS = {
  /** A name: a scenario, a stage, a channel, a company, a draft or a version. */
  name: 80,
  /** One line: an owner, a target, a dashboard. */
  line: 200,
  /** One item of a list: a criterion, an action, an escalation step. */
  item: 300,
  /** A paragraph or a few: a definition, a note, a canvas box. */
  text: 2000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/** From this share of the limit on, the field shows its count of characters. */
export const SHOW_COUNT_FROM = 0.8;

/** Characters as a reader counts them: code points, so an emoji or a 𠀀 counts once. */
export const textLength = (text: string): number => {
  let length = 0;
  for (const _ of text) length++;
  return length;
};

export interface TextLimitState {
  length: number;
  max: number;
  /** Characters past the limit: 0 when within it. */
  over: number;
  /** Whether to show the count: near or past the limit. */
  showCount: boolean;
}

/** Where a text stands against its limit. */
export function textLimit(text: string, max: number): TextLimitState {
  const length = textLength(text);
  return { length, max, over: Math.max(0, length - max), showCount: length >= max * SHOW_COUNT_FROM };
}

/** Whether a text fits its limit (and may be printed and counted). */
export const withinLimit = (text: string, max: number): boolean => textLength(text) <= max;

/**
 * What of a text goes to print: the text itself within its kind's limit; past it, how far past
 * (it is left out until shortened, as the field says, and nothing is cut).
 */
export function printable(text: string, kind: TextKind): { text: string } | { over: number; max: number } {
  const state = textLimit(text, TEXT_LIMITS[kind]);
  return state.over > 0 ? { over: state.over, max: state.max } : { text };
}
