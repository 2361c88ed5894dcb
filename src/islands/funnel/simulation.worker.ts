/// <reference lib="webworker" />
// Runs the Monte Carlo off the main thread. Imports only the pure model: no schemas, no DOM.
import { simulate } from '../../lib/funnel/simulate';
import type { SimulationReply, SimulationRequest } from './simulation-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<SimulationRequest>) => {
  const { id, input, trials } = event.data;
  const outcome = simulate(input, { trials });
  const reply: SimulationReply = { id, result: outcome.ok ? outcome.value : null };
  scope.postMessage(reply);
});
