import { describe, expect, it } from 'vitest';
import {
  actualFields,
  actualText,
  pastedCells,
  setActual,
  setActuals,
  setNote,
  type SnapshotOf,
} from './entry';
import { parsePaste } from './paste';
import { snapshotMonth } from './targets';
import { flatScenario, planned } from './test-review';
import { defaultTracking } from './tracking';

const snapshotFor = (target: string): SnapshotOf => {
  const p = planned(flatScenario({ target }));
  return (month) =>
    snapshotMonth(
      { scenario: { id: 's', name: 'Flat' }, ...p, takenAt: `${month}-28T00:00:00.000Z` },
      0,
    );
};

describe('setActual', () => {
  it('stores the text as typed and keeps the plan that applied with the month', () => {
    const state = setActual(
      defaultTracking(),
      '2027-01',
      'stages.2',
      '1 200',
      snapshotFor('120000'),
    );
    expect(state.months['2027-01']?.stages).toEqual(['', '', '1 200']);
    expect(state.months['2027-01']?.plan).toMatchObject({
      revenue: 20_000,
      takenAt: '2027-01-28T00:00:00.000Z',
    });
  });

  it('never replaces the snapshot once taken, whatever the plan says now', () => {
    const first = setActual(
      defaultTracking(),
      '2027-01',
      'revenue',
      '15000',
      snapshotFor('120000'),
    );
    const later = setActual(first, '2027-01', 'sla.firstResponse.b', '90', snapshotFor('240000'));
    expect(later.months['2027-01']?.plan?.revenue).toBe(20_000);
    expect(later.months['2027-01']?.sla.firstResponse).toEqual({ a: '', b: '90', c: '', d: '' });
  });

  it('takes no snapshot for a blank entry, nor without a plan', () => {
    expect(
      setActual(defaultTracking(), '2027-01', 'spend', '  ', snapshotFor('120000')).months[
        '2027-01'
      ]?.plan,
    ).toBeUndefined();
    expect(
      setActual(defaultTracking(), '2027-01', 'spend', '5', () => null).months['2027-01']?.plan,
    ).toBeUndefined();
  });

  it('drops the snapshot with the last figure cleared, and keeps it while any figure is left', () => {
    // Reported against 120,000 (20,000 a month); the plan then doubles to 240,000 (40,000 a month).
    let state = setActuals(
      defaultTracking(),
      [
        { month: '2027-01', field: 'revenue', text: '15000' },
        { month: '2027-01', field: 'stages.0', text: '20' },
      ],
      snapshotFor('120000'),
    );
    state = setNote(state, '2027-01', 'Slow start');
    state = setActual(state, '2027-01', 'revenue', '', snapshotFor('240000'));
    expect(state.months['2027-01']?.plan?.revenue).toBe(20_000); // the 20 leads are still there
    state = setActual(state, '2027-01', 'stages.0', '  ', snapshotFor('240000'));
    expect(state.months['2027-01']?.plan).toBeUndefined();
    expect(state.months['2027-01']?.note).toBe('Slow start'); // a note is no figure, and stays
    // Reported again: held against the plan now, not the stale one.
    state = setActual(state, '2027-01', 'revenue', '30000', snapshotFor('240000'));
    expect(state.months['2027-01']?.plan?.revenue).toBe(40_000);
  });

  it('keeps the snapshot of a month holding text that is no figure yet', () => {
    let state = setActual(defaultTracking(), '2027-01', 'spend', '500', snapshotFor('120000'));
    state = setActual(state, '2027-01', 'sla.attempts', 'six', snapshotFor('240000'));
    state = setActual(state, '2027-01', 'spend', '', snapshotFor('240000'));
    expect(state.months['2027-01']?.plan?.revenue).toBe(20_000);
  });

  it('leaves the state it was given untouched', () => {
    const before = defaultTracking();
    setActual(before, '2027-01', 'sla.attempts', '6', snapshotFor('120000'));
    expect(before).toEqual(defaultTracking());
  });
});

describe('a paste into the actuals table', () => {
  it('fills the months down and the columns across from the cell pasted into', () => {
    // Pasting two months × three columns at February, column "SQL" (index 2): SQL, Won, revenue.
    const fields = actualFields(4);
    expect(fields.slice(0, 7)).toEqual([
      'stages.0',
      'stages.1',
      'stages.2',
      'stages.3',
      'revenue',
      'spend',
      'sla.mqlsDelivered',
    ]);
    // A block narrower than the table from that column fills what it covers and leaves the rest.
    const fits = parsePaste('4\t2\t20 000\n5\t1\t9 500,5\n', { columns: fields.length - 2 });
    if (!fits.ok) throw new Error('no paste');
    const cells = pastedCells(fits.value, ['2027-01', '2027-02', '2027-03'], fields, {
      month: 1,
      column: 2,
    });
    expect(cells).toEqual([
      { month: '2027-02', field: 'stages.2', text: '4' },
      { month: '2027-02', field: 'stages.3', text: '2' },
      { month: '2027-02', field: 'revenue', text: '20 000' },
      { month: '2027-03', field: 'stages.2', text: '5' },
      { month: '2027-03', field: 'stages.3', text: '1' },
      { month: '2027-03', field: 'revenue', text: '9 500,5' },
    ]);
    const state = setActuals(defaultTracking(), cells, snapshotFor('120000'));
    expect(state.months['2027-03']).toMatchObject({
      stages: ['', '', '5', '1'],
      revenue: '9 500,5',
      plan: { revenue: 20_000 },
    });
  });
});

describe('setNote', () => {
  it('keeps a note whole, whatever its length', () => {
    const note = '記'.repeat(10_000);
    expect(setNote(defaultTracking(), '2027-01', note).months['2027-01']?.note).toBe(note);
  });
});

describe('actualText', () => {
  it('reads back each field as it was set, and blank for what never was', () => {
    const cells = actualFields(4).map((field, i) => ({ month: '2027-01', field, text: String(i + 1) }));
    const entry = setActuals(defaultTracking(), cells, () => null).months['2027-01'];
    expect(actualFields(4).map((field) => actualText(entry, field))).toEqual(cells.map((c) => c.text));
    expect(actualText(undefined, 'revenue')).toBe('');
    expect(actualText(entry, 'stages.7')).toBe('');
  });
});
