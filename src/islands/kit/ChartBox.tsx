import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { whenPrinting } from './print-when-ready';
import type { ChartHandle } from './charts/chart-runtime';
import type { ChartBuilder } from './charts/types';

type Runtime = typeof import('./charts/chart-runtime');
let runtime: Promise<Runtime> | null = null;
/** The chart runtime once it has loaded: what a print started from the browser's menu draws with. */
let loaded: Runtime | null = null;
const loadRuntime = () => (runtime ??= import('./charts/chart-runtime').then((module) => (loaded = module)));

/** A chart not drawn yet: drawn in its turn, or at once where the runtime is already here. */
interface PendingChart {
  draw: () => Promise<void>;
  drawNow: (runtime: Runtime) => void;
}
/** Charts waiting to be drawn, so printing can draw them all first. */
const pending = new Set<PendingChart>();
/** Once the planner is printed, charts that appear later (a new simulation) draw at once too. */
let drawEverything = false;

/**
 * Loads the chart runtime without drawing: a page that is a print preview (the plan packet) draws
 * its charts as they near the screen, and a print started from the browser's menu, which cannot
 * wait for a download, then draws the rest at once (printing, below).
 */
export function prepareForPrint(): void {
  void loadRuntime();
}

// Printing from the browser's menu (Ctrl+P) gives no time to load anything: the charts not yet
// drawn are drawn now, in the print layout, where the runtime is already here.
function drawPendingNow() {
  if (loaded) for (const chart of [...pending]) chart.drawNow(loaded);
}
if (typeof window !== 'undefined') {
  addEventListener('beforeprint', drawPendingNow);
  matchMedia('print').addEventListener('change', (event) => event.matches && drawPendingNow());
}

/**
 * Charts draw one to a task: several that come into view together (the plan packet, a tall
 * screen) would otherwise draw in one long task, and a slow phone would not answer a tap
 * until the last was done.
 */
let turns: Promise<void> = Promise.resolve();
function inTurn(draw: () => void): void {
  turns = turns.then(
    () =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          try {
            draw();
          } finally {
            resolve();
          }
        }),
      ),
  );
}

/** Draws every chart on the page (loading chart.js if needed); resolves once they are drawn. */
async function drawAllCharts(): Promise<void> {
  drawEverything = true;
  await Promise.all([...pending].map((chart) => chart.draw()));
}
// A print from a Print button (printWhenReady) waits for every chart, not only those in view.
whenPrinting(drawAllCharts);

interface ChartBoxProps {
  /** The text alternative: what the chart shows, with its main figures. */
  label: string;
  /** The id of the table that holds the chart's figures. */
  describedBy?: string;
  build: ChartBuilder;
  /** Height in rem (the box is sized by CSS otherwise). */
  height?: number;
}

/**
 * A canvas in a sized, positioned box (an astro-island is display: contents, so chart.js needs
 * this wrapper to measure). chart.js loads when the box first nears the viewport.
 */
export function ChartBox({ label, describedBy, build, height }: ChartBoxProps) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  const latest = useRef(build);
  latest.current = build;
  const [wanted, setWanted] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const drawnSignal = useRef<(() => void) | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart: PendingChart = {
      draw: () =>
        new Promise<void>((resolve) => {
          if (handle.current) return resolve();
          drawnSignal.current = resolve;
          setWanted(true);
        }),
      drawNow: (runtime) => {
        if (handle.current || !canvas.current) return;
        handle.current = runtime.mountChart(canvas.current, latest.current);
        pending.delete(chart);
        // On paper before Preact renders again: the box says it is drawn (no placeholder).
        element.classList.add('drawn');
        setDrawn(true);
        drawnSignal.current?.();
      },
    };
    pending.add(chart);
    if (drawEverything || !('IntersectionObserver' in window)) {
      setWanted(true);
      return () => pending.delete(chart);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setWanted(true);
          observer.disconnect();
        }
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      pending.delete(chart);
    };
  }, []);

  useEffect(() => {
    if (height && box.current) box.current.style.height = `${height}rem`;
  }, [height]);

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void loadRuntime().then(({ mountChart }) =>
      inTurn(() => {
        if (cancelled || !canvas.current || handle.current) return;
        handle.current = mountChart(canvas.current, latest.current);
        setDrawn(true);
        drawnSignal.current?.();
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  useEffect(
    () => () => {
      handle.current?.destroy();
      handle.current = null;
    },
    [],
  );

  useEffect(() => {
    handle.current?.update(build);
  }, [build]);

  return (
    <div ref={box} class={drawn ? 'chart-box drawn' : 'chart-box'}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
      {!drawn && (
        <p class="chart-placeholder" aria-hidden="true">
          {t('kit.chartLoading')}
        </p>
      )}
    </div>
  );
}
