import { describe, expect, it } from 'vitest';
import { escalationPath, escalations, type EscalationPath } from './escalation';
import type { ScorecardRow } from './scorecard';
import type { Status } from './status';
import { slaContent } from './test-review';

const MONTHS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];
const path: EscalationPath = escalationPath(slaContent());

/** A sales row (follow-up attempts, target 6) in each month: a status, or '—' for not reported. */
function history(
  statuses: readonly (Status | '—')[],
  key: ScorecardRow['key'] = 'followUpAttempts',
  escalates = true,
) {
  return statuses.map((status, i) => ({
    month: MONTHS[i]!,
    rows: [
      {
        key,
        owner: 'sales' as const,
        direction: 'higher' as const,
        unit: 'attempts' as const,
        escalates,
        score:
          status === '—'
            ? { kind: 'noActual' as const, target: 6, problem: { code: 'notReported' as const } }
            : {
                kind: 'scored' as const,
                target: 6,
                actual: 3,
                variance: {
                  planned: 6,
                  actual: 3,
                  difference: -3,
                  percent: { ok: true as const, value: -0.5 },
                },
                status,
              },
      },
    ],
  }));
}

describe('escalations', () => {
  it('reads the path from the draft: its non-blank steps, owners and consequences', () => {
    expect(escalationPath(slaContent({ escalation: { steps: ['  ', 'Heads meet'] } }))).toEqual({
      steps: ['Heads meet'],
      owners: { marketing: 'Mia', sales: 'Sam' },
      consequences: { marketing: 'Budget moves to paid search', sales: 'Leads are reassigned' },
    });
  });

  it.each([
    // statuses month by month → streak ending in the last month, ladder step (0-based), or none
    [['missed'], null],
    [
      ['missed', 'missed'],
      [2, 0],
    ], // a second miss: the first step
    [
      ['missed', 'missed', 'missed'],
      [3, 1],
    ], // a third: the next step
    [
      ['missed', 'missed', 'missed', 'missed'],
      [4, 2],
    ],
    [
      ['missed', 'missed', 'missed', 'missed', 'missed', 'missed'],
      [6, 2],
    ], // capped at the last of 3 steps
    [['missed', 'onTrack', 'missed'], null], // on track in between ends the streak
    [['missed', 'atRisk', 'missed'], null], // at risk ends it too: only misses count
    [
      ['missed', '—', 'missed'],
      [2, 0],
    ], // a month not reported is skipped, not a pardon
    [['atRisk', 'missed'], null],
    [['missed', 'missed', '—'], null], // nothing reported this month: nothing to flag this month
    [
      ['missed', 'missed', 'onTrack', 'missed', 'missed'],
      [2, 0],
    ], // a new streak starts over
  ] as [(Status | '—')[], [number, number] | null][])('%j → %j', (statuses, expected) => {
    const found = escalations(history(statuses), path);
    if (expected === null) {
      expect(found).toEqual([]);
      return;
    }
    const [streak, step] = expected;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      key: 'followUpAttempts',
      owner: 'sales',
      streak,
      step: { index: step, text: path.steps[step] },
    });
  });

  it('names the months of the streak, the owner and what the draft says happens', () => {
    expect(escalations(history(['missed', '—', 'missed']), path)).toEqual([
      {
        key: 'followUpAttempts',
        owner: 'sales',
        streak: 2,
        months: ['2027-01', '2027-03'],
        step: { index: 0, text: 'Mia and Sam meet within a week' },
        ownerName: 'Sam',
        consequence: 'Leads are reassigned',
      },
    ]);
  });

  it('flags without a step when the draft has no ladder', () => {
    const noLadder = escalationPath(slaContent({ escalation: { steps: [] } }));
    expect(escalations(history(['missed', 'missed']), noLadder)[0]?.step).toBeNull();
  });

  it('leaves out rows that do not escalate (the monthly MQL volume: its cumulative row does)', () => {
    expect(escalations(history(['missed', 'missed'], 'mqlVolume', false), path)).toEqual([]);
  });

  it('has nothing to say before the first month', () => {
    expect(escalations([], path)).toEqual([]);
  });
});
