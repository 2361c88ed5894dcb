import { parseNumber } from '../number';
import type { ReviewProblem } from './problems';
import { DEFAULT_AT_RISK, DEFAULT_MISSED, type TrackingState } from './tracking';

/** Where a commitment stands this month. Colour is never the only signal: the UI words each. */
export type Status = 'onTrack' | 'atRisk' | 'missed';

/** Whether more is better (MQLs, a share met) or less (hours to hand over). */
export type Direction = 'higher' | 'lower';

/** In percent of target: below `atRisk` a commitment is at risk, below `missed` it is missed. */
export interface Thresholds {
  atRisk: number;
  missed: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  atRisk: Number(DEFAULT_AT_RISK),
  missed: Number(DEFAULT_MISSED),
};

/**
 * The thresholds as typed → numbers. A bad field falls back to its default (and says so), so
 * the scorecard never goes blank over a typo; "missed" above "at risk" is contradictory and
 * both fall back.
 */
export function parseThresholds(raw: TrackingState['thresholds']): {
  thresholds: Thresholds;
  problems: ReviewProblem[];
} {
  const problems: ReviewProblem[] = [];
  const read = (field: 'atRisk' | 'missed') => {
    const parsed = parseNumber(raw[field], { kind: 'percent' });
    if (parsed.ok) return parsed.value;
    problems.push({ ...parsed.problem, field: `thresholds.${field}` });
    return DEFAULT_THRESHOLDS[field];
  };
  const atRisk = read('atRisk');
  const missed = read('missed');
  if (missed > atRisk) {
    problems.push({
      code: 'inconsistent',
      field: 'thresholds.missed',
      value: missed,
      relation: 'atMost',
      other: 'thresholds.atRisk',
      limit: atRisk,
    });
    return { thresholds: { ...DEFAULT_THRESHOLDS }, problems };
  }
  return { thresholds: { atRisk, missed }, problems };
}

/**
 * The status of an actual against its target. Higher is better: the actual as a share of the
 * target (19 of 20 = 95 %). Lower is better: the inverse, target ÷ actual (24 h promised, 30 h
 * taken = 80 %). "Below X %" is strict, so exactly 95 % is on track. Compared by cross-multiplying
 * (actual × 100 < X × target) so whole numbers never meet float noise at the boundary. A target of
 * 0 is met by anything when more is better, and only by 0 when less is.
 */
export function statusOf(
  target: number,
  actual: number,
  direction: Direction,
  thresholds: Thresholds,
): Status {
  const [got, wanted] = direction === 'higher' ? [actual, target] : [target, actual];
  if (wanted <= 0) return direction === 'higher' || actual <= 0 ? 'onTrack' : 'missed';
  if (got * 100 < thresholds.missed * wanted) return 'missed';
  if (got * 100 < thresholds.atRisk * wanted) return 'atRisk';
  return 'onTrack';
}
