import { useMemo } from 'preact/hooks';
import {
  oddsHistory,
  oddsSetup,
  type Odds,
  type OddsArgs,
  type OddsPoint,
  type OddsSetup,
  type RateSource,
} from '../../lib/review/odds';
import { useWorkerRun } from '../kit/use-worker-run';
import { TRIALS, type OddsPayload } from './odds-messages';

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
 * The odds of the target from here and how they moved (each point on the plan its month was
 * reported against), with the planned or the blended rates:
 * debounced, in a Web Worker (or in short slices on the page if workers fail), the same way the
 * planner runs its Monte Carlo.
 */
export function useOdds(
  args: Omit<OddsArgs, 'source'>,
  points: readonly OddsPoint[],
  source: RateSource,
): OddsState {
  const setups = useMemo(
    () => ({ current: oddsSetup({ ...args, source }), history: oddsHistory(points, source) }),
    [args, points, source],
  );
  const key = useMemo(() => JSON.stringify(setups), [setups]);
  const { result, running } = useWorkerRun<OddsPayload, Odds[]>(
    { key, payload: { setups: [setups.current, ...setups.history], trials: TRIALS } },
    {
      createWorker: () => new Worker(new URL('./odds.worker.ts', import.meta.url), { type: 'module' }),
      // The fallback loads only where a worker cannot start: most pages never need it.
      inSlices: ({ setups: all }, current, done) =>
        void import('./odds-slices').then(({ oddsInSlices }) => oddsInSlices(all, current, done)),
    },
  );
  const [current = null, ...history] = result ?? [];
  return { current, history, setups, running };
}
