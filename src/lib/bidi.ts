/**
 * User text set inside the site's own sentences ("Draft “{name}” deleted") is isolated, so a
 * right-to-left character in a name (Arabic, Hebrew, or a stray U+202E override) never reorders
 * the words around it. Where markup is possible, `<bdi>` does this; where only plain text is
 * (a toast's string, an <option>, an attribute, the page title), the Unicode isolates do:
 * U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** `text` as an isolated run: its direction from its own first strong character, its effects kept inside. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
