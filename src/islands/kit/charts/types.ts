import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from './palette';

/** Bar values: a number, a floating [from, to] bar (the tornado's ranges), or a gap. */
export type BarValue = number | [number, number] | null;
/** Category labels may be several lines (string[]), as chart.js draws them. */
export type BarChartConfig = ChartConfiguration<'bar', BarValue[], string | string[]>;

/** Builds a chart's whole configuration from the palette in force (screen or print). */
export type ChartBuilder = (palette: ChartPalette) => BarChartConfig;
