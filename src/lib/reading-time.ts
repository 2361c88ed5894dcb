/** Reading speeds: words a minute for space-separated scripts, characters a minute for CJK. */
const WORDS_PER_MINUTE = 220;
const CJK_CHARS_PER_MINUTE = 400;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Strips MDX/Markdown syntax that is not read: frontmatter, tags, link targets, punctuation runs. */
function readableText(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_`|>[\]-]+/g, ' ');
}

/** Whole minutes to read a guide, at least one. */
export function readingMinutes(source: string): number {
  const text = readableText(source);
  const cjkChars = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE));
}
