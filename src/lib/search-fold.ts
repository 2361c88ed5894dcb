/**
 * A name as a filter compares it: lower case, full-width letters and digits as their ASCII
 * forms ("ＣＡＣ" → "cac"), and Latin letters without their marks ("wskaźnik" → "wskaznik",
 * "ł" → "l"), so a reader who types without Polish letters, or on a Chinese keyboard in
 * full-width mode, finds what one who types them does. Chinese characters are left as they are.
 */
export function searchFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .trim();
}
