/** The most spellings one query is searched as: each one is a search of the whole index. */
export const MAX_SPELLINGS = 8;

/**
 * The spellings of a query to search, the query itself first, for a language whose readers often
 * type some letters plain: `letters` maps the plain letter to the letter (Polish: "l" → "ł").
 * Search already reads a letter with a mark typed without it ("o" as "ó"), but a letter Unicode
 * does not write as a plain letter plus a mark cannot be read back from its plain form, so the
 * query is also tried with each such plain letter as the letter, in its case ("Slownik" →
 * "Słownik"). A query with k of them has 2^k spellings; those with the fewest replacements,
 * leftmost first, are kept, up to `cap`.
 */
export function searchSpellings(query: string, letters: Readonly<Record<string, string>>, cap = MAX_SPELLINGS): string[] {
  const lettersOf = new Map(Object.entries(letters));
  const chars = Array.from(query);
  const places = chars.flatMap((char, at) => (lettersOf.has(char.toLowerCase()) ? [at] : []));
  const spellings: string[] = [];
  const spell = (replaced: readonly number[]) =>
    chars
      .map((char, at) => {
        if (!replaced.includes(at)) return char;
        const letter = lettersOf.get(char.toLowerCase())!;
        return char === char.toLowerCase() ? letter : letter.toUpperCase();
      })
      .join('');
  // Every choice of `size` places, from the `from`-th place on, after those already `chosen`.
  const choose = (size: number, from: number, chosen: number[]): void => {
    if (spellings.length >= cap) return;
    if (chosen.length === size) {
      spellings.push(spell(chosen));
      return;
    }
    for (let i = from; i < places.length; i++) choose(size, i + 1, [...chosen, places[i]!]);
  };
  for (let size = 0; size <= places.length && spellings.length < cap; size++) choose(size, 0, []);
  return spellings;
}

/**
 * The pages found by the searches of several spellings, each once, with its best-scored match
 * (whose excerpt marks what that spelling found), best first. One search's results are returned as
 * they are.
 */
export function mergeByPage<T extends { id: string; score: number }>(searches: readonly (readonly T[])[]): T[] {
  if (searches.length === 1) return [...searches[0]!];
  const best = new Map<string, T>();
  for (const results of searches) {
    for (const result of results) {
      const kept = best.get(result.id);
      if (!kept || result.score > kept.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
