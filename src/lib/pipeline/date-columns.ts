/**
 * Whether a column guessed as a date holds dates. Headers name other things like dates: a
 * Salesforce report's Won and Closed checkboxes (1 or 0) read as the won date and the close
 * date, "Created By" (a person) as the created date. Read as dates, every value is unreadable
 * and every won deal falls out of the months and the cycle as if its close date were bad.
 */
import type { ColumnChoices } from './choices';
import type { ColumnMapping } from './columns';
import { isDay, readDate } from './dates';

const DATE_ROLES = ['created', 'closed', 'wonAt', 'lostAt'] as const;

/**
 * The mapping without each guessed date column whose values in `rows` (the first rows under the
 * header) are filled and none a date, either way round; a column the user chose holds, whatever
 * its values, and so does one whose first values are all empty.
 */
export function datesByValues(mapping: ColumnMapping, rows: readonly (readonly string[])[], chosen: ColumnChoices = {}): ColumnMapping {
  let kept = mapping;
  for (const role of DATE_ROLES) {
    const index = mapping[role];
    if (index === undefined || chosen[role] !== undefined) continue;
    let filled = false;
    let dated = false;
    for (const row of rows) {
      const value = index < row.length ? row[index]!.trim() : '';
      if (value === '') continue;
      filled = true;
      const { dayFirst, monthFirst, yearFirst } = readDate(value);
      if ((dated = isDay(dayFirst) || isDay(monthFirst) || isDay(yearFirst))) break;
    }
    if (filled && !dated) {
      kept = { ...kept };
      delete kept[role];
    }
  }
  return kept;
}
