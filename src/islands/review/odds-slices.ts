import { createSimulation } from '../../lib/funnel/simulate';
import { oddsOf, type Odds, type OddsSetup } from '../../lib/review/odds';
import { TRIALS } from './odds-messages';

/** Main-thread fallback: each slice of trials stays well inside a frame. */
const SLICE_MS = 8;

/** The same figures as the worker, setup after setup, in slices of under a frame. */
export function oddsInSlices(
  setups: OddsSetup[],
  current: () => boolean,
  done: (odds: Odds[]) => void,
) {
  const results: Odds[] = [];
  let index = 0;
  let running: ReturnType<typeof createSimulation> | null = null;
  const slice = () => {
    if (!current()) return;
    const start = performance.now();
    while (index < setups.length && performance.now() - start < SLICE_MS) {
      const setup = setups[index]!;
      if (!setup.simulation) {
        results.push(oddsOf(setup, null));
        index++;
        continue;
      }
      running ??= createSimulation(
        setup.simulation.input,
        { trials: TRIALS },
        setup.simulation.plan,
      );
      if (!running.ok) {
        results.push(oddsOf({ ...setup, simulation: null }, null));
      } else {
        running.value.step(200);
        if (!running.value.finished()) continue;
        results.push(oddsOf(setup, running.value.result()));
      }
      running = null;
      index++;
    }
    if (index >= setups.length) done(results);
    else setTimeout(slice, 0);
  };
  slice();
}
