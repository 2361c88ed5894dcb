import type { FunnelInput } from '../../lib/funnel/model';
import type { SimulationResult } from '../../lib/funnel/simulate';
import type { RunReply, RunRequest } from '../kit/use-worker-run';

/** Trials per run: the issue asks for at least 10,000. */
export const TRIALS = 10_000;

export interface SimulationPayload {
  input: FunnelInput;
  trials: number;
}

export type SimulationRequest = RunRequest<SimulationPayload>;

/** Null when the model refused the input (the page shows the plan's own reason). */
export type SimulationReply = RunReply<SimulationResult | null>;
