import type { Odds, OddsSetup } from '../../lib/review/odds';
import type { RunReply, RunRequest } from '../kit/use-worker-run';

/** Trials per setup: the planner's own count, so the review's odds read like the planner's. */
export { TRIALS } from '../funnel/simulation-messages';

export interface OddsPayload {
  /** The odds from here first, then each point of "how the odds moved". */
  setups: OddsSetup[];
  trials: number;
}

export type OddsRequest = RunRequest<OddsPayload>;
export type OddsReply = RunReply<Odds[]>;
