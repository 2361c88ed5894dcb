/**
 * Chart axis labels broken into lines, so a long one ("Conversion Lead → MQL") stays beside its
 * bar on a narrow screen instead of running off the canvas. Widths are in display columns: a
 * Latin character counts one, a Chinese (or other wide) character two.
 */

/** East Asian wide characters: CJK, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

interface Token {
  text: string;
  /** Whether a space separates it from the token before (kept when both share a line). */
  space: boolean;
}

/**
 * Break opportunities: the spaces. A lone mark ("→") stays with the word before it, so no line
 * starts with an arrow. Chinese words are not split unless one is wider than a line (see `cut`).
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (word === '') continue;
    const previous = out[out.length - 1];
    if (previous && /^[\p{P}\p{S}]+$/u.test(word)) previous.text += ` ${word}`;
    else out.push({ text: word, space: out.length > 0 });
  }
  return out;
}

/** A token wider than a line, cut into pieces of at most `width` columns. */
function cut(token: Token, width: number): Token[] {
  if (displayWidth(token.text) <= width) return [token];
  const pieces: string[] = [];
  let piece = '';
  for (const char of token.text) {
    if (piece && displayWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  // A piece may start at the space before a glued mark ("… →"): it keeps the space as a break.
  return pieces
    .map((raw, i) => ({ text: raw.trim(), space: i === 0 ? token.space : /^\s/.test(raw) }))
    .filter((piece) => piece.text !== '');
}

function greedy(parts: Token[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line === '' ? part.text : `${line}${part.space ? ' ' : ''}${part.text}`;
    if (line !== '' && displayWidth(joined) > width) {
      lines.push(line);
      line = part.text;
    } else {
      line = joined;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `text` in lines of at most `width` columns, as few lines as fit, balanced so the lines are of
 * similar length ("Conversion" / "Lead → MQL" rather than "Conversion Lead" / "→ MQL").
 * A label that fits comes back as one line; an empty one as [''].
 */
export function wrapLabel(text: string, width = 16): string[] {
  const limit = Math.max(1, Math.floor(width));
  const parts = tokens(text).flatMap((token) => cut(token, limit));
  if (parts.length === 0) return [''];
  const lines = greedy(parts, limit);
  if (lines.length === 1) return lines;
  // The narrowest width that still needs no more lines gives the most even split.
  const widest = Math.max(...parts.map((part) => displayWidth(part.text)));
  for (let narrower = widest; narrower < limit; narrower++) {
    const balanced = greedy(parts, narrower);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}
