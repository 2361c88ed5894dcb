import { describe, expect, it } from 'vitest';
import { actionsForMonth } from './actions';
import type { TrackingAction } from './tracking';

const action = (id: string, month: string, dueMonth: string, done = false): TrackingAction => ({
  id,
  text: `Action ${id}`,
  owner: 'Mia',
  month,
  dueMonth,
  done,
});

describe('actionsForMonth', () => {
  const actions = [
    action('jan-open', '2027-01', '2027-02'),
    action('jan-done', '2027-01', '2027-01', true),
    action('feb', '2027-02', '2027-04'),
    action('apr', '2027-04', ''),
  ];

  it.each([
    // month → [id, carried, overdue] listed
    [
      '2027-01',
      [
        ['jan-open', false, false],
        ['jan-done', false, false],
      ],
    ],
    [
      '2027-02',
      [
        ['jan-open', true, false],
        ['feb', false, false],
      ],
    ], // done actions are not carried
    [
      '2027-03',
      [
        ['jan-open', true, true],
        ['feb', true, false],
      ],
    ], // due in February, still open: overdue
    [
      '2027-04',
      [
        ['jan-open', true, true],
        ['feb', true, false],
        ['apr', false, false],
      ],
    ],
  ])('in %s lists %j', (month, listed) => {
    expect(actionsForMonth(actions, month).map((a) => [a.action.id, a.carried, a.overdue])).toEqual(
      listed,
    );
  });
});
