/**
 * The planner's four charts as configuration builders. Only types come from chart.js here, so
 * this file ships with the page while chart.js itself loads on demand (chart-runtime.ts).
 */
import type { Chart, Plugin, Scale } from 'chart.js';
import type { HistogramBin } from '../../../lib/funnel/distribution';
import { wrapLabel } from '../../../lib/wrap-label';
import type { ChartPalette } from './palette';
import type { BarChartConfig, BarValue, ChartBuilder } from './types';

type Format = (value: number) => string;
/** What a tooltip sets between a series' name and its value: ': ', or '：' in Chinese (punctuation(lang).colon). */
type Colon = string;

/**
 * Display columns per line of a label on a horizontal chart's category axis. chart.js gives that
 * axis at most about half the canvas and cuts what is wider at the left edge; 16 columns of the
 * 12px axis font fit in half of the narrowest (phone) chart.
 */
const LABEL_COLUMNS = 16;
/** Lines at most of such a label: a longer one ends with an ellipsis (its full name is in the table and tooltip). */
const LABEL_LINES = 4;

/** A category's name as a horizontal chart's axis shows it: in lines, at most LABEL_LINES of them. */
export const axisLabel = (text: string): string[] => wrapLabel(text, LABEL_COLUMNS, LABEL_LINES);

function axes(p: ChartPalette, value: 'x' | 'y', format: Format, stacked = false, fromZero = true) {
  const ticks = { color: p.ink, font: { family: p.font } };
  const valueAxis = {
    stacked,
    beginAtZero: fromZero,
    grid: { color: p.grid },
    border: { color: p.muted },
    ticks: { ...ticks, callback: (v: string | number) => format(Number(v)) },
  };
  const categoryAxis = { stacked, grid: { display: false }, border: { color: p.muted }, ticks };
  // A vertical category axis (stages, levers) names every bar: chart.js would skip some
  // labels once they wrap to several lines.
  return value === 'x'
    ? { x: valueAxis, y: { ...categoryAxis, ticks: { ...ticks, autoSkip: false } } }
    : { x: categoryAxis, y: valueAxis };
}

function base(p: ChartPalette, legend: boolean): BarChartConfig['options'] {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: p.ink,
    plugins: {
      legend: { display: legend, labels: { color: p.ink, font: { family: p.font }, boxWidth: 14 } },
      tooltip: { titleFont: { family: p.font }, bodyFont: { family: p.font } },
    },
  };
}

/** Horizontal bars of the count needed at each stage. */
export function funnelChart(stages: string[], counts: number[], label: string, format: Format): ChartBuilder {
  return (p) => ({
    type: 'bar',
    data: {
      labels: stages.map(axisLabel),
      datasets: [{ label, data: counts, backgroundColor: stages.map((_, i) => p.series[i % p.series.length]!) }],
    },
    options: {
      ...base(p, false),
      indexAxis: 'y',
      scales: axes(p, 'x', format),
      plugins: {
        ...base(p, false)!.plugins,
        tooltip: { callbacks: { title: (items) => stages[items[0]?.dataIndex ?? 0] ?? '', label: (c) => format(c.parsed.x ?? 0) } },
      },
    },
  });
}

/** Stacked bars: each month's entries into every stage. */
export function monthlyChart(months: string[], stages: string[], series: number[][], format: Format, colon: Colon): ChartBuilder {
  return (p) => ({
    type: 'bar',
    data: {
      labels: months,
      datasets: stages.map((stage, i) => ({
        label: stage,
        data: series[i] ?? [],
        backgroundColor: p.series[i % p.series.length]!,
      })),
    },
    options: {
      ...base(p, true),
      scales: axes(p, 'y', format, true),
      plugins: {
        ...base(p, true)!.plugins,
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}${colon}${format(c.parsed.y ?? 0)}` } },
      },
    },
  });
}

/**
 * Plan against actual, month by month: the plan as an outlined pale bar beside the actual, so
 * the two read apart by shape as well as colour. A month with no actual is a gap (null).
 */
export function planActualChart(
  months: string[],
  labels: { plan: string; actual: string },
  plan: number[],
  actual: BarValue[],
  format: Format,
  colon: Colon,
): ChartBuilder {
  return (p) => ({
    type: 'bar',
    data: {
      labels: months,
      datasets: [
        { label: labels.plan, data: plan, backgroundColor: p.grid, borderColor: p.muted, borderWidth: 1 },
        { label: labels.actual, data: actual, backgroundColor: p.series[0]! },
      ],
    },
    options: {
      ...base(p, true),
      scales: axes(p, 'y', format),
      plugins: {
        ...base(p, true)!.plugins,
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}${colon}${format(c.parsed.y ?? 0)}` } },
      },
    },
  });
}

