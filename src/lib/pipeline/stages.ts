/**
 * What a CRM's stage values mean for the measured funnel. Every distinct value, with its count,
 * maps to won, lost, open, or a funnel stage (an open deal that has reached it). The guess
 * reads the usual names in English, Chinese and Polish; the user corrects it.
 */

/** Won, lost, still open, or open at funnel stage n (0 = the first stage). */
export type StageMeaning = 'won' | 'lost' | 'open' | { stage: number };

const WON = /(^|[^a-z])(closed ?won|won|win|signed|contract signed|sold|wygran)|赢单|贏單|成交|已签约|已簽約|签约成功|簽約成功|赢|贏/;
const LOST = /(^|[^a-z])(closed ?lost|lost|lose|dead|disqualified|cancell?ed|rejected|no deal|przegran|utracon)|输单|輸單|丢单|丟單|失单|失單|流失|失败|失敗|作废|作廢|无效|無效/;

/** The normalised form of a stage value: lower case, spaces collapsed, for guessing only. */
const normalise = (value: string) => value.normalize('NFKC').toLowerCase().replace(/[\s_\-/]+/g, ' ').trim();

/** Won, lost or open from a stage value's words ("Closed Won", "closedlost", "赢单", "open"). */
export function guessOutcome(value: string): 'won' | 'lost' | 'open' {
  const text = normalise(value).replace(/closed(won|lost)/, 'closed $1');
  if (LOST.test(text)) return 'lost';
  if (WON.test(text)) return 'won';
  return 'open';
}

/** A stage value with its count, in the order the file first shows them. */
export interface StageValue {
  value: string;
  count: number;
}

export const isDecided = (meaning: StageMeaning): meaning is 'won' | 'lost' => meaning === 'won' || meaning === 'lost';

/**
 * The guessed meaning of every value: won and lost by their words, everything else open. An
 * export does not say how its open stages are ordered, so the user places them on the funnel's
 * stages when they want stage-to-stage conversion.
 */
export function guessMeanings(values: readonly StageValue[]): Record<string, StageMeaning> {
  return Object.fromEntries(values.map(({ value }) => [value, guessOutcome(value)]));
}

/**
 * How far along the funnel a record got, as a stage index: a won deal reached every stage (the
 * last is "won"), a deal open at stage n reached n; lost and plainly open deals reached the
 * first stage (the export does not say where a lost deal stopped).
 */
export function reachedStage(meaning: StageMeaning, stageCount: number): number {
  if (meaning === 'won') return stageCount - 1;
  if (typeof meaning === 'object') return Math.min(Math.max(meaning.stage, 0), stageCount - 1);
  return 0;
}
