/**
 * The chart.js part of the planner, loaded with import() when a chart first scrolls into view,
 * so it never weighs on the page's first load. Registers only the pieces the four bar charts use.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { paletteFor } from './palette';
import type { ChartBuilder } from './types';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartHandle {
  update(build: ChartBuilder): void;
  destroy(): void;
}

type BarChart = Chart<'bar', never, string>;

interface Mounted {
  chart: BarChart;
  build: ChartBuilder;
}

const mounted = new Map<HTMLCanvasElement, Mounted>();
let printing = false;

/** Paper needs more pixels than the screen for sharp lines and text. */
const withPrintResolution = (options: ReturnType<ChartBuilder>['options']) =>
  printing ? { ...options, devicePixelRatio: 2 } : options;

/**
 * Draws `build` on the canvas: in place when it can, anew when the chart has its own plugins
 * (the histogram's target line), whose hooks chart.js fixes at creation.
 */
function draw(canvas: HTMLCanvasElement, build: ChartBuilder) {
  const current = mounted.get(canvas);
  const config = build(paletteFor(canvas, printing));
  if (!current || (config.plugins?.length ?? 0) > 0) {
    current?.chart.destroy();
    const chart = new Chart(canvas, { ...config, options: withPrintResolution(config.options) } as never);
    mounted.set(canvas, { chart: chart as unknown as BarChart, build });
    return;
  }
  current.chart.data = config.data as never;
  current.chart.options = withPrintResolution(config.options) as never;
  current.chart.update('none');
  current.build = build;
}

function redrawAll() {
  for (const [canvas, { build }] of mounted) {
    draw(canvas, build);
    mounted.get(canvas)?.chart.resize();
  }
}

function setPrinting(next: boolean) {
  if (printing === next) return;
  printing = next;
  redrawAll();
}

addEventListener('beforeprint', () => setPrinting(true));
addEventListener('afterprint', () => setPrinting(false));
matchMedia('print').addEventListener('change', (event) => setPrinting(event.matches));
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redrawAll);

export function mountChart(canvas: HTMLCanvasElement, build: ChartBuilder): ChartHandle {
  draw(canvas, build);
  return {
    update: (next) => draw(canvas, next),
    destroy() {
      mounted.get(canvas)?.chart.destroy();
      mounted.delete(canvas);
    },
  };
}
