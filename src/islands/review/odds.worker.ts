/// <reference lib="webworker" />
// Runs the review's Monte Carlo off the main thread. Imports only the pure model: no schemas, no DOM.
import { runOdds } from '../../lib/review/odds-run';
import type { OddsReply, OddsRequest } from './odds-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<OddsRequest>) => {
  const { id, payload } = event.data;
  const reply: OddsReply = { id, result: payload.setups.map((setup) => runOdds(setup, { trials: payload.trials })) };
  scope.postMessage(reply);
});
