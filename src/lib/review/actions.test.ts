import { describe, expect, it } from 'vitest';
import { actionsForMonth } from './actions';
import type { TrackingAction } from './tracking';

const action = (
  id: string,
  month: string,
  dueMonth: string,
  done = false,
  doneMonth = '',
): TrackingAction => ({
  id,
  text: `Action ${id}`,
  owner: 'Mia',
  month,
  dueMonth,
  done,
  doneMonth,
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

describe('an action done in a later month', () => {
  // Agreed in January, due in February, marked done in April.
  const late = [action('late', '2027-01', '2027-02', true, '2027-04')];
  const listed = (month: string) =>
    actionsForMonth(late, month).map((a) => [a.carried, a.done, a.overdue]);

  it('shows in the months before as it was then: open, carried, overdue once past due', () => {
    expect(listed('2027-01')).toEqual([[false, false, false]]);
    expect(listed('2027-02')).toEqual([[true, false, false]]);
    expect(listed('2027-03')).toEqual([[true, false, true]]);
  });

  it('shows as done in the month it was done, and is carried no further', () => {
    expect(listed('2027-04')).toEqual([[true, true, false]]);
    expect(listed('2027-05')).toEqual([]);
  });

  it('reads one done before the month was kept as done when agreed', () => {
    const old = [action('old', '2027-01', '', true)];
    expect(actionsForMonth(old, '2027-01').map((a) => a.done)).toEqual([true]);
    expect(actionsForMonth(old, '2027-02')).toEqual([]);
  });
});
