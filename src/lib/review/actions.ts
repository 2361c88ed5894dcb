import { monthOrdinal } from './months';
import type { TrackingAction } from './tracking';

/** An action as a month's review shows it. */
export interface ActionInMonth {
  action: TrackingAction;
  /** Agreed in an earlier month and still open: carried forward. */
  carried: boolean;
  /** Its due month has passed and it is not done. */
  overdue: boolean;
}

/**
 * The actions a month's review lists: those agreed in that month, and the open ones agreed
 * earlier (carried forward until done). An action without a month counts as agreed at the start.
 */
export function actionsForMonth(
  actions: readonly TrackingAction[],
  month: string,
): ActionInMonth[] {
  const now = monthOrdinal(month) ?? 0;
  return actions.flatMap((action) => {
    const agreed = action.month === '' ? -Infinity : (monthOrdinal(action.month) ?? -Infinity);
    if (agreed > now) return [];
    if (agreed < now && action.done) return [];
    const due = action.dueMonth === '' ? null : monthOrdinal(action.dueMonth);
    return [{ action, carried: agreed < now, overdue: !action.done && due !== null && due < now }];
  });
}
