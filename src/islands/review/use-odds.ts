import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  oddsHistory,
  oddsSetup,
  type Odds,
  type OddsArgs,
  type OddsSetup,
  type RateSource,
} from '../../lib/review/odds';
import { useMounted } from '../kit/use-client-store';
import { TRIALS, type OddsReply, type OddsRequest } from './odds-messages';

/** Wait this long after the last keystroke before simulating again (as the planner does). */
const DEBOUNCE_MS = 250;

export interface OddsState {
  /** The odds from here (every actual counted); null until the first run ends. */
  current: Odds | null;
  /** The plan alone, then after each month whose revenue is in. */
  history: Odds[];
  /** The setups the figures are for: the revenue won and what remains. */
  setups: { current: OddsSetup; history: OddsSetup[] };
  running: boolean;
}

/**
 * The odds of the target from here and how they moved, with the planned or the blended rates:
 * debounced, in a Web Worker (or in short slices on the page if workers fail), the same way the
 * planner runs its Monte Carlo.
 */
export function useOdds(args: Omit<OddsArgs, 'source'>, source: RateSource): OddsState {
  const setups = useMemo(() => {
    const full = { ...args, source };
    return { current: oddsSetup(full), history: oddsHistory(full) };
  }, [args, source]);
  const key = useMemo(() => JSON.stringify(setups), [setups]);
  const [state, setState] = useState<{ odds: Odds[]; key: string | null }>({ odds: [], key: null });
  const worker = useRef<Worker | null>(null);
  const workerFailed = useRef(false);
  const latest = useRef<{ request: OddsRequest; key: string } | null>(null);
  const mounted = useMounted();

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!mounted) return;
    const request: OddsRequest = {
      id: (latest.current?.request.id ?? 0) + 1,
      setups: [setups.current, ...setups.history],
      trials: TRIALS,
    };
    latest.current = { request, key };
    // Listeners outlive this effect, so they look the run up rather than close over it.
    const finish = (id: number, odds: Odds[]) => {
      if (latest.current?.request.id === id) setState({ odds, key: latest.current.key });
    };
    const inSlices = () => {
      const run = latest.current?.request;
      // The fallback loads only where a worker cannot start: most pages never need it.
      if (run)
        void import('./odds-slices').then(({ oddsInSlices }) =>
          oddsInSlices(
            run.setups,
            () => latest.current?.request.id === run.id,
            (odds) => finish(run.id, odds),
          ),
        );
    };
    const inWorker = () => {
      if (!worker.current) {
        const created = new Worker(new URL('./odds.worker.ts', import.meta.url), {
          type: 'module',
        });
        created.addEventListener('message', (event: MessageEvent<OddsReply>) =>
          finish(event.data.id, event.data.odds),
        );
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
  }, [key, mounted]);

  const fresh = state.key === key;
  const [current = null, ...history] = state.odds;
  return { current, history, setups, running: mounted && !fresh };
}
