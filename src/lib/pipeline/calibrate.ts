/**
 * A funnel scenario started from measured numbers: the opportunity → won rate, the deal size
 * and the sales cycle of the file, with low and high values from how the months varied, and a
 * note on each input saying where its number came from. Where the stage values were placed on
 * the funnel, the earlier stages' conversions come from the file too.
 */
import type { InputSource, ScenarioSources } from '../funnel/scenario';
import type { PipelineSummary, Spread } from './summary';

/** The inputs of a funnel step, as text (see src/lib/funnel/scenario.ts). */
export interface StepText {
  rate: string;
  rateLow: string;
  rateHigh: string;
  lagDays: string;
}

export interface Calibration {
  steps: StepText[];
  /** The deal size and its range, where the file measures won deals' amounts; else absent (the scenario keeps its own). */
  deal?: { dealSize: string; dealSizeLow: string; dealSizeHigh: string };
  sources: ScenarioSources;
}

/** A number as a field holds it: plain digits, at most `digits` decimals, no trailing zeros. */
export function fieldText(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

const percent = (share: number) => fieldText(share * 100, 1);

/** Low and high of a monthly spread, only when there were at least three months to vary. */
function range(monthly: Spread, format: (value: number) => string): [string, string] {
  if (monthly.count < 3 || monthly.p10 === null || monthly.p90 === null) return ['', ''];
  return [format(monthly.p10), format(monthly.p90)];
}

/**
 * The calibrated inputs for a funnel whose current steps are `steps` (the scenario's own, kept
 * where the file says nothing). Null when the file cannot calibrate anything: no decided deal.
 */
export function calibrate(summary: PipelineSummary, steps: readonly StepText[], file: string, measuredAt: string): Calibration | null {
  if (summary.winRate === null || steps.length === 0) return null;
  const decided = summary.outcomes.won + summary.outcomes.lost;
  const next = steps.map((step) => ({ ...step }));
  const sources: ScenarioSources = {};
  const note = (path: string, measure: InputSource['measure'], basis: number, value: string) => {
    sources[path] = { measure, file, measuredAt, basis, value };
  };

  // The last step is opportunity → won: the file's win rate, its months' spread as the range.
  const last = next.length - 1;
  const [rateLow, rateHigh] = range(summary.monthlyWinRate, percent);
  next[last] = { ...next[last]!, rate: percent(summary.winRate), rateLow, rateHigh };
  note(`steps.${last}.rate`, 'winRate', decided, next[last]!.rate);
  if (rateLow) note(`steps.${last}.rateLow`, 'winRate', summary.monthlyWinRate.count, rateLow);
  if (rateHigh) note(`steps.${last}.rateHigh`, 'winRate', summary.monthlyWinRate.count, rateHigh);
  if (summary.cycleWon.median !== null) {
    next[last] = { ...next[last]!, lagDays: fieldText(summary.cycleWon.median, 0) };
    note(`steps.${last}.lagDays`, 'cycle', summary.cycleWon.count, next[last]!.lagDays);
  }

  // Earlier steps, where the stage values were placed: the share of records reaching the next stage.
  const reach = summary.stageReach;
  if (reach.length === steps.length + 1) {
    for (let i = 0; i < last; i++) {
      const from = reach[i]!.count;
      const to = reach[i + 1]!.count;
      if (from === 0) continue;
      next[i] = { ...next[i]!, rate: percent(to / from), rateLow: '', rateHigh: '' };
      note(`steps.${i}.rate`, 'stageConversion', from, next[i]!.rate);
    }
  }

  // The average won deal is what a revenue target divides by; the months' spread is its range.
  // A file without amounts measures none: the scenario keeps its own deal size and range.
  const mean = summary.wonDeal.mean;
  if (mean === null) return { steps: next, sources };
  const dealSize = fieldText(mean, 0);
  const [dealSizeLow, dealSizeHigh] = range(summary.monthlyDealSize, (value) => fieldText(value, 0));
  note('dealSize', 'dealSize', summary.wonDeal.count, dealSize);
  if (dealSizeLow) note('dealSizeLow', 'dealSize', summary.monthlyDealSize.count, dealSizeLow);
  if (dealSizeHigh) note('dealSizeHigh', 'dealSize', summary.monthlyDealSize.count, dealSizeHigh);
  return { steps: next, deal: { dealSize, dealSizeLow, dealSizeHigh }, sources };
}
