import type { FunnelInput } from '../../lib/funnel/model';
import type { SimulationResult } from '../../lib/funnel/simulate';

/** Trials per run: the issue asks for at least 10,000. */
export const TRIALS = 10_000;

export interface SimulationRequest {
  id: number;
  input: FunnelInput;
  trials: number;
}

export interface SimulationReply {
  id: number;
  /** Null when the model refused the input (the page shows the plan's own reason). */
  result: SimulationResult | null;
}