/** The x pixel of a revenue on the histogram's category axis, between the bins' centres. */
function revenuePixel(scale: Scale, bins: readonly HistogramBin[], revenue: number): number {
  const centre = (i: number) => scale.getPixelForValue(i);
  const band = bins.length > 1 ? centre(1) - centre(0) : scale.width;
  const first = bins[0]!;
  const last = bins[bins.length - 1]!;
  if (revenue <= first.from) return centre(0) - band / 2;
  if (revenue >= last.to) return centre(bins.length - 1) + band / 2;
  const index = bins.findIndex((bin) => revenue < bin.to);
  const bin = bins[index]!;
  const fraction = bin.to > bin.from ? (revenue - bin.from) / (bin.to - bin.from) : 0.5;
  return centre(index) + (fraction - 0.5) * band;
}

export interface HistogramText {
  trials: string;
  target: string;
  binRange: (bin: HistogramBin) => string;
}

/** Trials by revenue, coloured by whether they reach the target, with the target as a dashed line. */
export function histogramChart(bins: HistogramBin[], target: number, text: HistogramText, compact: Format): ChartBuilder {
  return (p) => {
    const targetLine: Plugin<'bar'> = {
      id: 'targetLine',
      afterDatasetsDraw(chart: Chart<'bar'>) {
        const scale = chart.scales.x;
        if (!scale || bins.length === 0) return;
        const x = revenuePixel(scale, bins, target);
        const { top, bottom } = chart.chartArea;
        const ctx = chart.ctx;
        ctx.save();
        ctx.strokeStyle = p.target;
        ctx.fillStyle = p.target;
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.stroke();
        ctx.font = `600 12px ${p.font}`;
        const label = `${text.target} ${compact(target)}`;
        const width = ctx.measureText(label).width;
        ctx.fillText(label, x + 6 + width > chart.chartArea.right ? x - 6 - width : x + 6, top + 12);
        ctx.restore();
      },
    };
    const config: BarChartConfig = {
      type: 'bar',
      data: {
        labels: bins.map((bin) => compact(bin.from)),
        datasets: [
          {
            label: text.trials,
            data: bins.map((bin) => bin.count),
            backgroundColor: bins.map((bin) => ((bin.from + bin.to) / 2 >= target ? p.reach : p.short)),
            barPercentage: 1,
            categoryPercentage: 0.96,
          },
        ],
      },
      options: {
        ...base(p, false),
        scales: axes(p, 'y', (v) => String(v)),
        plugins: {
          ...base(p, false)!.plugins,
          tooltip: { callbacks: { title: (items) => text.binRange(bins[items[0]?.dataIndex ?? 0]!) } },
        },
      },
      plugins: [targetLine],
    };
    return config;
  };
}

export interface TornadoText {
  improved: string;
  range: string;
}

/**
 * A tornado around the planned revenue: for each lever a bar from the plan to the revenue with
 * that lever improved by 10 %, and one from its low to its high where a range was given.
 */
export function tornadoChart(levers: string[], improved: BarValue[], swings: BarValue[], text: TornadoText, format: Format, colon: Colon): ChartBuilder {
  const withRanges = swings.some((swing) => swing !== null);
  return (p) => ({
    type: 'bar',
    data: {
      labels: levers.map(axisLabel),
      datasets: [
        { label: text.improved, data: improved, backgroundColor: p.series[0]! },
        ...(withRanges ? [{ label: text.range, data: swings, backgroundColor: p.series[2]! }] : []),
      ],
    },
    options: {
      ...base(p, withRanges),
      indexAxis: 'y',
      scales: axes(p, 'x', format, false, false),
      plugins: {
        ...base(p, withRanges)!.plugins,
        tooltip: {
          callbacks: {
            title: (items) => levers[items[0]?.dataIndex ?? 0] ?? '',
            label: (c) => {
              const raw = c.raw as BarValue;
              const value = Array.isArray(raw) ? `${format(raw[0])} … ${format(raw[1])}` : format(Number(raw));
              return `${c.dataset.label}${colon}${value}`;
            },
          },
        },
      },
    },
  });
}
