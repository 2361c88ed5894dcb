import { useEffect, useRef, useState } from 'preact/hooks';
import { useMounted } from '../kit/use-client-store';
import type { FunnelInput } from '../../lib/funnel/model';
import { createSimulation, type SimulationResult } from '../../lib/funnel/simulate';
import { TRIALS, type SimulationReply, type SimulationRequest } from './simulation-messages';

/** Wait this long after the last keystroke before simulating again. */
const DEBOUNCE_MS = 250;
/** Main-thread fallback: each slice of trials stays well inside a frame. */
const SLICE_MS = 8;

export interface SimulationState {
  /** The latest figures; kept while a new run is under way. */
  result: SimulationResult | null;
  running: boolean;
}

/** What the simulation reads: other inputs (team, forward source, names) do not restart it. */
const simulationKey = (input: FunnelInput | null) =>
  input && JSON.stringify([input.steps, input.target, input.dealSize, input.months, input.seed, input.budget]);

/** The same figures as the worker, in slices of under a frame, for browsers where the worker fails. */
function simulateInSlices(input: FunnelInput, current: () => boolean, done: (result: SimulationResult | null) => void) {
  const simulation = createSimulation(input, { trials: TRIALS });
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
  // The result and the inputs it is for: while they differ from the current ones, a run is due.
  const [state, setState] = useState<{ result: SimulationResult | null; key: string | null }>({ result: null, key: null });
  const worker = useRef<Worker | null>(null);
  const workerFailed = useRef(false);
  /** The run whose result is wanted; replies to older runs are dropped. */
  const latest = useRef<{ request: SimulationRequest; key: string } | null>(null);
  const key = simulationKey(input);
  const mounted = useMounted();

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!key || !input) {
      latest.current = null;
      return;
    }
    const request: SimulationRequest = { id: (latest.current?.request.id ?? 0) + 1, input, trials: TRIALS };
    latest.current = { request, key };
    // Listeners outlive this effect, so they look the run up rather than close over it.
    const finish = (id: number, result: SimulationResult | null) => {
      if (latest.current?.request.id === id) setState({ result, key: latest.current.key });
    };
    const inSlices = () => {
      const run = latest.current?.request;
      if (run) simulateInSlices(run.input, () => latest.current?.request.id === run.id, (result) => finish(run.id, result));
    };
    const inWorker = () => {
      if (!worker.current) {
        const created = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
        created.addEventListener('message', (event: MessageEvent<SimulationReply>) => finish(event.data.id, event.data.result));
        created.addEventListener('error', () => {
          workerFailed.current = true;
          created.terminate();
          worker.current = null;
          inSlices();
        });
        worker.current = created;
      }
      worker.current.postMessage(request);
    };

    const timer = setTimeout(() => {
      if (workerFailed.current || typeof Worker === 'undefined') return inSlices();
      try {
        inWorker();
      } catch {
        workerFailed.current = true;
        inSlices();
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);

  // Stale from the very render that changed the inputs, not one effect later. Before hydration
  // nothing runs: the server's HTML says the simulation is waiting for the page.
  return { result: state.result, running: mounted && key !== null && state.key !== key };
}
