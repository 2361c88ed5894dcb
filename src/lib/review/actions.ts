import { monthOrdinal } from './months';
import type { TrackingAction } from './tracking';

/** An action as a month's review shows it. */
export interface ActionInMonth {
  action: TrackingAction;
  /** Agreed in an earlier month and still open then: carried forward. */
  carried: boolean;
  /** Done as of this month: marked done in it (or earlier). Before the month it was done in, open. */
  done: boolean;
  /** Its due month has passed and it is not done as of this month. */
  overdue: boolean;
}

/**
 * The actions a month's review lists: those agreed in that month, and the ones agreed earlier
 * that were still open in it (carried forward until done). Each as it stood that month: an
 * action done in a later month is open in this one; an action done in this month shows as
 * done; one done earlier is not carried. An action without a month counts as agreed at the
 * start; one done without a known month (marked before that was kept) as done when agreed.
 */
export function actionsForMonth(
  actions: readonly TrackingAction[],
  month: string,
): ActionInMonth[] {
  const now = monthOrdinal(month) ?? 0;
  return actions.flatMap((action) => {
    const agreed = action.month === '' ? -Infinity : (monthOrdinal(action.month) ?? -Infinity);
    if (agreed > now) return [];
    const doneIn = !action.done
      ? Infinity
      : action.doneMonth
        ? (monthOrdinal(action.doneMonth) ?? agreed)
        : agreed;
    const done = doneIn <= now;
    if (agreed < now && doneIn < now) return [];
    const due = action.dueMonth === '' ? null : monthOrdinal(action.dueMonth);
    return [{ action, carried: agreed < now, done, overdue: !done && due !== null && due < now }];
  });
}
