/**
 * Escaping user text for Markdown so that a CommonMark (or GFM) renderer shows it exactly as
 * typed: never as emphasis, a heading, a list, a link, an image, HTML or a table border.
 *
 * - Markdown syntax: every ASCII punctuation mark that any CommonMark or GFM construct starts
 *   with (\ ` * _ { } [ ] ( ) # + - . ! | ~ = : @ $ ^) gets a backslash; CommonMark guarantees a
 *   backslash-escaped ASCII punctuation mark renders as itself. Escaping `:` `@` and `.` also
 *   stops GFM's bare-URL and e-mail autolinks, so `javascript:`, `https://…` and `a@b.c` in
 *   user text never become links.
 * - HTML: `&`, `<` and `>` become `&amp;`, `&lt;`, `&gt;`, so no tag, comment or entity the user
 *   typed is ever parsed.
 * - Lines: CR LF and CR become LF; leading blanks of a line are dropped (they would start an
 *   indented code block, and HTML collapses them anyway); trailing blank lines are dropped; every
 *   other line break is kept as a hard break (`\` at the end of the line in blocks, `<br>` in
 *   table cells, where a line break would end the row).
 * - Bidirectional controls (LRE RLE PDF LRO RLO, the isolates LRI RLI FSI PDI, LRM RLM ALM)
 *   are written as numeric character references (`&#x202E;`): the Markdown source shows them
 *   visibly instead of silently reordering the file in an editor, and a renderer turns them back
 *   into the same character, so the rendered text is still literal. A value that leaves an
 *   embedding, override or isolate open is closed at its end (PDF / PDI, also as references), so
 *   a right-to-left override can never flip the labels and text that follow it.
 *
 * Everything is one linear pass per value (no backtracking regular expressions), so a
 * 100,000-character paste escapes in milliseconds.
 */

const SYNTAX = /[\\`*_{}[\]()#+\-.!|~=:@$^&<>\u0000\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u0000': '&#xFFFD;' };

const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';

const reference = (char: string) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`;

function escapeChar(char: string): string {
  const html = HTML[char];
  if (html) return html;
  return char.charCodeAt(0) > 0x7f ? reference(char) : `\\${char}`;
}

/** The closers a value needs so that no embedding, override or isolate it opens runs past its end. */
function bidiClosers(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return '';
  let embeddings = 0;
  let isolates = 0;
  for (const char of text) {
    if (EMBEDDINGS.has(char)) embeddings++;
    else if (char === POP_EMBEDDING) embeddings = Math.max(0, embeddings - 1);
    else if (ISOLATES.has(char)) isolates++;
    else if (char === POP_ISOLATE) isolates = Math.max(0, isolates - 1);
  }
  return reference(POP_EMBEDDING).repeat(embeddings) + reference(POP_ISOLATE).repeat(isolates);
}

function dropIndent(line: string): string {
  let start = 0;
  while (line[start] === ' ' || line[start] === '\t') start++;
  return start === 0 ? line : line.slice(start);
}

/** One line of user text (no line breaks) with every Markdown and HTML character neutralised. */
export function escapeLine(line: string): string {
  return dropIndent(line).replace(SYNTAX, escapeChar);
}

function lines(text: string): string[] {
  // trim(), not a regular expression: /\s+$/ backtracks quadratically on long runs of blanks.
  return text.replace(/\r\n?/g, '\n').trim().split('\n');
}

/**
 * User text as the content of a paragraph or a list item. Line breaks become hard breaks;
 * `indent` is put before each continuation line so it stays inside its list item.
 */
export function escapeBlockText(text: string, indent = ''): string {
  return lines(text).map(escapeLine).join(`\\\n${indent}`) + bidiClosers(text);
}

/** User text as one table cell: line breaks become `<br>`; `|` is escaped like all syntax. */
export function escapeCellText(text: string): string {
  return lines(text).map(escapeLine).join('<br>') + bidiClosers(text);
}

/** User text as a heading: one line, so line breaks become spaces. */
export function escapeHeadingText(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim()) + bidiClosers(text);
}
