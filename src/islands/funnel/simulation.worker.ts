/// <reference lib="webworker" />
// Runs the Monte Carlo off the main thread. Imports only the pure model: no schemas, no DOM.
import { simulate } from '../../lib/funnel/simulate';
import type { SimulationReply, SimulationRequest } from './simulation-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<SimulationRequest>) => {
  const { id, payload } = event.data;
  const outcome = simulate(payload.input, { trials: payload.trials });
  const reply: SimulationReply = { id, result: outcome.ok ? outcome.value : null };
  scope.postMessage(reply);
});
