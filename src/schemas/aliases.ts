import { z } from 'zod';
import { aliasProblems } from '../lib/term-aliases';

/**
 * Other names of a term in use in this language, and abbreviations ("close rate" beside "Win
 * rate", 獲客成本 beside 客戶取得成本). Shown as "Also called: …" where the term is explained, so
 * search finds them. Per language: locales need not have the same ones, or as many. An empty
 * one, the name again and one given twice are rejected by refineAliases, each once.
 */
export const aliasesSchema = z.array(z.string().trim().max(60)).default([]);

const messages = {
  empty: 'is empty',
  'same as name': 'repeats the name',
  'same as abbreviation': 'repeats the abbreviation',
  repeated: 'is given twice',
} as const;

/** For a schema's superRefine: an issue at aliases.<i> for each alias aliasProblems rejects. */
export function refineAliases(
  entry: { aliases: readonly string[]; abbreviation?: string | undefined },
  name: string,
  ctx: z.RefinementCtx,
): void {
  for (const { index, problem } of aliasProblems(name, entry.abbreviation, entry.aliases)) {
    ctx.addIssue({ code: 'custom', path: ['aliases', index], message: `“${entry.aliases[index]}” ${messages[problem]}` });
  }
}
