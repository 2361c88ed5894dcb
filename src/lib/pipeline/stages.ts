/**
 * What a CRM's stage values mean for the measured funnel. Every distinct value, with its count,
 * maps to won, lost, open, or a funnel stage (an open deal that has reached it). The guess
 * reads the usual names in English, Chinese and Polish; the user corrects it.
 */
import { stageNamed, type ColumnMapping } from './columns';

/** Won, lost, still open, or open at funnel stage n (0 = the first stage). */
export type StageMeaning = 'won' | 'lost' | 'open' | { stage: number };

// The words, by language. English ones are whole words; Polish ones are stems ("wygran" of
// wygrana, wygrany, wygranych); Chinese has no spaces between words, so its words stand alone.
const EN_WON = "closed ?won|won|wins?|signed|sold";
const EN_LOST = "closed ?lost|lost|lose|loses|loss|dead|disqualified|cancell?ed|rejected|declined|no deal|out ?sold";
const PL_WON = 'wygran';
const PL_LOST = 'przegran|utracon|odrzucon|anulowan';
const ZH_WON = '赢单|贏單|成交|已签约|已簽約|签约成功|簽約成功|赢|贏';
const ZH_LOST = '输单|輸單|丢单|丟單|失单|失單|流失|失败|失敗|作废|作廢|无效|無效';

/** Where a word starts and ends: not inside another word ("won" is not in "wonderland" nor "won't"). */
const START = "(?<![\\p{L}\\p{N}'])";
const END = "(?![\\p{L}\\p{N}'])";
const en = (words: string) => `${START}(?:${words})${END}`;
const pl = (stems: string) => `${START}(?:${stems})`;

const EN_NOT = "not|no|non|never|didn't|didnt|did not|won't|wont|will not|cannot|can't|isn't|wasn't";
/** Words that may stand between a negation and what it negates: "not been won", "not closed won". */
const EN_BETWEEN = "(?: (?:been|be|being|get|got|was|were|is|are|closed|a|the))*";
const ZH_NOT = '[未不没沒无無非否](?:有|能|曾|再|被|法|可)?';
/** "Not yet" and "about to": a deal still open, whichever way it will go. */
const EN_YET = 'not yet|yet to be|yet to|pending|awaiting|expected to';
const ZH_YET = '(?:尚未|还未|還未|还没|還沒|仍未|暂未|暫未|待|即将|即將|预计|預計)(?:有|能|被)?';

const pattern = (...parts: string[]) => new RegExp(parts.join('|'), 'gu');

/** Not yet decided: "not yet won", "尚未成交", "jeszcze nie wygrana". Read first: "尚未成交" holds "未成交". */
const PENDING = pattern(
  `${START}(?:${EN_YET})${EN_BETWEEN} (?:${EN_WON}|${EN_LOST})${END}`,
  `${ZH_YET}(?:${ZH_WON}|${ZH_LOST})`,
  `${START}jeszcze nie ?(?:${PL_WON}|${PL_LOST})`,
);
/** A win negated is a deal not won: "Not Won", "未成交", "niewygrana". */
const NOT_WON = pattern(`${START}(?:${EN_NOT})${EN_BETWEEN} (?:${EN_WON})${END}`, `${ZH_NOT}(?:${ZH_WON})`, `${START}nie ?(?:${PL_WON})`);
/** A loss negated is no outcome yet: "Not lost", "未输单". */
const NOT_LOST = pattern(`${START}(?:${EN_NOT})${EN_BETWEEN} (?:${EN_LOST})${END}`, `${ZH_NOT}(?:${ZH_LOST})`, `${START}nie ?(?:${PL_LOST})`);
/** Declining to go on: "Won't proceed", "Not interested". */
const REFUSED = pattern(`${START}(?:${EN_NOT})(?: (?:to|be|been))* (?:proceed|proceeding|buy|buying|purchase|go ahead|move forward|moving forward|interested|renew|renewing)${END}`);

const WON = new RegExp(`${en(EN_WON)}|${pl(PL_WON)}|${ZH_WON}`, 'u');
const LOST = new RegExp(`${en(EN_LOST)}|${pl(PL_LOST)}|${ZH_LOST}`, 'u');

/** The normalised form of a stage value: lower case, one kind of apostrophe, spaces collapsed, for guessing only. */
const normalise = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\s_\-/]+/g, ' ')
    .trim();

/**
 * Won, lost or open from a stage value's words ("Closed Won", "closedlost", "赢单", "open").
 * Negations are read before the words they negate, so "Not Won", "Won't proceed", "未成交" and
 * "niewygrana" are lost, "Not lost" is open, and "not yet won", "尚未成交" are still open.
 */
export function guessOutcome(value: string): 'won' | 'lost' | 'open' {
  const text = normalise(value)
    .replace(/closed(won|lost)/, 'closed $1')
    .replace(PENDING, ' open ')
    .replace(NOT_WON, ' lost ')
    .replace(NOT_LOST, ' open ')
    .replace(REFUSED, ' lost ');
  if (LOST.test(text)) return 'lost';
  if (WON.test(text)) return 'won';
  return 'open';
}

/** Whether any of the rows' values in column `index` reads as won or lost. */
const saysOutcome = (rows: readonly (readonly string[])[], index: number) => rows.some((row) => index < row.length && guessOutcome(row[index]!) !== 'open');

/**
 * The mapping with its stage column chosen by the first rows' values as well as by the header:
 * where the guessed column's values never say won or lost and another free column named like a
 * stage or status has values that do, that one. A Pipedrive export has both: "Deal - Stage"
 * holds the pipeline's stages ("Proposal Made"), "Deal - Status" won, lost or open.
 */
export function stageByValues(mapping: ColumnMapping, headers: readonly string[], rows: readonly (readonly string[])[]): ColumnMapping {
  const guessed = mapping.stage;
  if (guessed === undefined || saysOutcome(rows, guessed)) return mapping;
  const taken = new Set(Object.values(mapping));
  const better = stageNamed(headers).find((i) => !taken.has(i) && saysOutcome(rows, i));
  return better === undefined ? mapping : { ...mapping, stage: better };
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
 * How far along the funnel a record got, as a stage index, or null where the file does not say:
 * a won deal reached every stage (the last is "won"); a deal open at stage n reached n; a lost
 * deal, the stage it was lost at where the file says so (`lostAt`: what its value in the
 * stage-when-lost column means, placed on a stage), never the last. A lost deal without one,
 * and an open deal not placed on a stage, may have stopped anywhere: null, not the first stage.
 */
export function reachedStage(meaning: StageMeaning, stageCount: number, lostAt?: StageMeaning): number | null {
  const clamp = (stage: number, last: number) => Math.min(Math.max(stage, 0), last);
  if (meaning === 'won') return stageCount - 1;
  if (typeof meaning === 'object') return clamp(meaning.stage, stageCount - 1);
  if (meaning === 'lost' && typeof lostAt === 'object') return clamp(lostAt.stage, Math.max(stageCount - 2, 0));
  return null;
}
