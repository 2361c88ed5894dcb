import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  parseThresholds,
  statusOf,
  type Direction,
  type Status,
} from './status';

describe('statusOf with the default thresholds (at risk below 95 %, missed below 80 %)', () => {
  it.each([
    // more is better: actual ÷ target
    [20, 25, 'higher', 'onTrack'], // 125 %
    [20, 19, 'higher', 'onTrack'], // exactly 95 %: "below 95 %" is strict
    [20, 18.9, 'higher', 'atRisk'], // 94.5 %
    [20, 16, 'higher', 'atRisk'], // exactly 80 %
    [20, 15.9, 'higher', 'missed'], // 79.5 %
    [100, 0, 'higher', 'missed'],
    [0, 0, 'higher', 'onTrack'], // nothing promised: met
    // less is better (hours): target ÷ actual
    [24, 24, 'lower', 'onTrack'],
    [24, 12, 'lower', 'onTrack'],
    [24, 25, 'lower', 'onTrack'], // 24 ÷ 25 = 96 %
    [24, 25.3, 'lower', 'atRisk'], // 94.9 %
    [24, 30, 'lower', 'atRisk'], // exactly 80 %
    [24, 30.1, 'lower', 'missed'], // 79.7 %
    [24, 0, 'lower', 'onTrack'],
    [0, 1, 'lower', 'missed'], // promised 0 hours, took 1
    [0, 0, 'lower', 'onTrack'],
  ] as [number, number, Direction, Status][])(
    'target %d, actual %d, %s is better: %s',
    (target, actual, direction, status) => {
      expect(statusOf(target, actual, direction, DEFAULT_THRESHOLDS)).toBe(status);
    },
  );

  it('follows edited thresholds', () => {
    // 90 of 100 = 90 %: on track at 90 / 50, at risk at 95 / 80, missed at 99 / 95.
    expect(statusOf(100, 90, 'higher', { atRisk: 90, missed: 50 })).toBe('onTrack');
    expect(statusOf(100, 90, 'higher', { atRisk: 95, missed: 80 })).toBe('atRisk');
    expect(statusOf(100, 90, 'higher', { atRisk: 99, missed: 95 })).toBe('missed');
  });
});

describe('parseThresholds', () => {
  it('reads the thresholds as typed', () => {
    expect(parseThresholds({ atRisk: '90 %', missed: '70' })).toEqual({
      thresholds: { atRisk: 90, missed: 70 },
      problems: [],
    });
  });

  it('falls back to the default of a bad field and says why', () => {
    expect(parseThresholds({ atRisk: 'abc', missed: '70' })).toEqual({
      thresholds: { atRisk: 95, missed: 70 },
      problems: [{ code: 'notANumber', field: 'thresholds.atRisk' }],
    });
    expect(parseThresholds({ atRisk: '95', missed: '' }).problems).toEqual([
      { code: 'empty', field: 'thresholds.missed' },
    ]);
    expect(parseThresholds({ atRisk: '150', missed: '80' }).problems[0]).toMatchObject({
      code: 'outOfRange',
    });
  });

  it('refuses "missed" above "at risk" and uses the defaults for both', () => {
    expect(parseThresholds({ atRisk: '80', missed: '90' })).toEqual({
      thresholds: DEFAULT_THRESHOLDS,
      // missed 90 % ≤ at risk 80 % fails
      problems: [
        {
          code: 'inconsistent',
          field: 'thresholds.missed',
          value: 90,
          relation: 'atMost',
          other: 'thresholds.atRisk',
          limit: 80,
        },
      ],
    });
  });
});
