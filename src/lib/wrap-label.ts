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

/** Lines of at most `width` columns, each with whether a space separated it from the line before. */
function greedyLines(parts: Token[], width: number): Token[] {
  const lines: Token[] = [];
  for (const part of parts) {
    const line = lines[lines.length - 1];
    const joined = line ? `${line.text}${part.space ? ' ' : ''}${part.text}` : part.text;
    if (line && displayWidth(joined) <= width) line.text = joined;
    else lines.push({ ...part });
  }
  return lines;
}

const greedy = (parts: Token[], width: number): string[] => greedyLines(parts, width).map((line) => line.text);

/** `text` cut to at most `width` columns, ending with an ellipsis. */
function ellipsis(text: string, width: number): string {
  let kept = '';
  for (const char of text) {
    if (displayWidth(kept + char) > width - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * `text` in lines of at most `width` columns, as few lines as fit, balanced so the lines are of
 * similar length ("Conversion" / "Lead → MQL" rather than "Conversion Lead" / "→ MQL").
 * A label that fits comes back as one line; an empty one as ['']. A label that needs more than
 * `maxLines` lines fills them and ends the last with an ellipsis (the full name is in the table
 * beside the chart and in its tooltip).
 */
export function wrapLabel(text: string, width = 16, maxLines = Infinity): string[] {
  const limit = Math.max(1, Math.floor(width));
  const parts = tokens(text).flatMap((token) => cut(token, limit));
  if (parts.length === 0) return [''];
  const lines = greedy(parts, limit);
  if (lines.length > maxLines) {
    const full = greedyLines(parts, limit);
    const kept = Math.max(1, Math.floor(maxLines));
    const rest = full
      .slice(kept - 1)
      .map((line, i) => (i > 0 && line.space ? ` ${line.text}` : line.text))
      .join('');
    return [...full.slice(0, kept - 1).map((line) => line.text), ellipsis(rest, limit)];
  }
  if (lines.length === 1) return lines;
  // The narrowest width that still needs no more lines gives the most even split.
  const widest = Math.max(...parts.map((part) => displayWidth(part.text)));
  for (let narrower = widest; narrower < limit; narrower++) {
    const balanced = greedy(parts, narrower);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}

/** Rem one line of a chart's axis label takes: chart.js's 12 px font at its 1.2 line height. */
export const LABEL_LINE_REM = 0.9;
/** Rem left between the labels of two bars. */
const LABEL_GAP_REM = 0.4;

/**
 * The height (rem) of a horizontal bar chart whose category labels are `labels`, each as its
 * lines: chart.js gives every bar the same slot, so every slot must hold the tallest label, or
 * labels run into one another. At least `least`; `overhead` is the value axis (and legend).
 */
export function barChartHeight(labels: readonly (readonly string[])[], { least, overhead }: { least: number; overhead: number }): number {
  const tallest = Math.max(1, ...labels.map((label) => label.length));
  return Math.max(least, overhead + labels.length * (tallest * LABEL_LINE_REM + LABEL_GAP_REM));
}
