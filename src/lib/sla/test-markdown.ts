/**
 * For the tests only: how a CommonMark renderer reads escaped inline text. A backslash before
 * ASCII punctuation gives the mark itself and a character reference gives its character; after
 * escaping, nothing else in user text may be special, which `liveSyntax` checks.
 */

/** The text a renderer shows for escaped inline Markdown. */
export function renderText(markdown: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
  return markdown.replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt);|&#x([0-9A-F]+);/g, (_, mark?: string, name?: string, hex?: string) =>
    mark ?? (name ? named[name]! : String.fromCodePoint(parseInt(hex!, 16))));
}

/** Syntax characters left unescaped: what remains after taking out escapes, references and hard breaks. */
export function liveSyntax(markdown: string): string {
  return markdown
    .replace(/\\[!-/:-@[-`{-~]|&(?:amp|lt|gt|#x[0-9A-F]+);|\\\n/g, '')
    .replace(/[^\\`*_{}[\]()#+\-.!|~=:@$^&<>]/g, '');
}
