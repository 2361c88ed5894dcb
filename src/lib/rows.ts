/** The next free row id of a list: `<prefix>-<n>` with n one more than the largest in use. */
export function nextRowId(existing: readonly { id: string }[], prefix: string): string {
  let max = 0;
  for (const { id } of existing) {
    const match = id.match(/-(\d+)$/);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}-${max + 1}`;
}
