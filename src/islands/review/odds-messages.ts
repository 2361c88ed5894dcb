import type { Odds, OddsSetup } from '../../lib/review/odds';

/** Trials per setup: the planner's own count, so the review's odds read like the planner's. */
export { TRIALS } from '../funnel/simulation-messages';

export interface OddsRequest {
  id: number;
  /** The odds from here first, then each point of "how the odds moved". */
  setups: OddsSetup[];
  trials: number;
}

export interface OddsReply {
  id: number;
  odds: Odds[];
}
