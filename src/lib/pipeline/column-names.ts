/**
 * The names the page shows for a file's columns. Apart from columns.ts, whose roles every page
 * with a stored import loads: only the import's column table needs these.
 */

/**
 * Unique display names for the headers: a repeated name gets " (2)", " (3)" in the marks of the
 * page's language ("金額（2）"); an empty one is "Column 4" (the caller passes the words for "Column").
 */
export function uniqueHeaders(
  headers: readonly string[],
  column: (n: number) => string,
  marks: { open: string; close: string },
): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, index) => {
    const name = raw.trim() || column(index + 1);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}${marks.open}${count}${marks.close}`;
  });
}
