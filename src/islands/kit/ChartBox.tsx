import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';
import type { ChartHandle } from './charts/chart-runtime';
import type { ChartBuilder } from './charts/types';

let runtime: Promise<typeof import('./charts/chart-runtime')> | null = null;
const loadRuntime = () => (runtime ??= import('./charts/chart-runtime'));

/** Charts waiting to be drawn, so "Print the plan" can draw them all before printing. */
const pending = new Set<() => Promise<void>>();
/** Once the planner is printed, charts that appear later (a new simulation) draw at once too. */
let drawEverything = false;

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
export async function drawAllCharts(): Promise<void> {
  drawEverything = true;
  await Promise.all([...pending].map((draw) => draw()));
}

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
    const draw = () =>
      new Promise<void>((resolve) => {
        if (handle.current) return resolve();
        drawnSignal.current = resolve;
        setWanted(true);
      });
    pending.add(draw);
    if (drawEverything || !('IntersectionObserver' in window)) {
      setWanted(true);
      return () => pending.delete(draw);
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
      pending.delete(draw);
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
        if (cancelled || !canvas.current) return;
        handle.current = mountChart(canvas.current, latest.current);
        setDrawn(true);
        drawnSignal.current?.();
      }),
    );
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, [wanted]);

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
