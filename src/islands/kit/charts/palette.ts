/** Chart colours come from CSS custom properties (src/styles/funnel.css), so themes and print follow. */
export interface ChartPalette {
  /** One colour per stage or series, up to eight. */
  series: string[];
  ink: string;
  muted: string;
  grid: string;
  target: string;
  /** Outcomes that reach the target, and those that fall short. */
  reach: string;
  short: string;
  font: string;
}

export function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: Array.from({ length: 8 }, (_, i) => read(`--chart-${i + 1}`)),
    ink: read('--chart-ink'),
    muted: read('--chart-muted'),
    grid: read('--chart-grid'),
    target: read('--chart-target'),
    reach: read('--chart-reach'),
    short: read('--chart-short'),
    font: style.fontFamily,
  };
}

/**
 * The screen palette (light or dark, as the page is now) or the print palette of a chart's
 * planner. Charts inside `[data-paper]` (the plan packet) always take the print palette.
 */
export function paletteFor(canvas: HTMLCanvasElement, print: boolean): ChartPalette {
  const root = canvas.closest('.funnel-planner') ?? document.documentElement;
  const probe = print || canvas.closest('[data-paper]') ? root.querySelector('.chart-print-probe') : null;
  return readPalette(probe ?? root);
}
