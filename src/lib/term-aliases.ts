import { searchFold } from './search-fold';

/**
 * A name as the reader's search compares it (case, full width and Polish marks aside, runs of
 * spaces as one), so "CAC", "cac" and "ＣＡＣ" are one name, and "Koszt  leada" is "koszt leada".
 */
const nameKey = (name: string) => searchFold(name).replace(/\s+/gu, ' ');

/** One thing wrong with a term's other names: which alias (its index) and why. */
export interface AliasProblem {
  index: number;
  problem: 'empty' | 'same as name' | 'same as abbreviation' | 'repeated';
}

/**
 * What is wrong with the other names ("aliases") a term is given in one language: each must be
 * written, must not be the term's own name or abbreviation (shown beside it already), and must be
 * given once. Other languages' aliases are their own: nothing here compares across locales.
 */
export function aliasProblems(name: string, abbreviation: string | undefined, aliases: readonly string[]): AliasProblem[] {
  const seen = new Set<string>();
  return aliases.flatMap((alias, index): AliasProblem[] => {
    const key = nameKey(alias);
    if (key === '') return [{ index, problem: 'empty' }];
    if (key === nameKey(name)) return [{ index, problem: 'same as name' }];
    if (abbreviation !== undefined && key === nameKey(abbreviation)) return [{ index, problem: 'same as abbreviation' }];
    if (seen.has(key)) return [{ index, problem: 'repeated' }];
    seen.add(key);
    return [];
  });
}

/** One entry's names in one language: its name, abbreviation if any, and aliases. */
export interface NamedEntry {
  id: string;
  name: string;
  abbreviation?: string | undefined;
  aliases: readonly string[];
}

/**
 * Aliases that name another entry too: an alias equal to another entry's name, abbreviation or
 * alias (in the same collection and language) sends a reader who types it to the wrong term.
 * Returns "<entry> alias “…” also names <other>" for each.
 */
export function aliasesNamingOthers(entries: readonly NamedEntry[]): string[] {
  const owners = new Map<string, Set<string>>();
  const claim = (name: string, id: string) => {
    const key = nameKey(name);
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(id);
  };
  for (const entry of entries) {
    claim(entry.name, entry.id);
    if (entry.abbreviation) claim(entry.abbreviation, entry.id);
    for (const alias of entry.aliases) claim(alias, entry.id);
  }
  return entries.flatMap((entry) =>
    entry.aliases.flatMap((alias) =>
      [...owners.get(nameKey(alias))!]
        .filter((id) => id !== entry.id)
        .map((other) => `${entry.id} alias “${alias}” also names ${other}`),
    ),
  );
}
