import { useEffect, useRef, useState } from 'preact/hooks';
import { useMounted } from './use-client-store';

/** Wait this long after the last change before running again. */
const DEBOUNCE_MS = 250;

/** A message to a run's worker; the reply carries the same id, so answers to older runs are dropped. */
export interface RunRequest<P> {
  id: number;
  payload: P;
}

export interface RunReply<R> {
  id: number;
  result: R;
}

/** What to run: its key (the inputs it reads, as text; a new key starts a new run) and what the worker gets. */
export interface Run<P> {
  key: string;
  payload: P;
}

export interface RunTools<P, R> {
  /** Starts the worker: `new Worker(new URL('./….worker.ts', import.meta.url))`, written in the caller, where the bundler sees it. */
  createWorker: () => Worker;
  /** The same run on the page in slices of under a frame, where a worker cannot start. */
  inSlices: (payload: P, current: () => boolean, done: (result: R) => void) => void;
}

export interface WorkerRunState<R> {
  /** The latest result; kept while a new run is under way. */
  result: R | null;
  /** A run for the current inputs is due or under way (never before the island has started). */
  running: boolean;
}

/**
 * A heavy computation for the current inputs, off the main thread: debounced after the last
 * change, in a Web Worker, or in slices on the page where a worker fails to start. Nothing runs
 * before the island has started (the server's HTML says the figures are on their way); `run`
 * null runs nothing. The funnel's Monte Carlo and the review's odds both run through here.
 */
export function useWorkerRun<P, R>(run: Run<P> | null, { createWorker, inSlices }: RunTools<P, R>): WorkerRunState<R> {
  const [state, setState] = useState<{ result: R | null; key: string | null }>({ result: null, key: null });
  const worker = useRef<Worker | null>(null);
  const workerFailed = useRef(false);
  /** The run whose result is wanted. */
  const latest = useRef<{ request: RunRequest<P>; key: string } | null>(null);
  const mounted = useMounted();
  const key = run?.key ?? null;

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (!mounted || !run) {
      latest.current = null;
      return;
    }
    const request: RunRequest<P> = { id: (latest.current?.request.id ?? 0) + 1, payload: run.payload };
    latest.current = { request, key: run.key };
    // Listeners outlive this effect, so they look the run up rather than close over it.
    const finish = (id: number, result: R) => {
      if (latest.current?.request.id === id) setState({ result, key: latest.current.key });
    };
    const onPage = () => {
      const wanted = latest.current?.request;
      if (wanted) inSlices(wanted.payload, () => latest.current?.request.id === wanted.id, (result) => finish(wanted.id, result));
    };
    const inWorker = () => {
      if (!worker.current) {
        const created = createWorker();
        created.addEventListener('message', (event: MessageEvent<RunReply<R>>) => finish(event.data.id, event.data.result));
        created.addEventListener('error', () => {
          workerFailed.current = true;
          created.terminate();
          worker.current = null;
          onPage();
        });
        worker.current = created;
      }
      worker.current.postMessage(request);
    };
    const timer = setTimeout(() => {
      if (workerFailed.current || typeof Worker === 'undefined') return onPage();
      try {
        inWorker();
      } catch {
        workerFailed.current = true;
        onPage();
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, mounted]);

  // Stale from the very render that changed the inputs, not one effect later.
  return { result: state.result, running: mounted && key !== null && state.key !== key };
}
