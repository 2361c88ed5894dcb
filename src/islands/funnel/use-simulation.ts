import type { FunnelInput } from '../../lib/funnel/model';
import { createSimulation, type SimulationResult } from '../../lib/funnel/simulate';
import { useWorkerRun, type WorkerRunState } from '../kit/use-worker-run';
import { TRIALS, type SimulationPayload } from './simulation-messages';

/** Main-thread fallback: each slice of trials stays well inside a frame. */
const SLICE_MS = 8;

export type SimulationState = WorkerRunState<SimulationResult | null>;

/** What the simulation reads: other inputs (team, forward source, names) do not restart it. */
const simulationKey = (input: FunnelInput | null) =>
  input && JSON.stringify([input.steps, input.target, input.dealSize, input.months, input.seed, input.budget]);

/** The same figures as the worker, in slices of under a frame, for browsers where the worker fails. */
function simulateInSlices({ input, trials }: SimulationPayload, current: () => boolean, done: (result: SimulationResult | null) => void) {
  const simulation = createSimulation(input, { trials });
  if (!simulation.ok) return done(null);
  const slice = () => {
    if (!current()) return;
    const start = performance.now();
    while (!simulation.value.finished() && performance.now() - start < SLICE_MS) simulation.value.step(200);
    if (simulation.value.finished()) done(simulation.value.result());
    else setTimeout(slice, 0);
  };
  slice();
}

/** The Monte Carlo for the inputs, debounced, in a Web Worker (or in short slices if workers fail). */
export function useSimulation(input: FunnelInput | null): SimulationState {
  const key = simulationKey(input);
  return useWorkerRun<SimulationPayload, SimulationResult | null>(input && key ? { key, payload: { input, trials: TRIALS } } : null, {
    createWorker: () => new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }),
    inSlices: simulateInSlices,
  });
}
