/**
 * The measured funnel of a CRM export: every figure of PipelineSummary, from the compact rows
 * of a RecordStore and the user's readings of them (what each stage value means, the order of
 * each date column, the decimal mark of the amounts). Pure: the same store and choices always
 * give the same summary.
 *
 * Which rows count where (never silently): a row with no stage, a different number of fields
 * than the header (a quote that closes only lines later among them, told apart), a quote that never closes, a record id seen before, the header's names again, or the totals of the rows
 * above ("Total", "Grand Totals", 合计) is left out of everything; an open or won deal whose amount is missing, unreadable or negative is counted
 * but left out of money figures; a deal without a readable created date is left out of cycle
 * and age figures; a decided deal without a readable close date is left out of the months and
 * the cycle; one that closes before it was created is left out of the cycle. A date before 1980
 * or after the day of reading counts as unreadable. Each is listed with its rows.
 */
import { chooseDecimalMark, type DecimalMark } from './amounts';
import { sameCurrency } from './same-currency';
import { EARLIEST_DEAL_DAY, isDay, isDotted, isoDay, isoMonth, provenOrder, provenYear, BAD_DATE, NO_DATE, type DateOrder, type DayNumber, type OrderBasis } from './dates';
import { AMOUNT_BAD, AMOUNT_EMPTY, AMOUNT_NUMBER, type DateColumn, type DateRole, type Interned, type RecordStore } from './records';
import { rowCurrencies } from './row-currency';
import { guessMeanings, reachedStage, type StageMeaning } from './stages';
import { spread, Values } from './stats';
import type { GroupRow, MonthBookings, PipelineSummary, SetAsideGroup, SetAsideReason, SetAsideScope } from './summary';

/** How the user reads the file: the choices the page shows and lets them change. */
export interface Readings {
  meanings: Record<string, StageMeaning>;
  dateOrders: Partial<Record<DateRole, DateOrder>>;
  /** Why each date column reads in its order, for the page to say (absent: as the user chose). */
  orderBasis?: Partial<Record<DateRole, OrderBasis>>;
  decimalMark: DecimalMark;
}

const scopes: Record<SetAsideReason, SetAsideScope> = {
  noStage: 'all',
  wrongFieldCount: 'all',
  openQuote: 'all',
  unclosedQuote: 'all',
  duplicateId: 'all',
  repeatedHeader: 'all',
  totalRow: 'all',
  noAmount: 'money',
  badAmount: 'money',
  negativeAmount: 'money',
  otherCurrency: 'money',
  noCreatedDate: 'cycle',
  badCreatedDate: 'cycle',
  unlikelyCreatedDate: 'cycle',
  noCloseDate: 'closing',
  badCloseDate: 'closing',
  unlikelyCloseDate: 'closing',
  closeBeforeCreated: 'cycle',
};

const WON = 0;
const LOST = 1;
const OPEN = 2;

/** Rows listed per reason; the count goes on past it. */
const LISTED_ROWS = 200;

const DATE_ROLES = ['created', 'closed', 'wonAt', 'lostAt'] as const;

/**
 * The order of the date columns where no column's values prove one: day first for dotted dates
 * (no one writes them month first); else the order under which fewer deals close before they
 * were created (every column read the same way); else the page language's habit.
 */
function orderOfUnprovenFile(store: RecordStore, roles: readonly DateRole[], preferred: DateOrder): [DateOrder, OrderBasis] {
  if (roles.some((role) => store.dates[role]!.samples.some(isDotted))) return ['dayFirst', 'dotted'];
  const created = store.dates.created;
  if (created) {
    const early = { dayFirst: 0, monthFirst: 0 };
    for (const role of roles) {
      if (role === 'created') continue;
      const column = store.dates[role]!;
      for (const order of ['dayFirst', 'monthFirst'] as const) {
        const starts = created[order].data;
        const ends = column[order].data;
        for (let row = 0; row < store.rows; row++) {
          const start = starts[row]!;
          const end = ends[row]!;
          if (isDay(start) && isDay(end) && end < start) early[order]++;
        }
      }
    }
    if (early.dayFirst !== early.monthFirst) return [early.dayFirst < early.monthFirst ? 'dayFirst' : 'monthFirst', 'closeOrder'];
  }
  return [preferred, 'language'];
}

/** How many years a column's dates span read in `order`: 0 where fewer than two are dates. */
function yearsSpanned(column: DateColumn, rows: number, order: DateOrder): number {
  const days = column.days(order);
  let [first, last] = [Infinity, -Infinity];
  for (let row = 0; row < rows; row++) {
    const day = days[row]!;
    if (!isDay(day)) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return last > first ? (last - first) / 365.25 : 0;
}

/** The most common of `values` (null: none, or a tie). */
function mostCommon<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === most);
  return top.length === 1 ? top[0]![0] : null;
}

/**
 * The guessed readings of a store: stage meanings by their words; the decimal mark from the
 * amounts; each date column's order, in two steps, each from the column's own values where they
 * prove it, else from the file's other date columns (one export writes every date one way):
 * - where its year is: where every value may have two digits for a year at either end
 *   ("26-03-05"), at the end that keeps the column's dates closer together (read the other way,
 *   days read as years spread them over decades; a tie keeps the year last, as it is most often);
 * - with the year last, day or month first: where the values allow both, as orderOfUnprovenFile says.
 */
export function guessReadings(store: RecordStore, preferred: DateOrder): Readings {
  const meanings = guessMeanings(store.stageValues());
  const roles = DATE_ROLES.filter((role) => store.dates[role]);
  const tally = (role: DateRole) => store.dates[role]!.tally;
  // Columns that write a year last, or prove it first, say where the others have theirs.
  const sharedYear = mostCommon(roles.flatMap((role) => (tally(role).yearLast ? ['last' as const] : provenYear(tally(role)) === 'first' ? ['first' as const] : [])));
  const years = new Map(
    roles.map((role): [DateRole, ['first' | 'last', OrderBasis]] => {
      const proven = provenYear(tally(role));
      if (proven) return [role, [proven, 'values']];
      if (sharedYear) return [role, [sharedYear, 'otherColumns']];
      const column = store.dates[role]!;
      const last = tally(role).monthFirstValid > tally(role).dayFirstValid ? 'monthFirst' : 'dayFirst';
      return [role, [yearsSpanned(column, store.rows, 'yearFirst') < yearsSpanned(column, store.rows, last) ? 'first' : 'last', 'spread']];
    }),
  );
  // Day or month first, for the columns with the year last.
  const proven = new Map(roles.map((role) => [role, years.get(role)![0] === 'first' ? 'yearFirst' : provenOrder(tally(role))]));
  const shared = mostCommon(roles.flatMap((role) => (years.get(role)![0] === 'last' ? (proven.get(role) ?? []) : [])));
  const [fileOrder, fileBasis]: [DateOrder, OrderBasis] = shared ? [shared, 'otherColumns'] : orderOfUnprovenFile(store, roles, preferred);
  const dateOrders: Partial<Record<DateRole, DateOrder>> = {};
  const orderBasis: Partial<Record<DateRole, OrderBasis>> = {};
  for (const role of roles) {
    const order = proven.get(role);
    dateOrders[role] = order ?? fileOrder;
    // Where the day and month were guessed, that; else where the year is, guessed or not.
    orderBasis[role] = order ? years.get(role)![1] : fileBasis;
  }
  return { meanings, dateOrders, orderBasis, decimalMark: store.amount ? chooseDecimalMark(store.amount.tally) : 'dot' };
}

interface Group {
  deals: number;
  won: number;
  lost: number;
  revenue: number;
  wonWithAmount: number;
  cycles: Values;
}

const newGroup = (): Group => ({ deals: 0, won: 0, lost: 0, revenue: 0, wonWithAmount: 0, cycles: new Values(16) });

/** A role's groups, by the index of their name (+1: -1 is "no name"), and in the order first seen. */
interface Groups {
  byName: (Group | undefined)[];
  order: Group[];
  names: number[];
}

const newGroups = (): Groups => ({ byName: [], order: [], names: [] });

function groupRows(names: Interned | undefined, groups: Groups): GroupRow[] {
  if (!names) return [];
  const rows = groups.order.map((g, i): GroupRow => {
    const cycle = spread(g.cycles.toArray());
    const index = groups.names[i]!;
    return {
      name: index < 0 ? '' : names.names[index]!,
      deals: g.deals,
      won: g.won,
      lost: g.lost,
      winRate: g.won + g.lost > 0 ? g.won / (g.won + g.lost) : null,
      revenue: g.revenue,
      averageDeal: g.wonWithAmount > 0 ? g.revenue / g.wonWithAmount : null,
      medianCycleDays: cycle.median,
    };
  });
  return rows.sort((a, b) => b.revenue - a.revenue || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The group of the name at `index` (-1: none), made when first seen. */
function groupOf(groups: Groups, index: number): Group {
  let group = groups.byName[index + 1];
  if (!group) {
    groups.byName[index + 1] = group = newGroup();
    groups.order.push(group);
    groups.names.push(index);
  }
  return group;
}

export interface MeasureOptions {
  /** The day of reading: a date after it, or before 1980, is a slip ("2206" for "2026"). */
  today?: DayNumber;
  /** Rows listed per reason of setting aside (the count goes on past it): all, for a download. */
  listed?: number;
}

/**
 * Every figure of the file under these readings; `stages` are the funnel's stage names, top
 * first. A date after `today` or before 1980 is set aside, so one typo never moves "as of" or
 * the cycle by centuries.
 */
export function measure(store: RecordStore, readings: Readings, stages: readonly string[], { today, listed = LISTED_ROWS }: MeasureOptions = {}): PipelineSummary {
  // A day of grace: the file may come from a time zone where tomorrow has begun.
  const lastLikely = today === undefined ? Number.MAX_SAFE_INTEGER : today + 1;
  const unlikely = (day: DayNumber) => isDay(day) && (day < EARLIEST_DEAL_DAY || day > lastLikely);
  const setAside = new Map<SetAsideReason, { rows: number[]; count: number }>();
  const note = (reason: SetAsideReason, row: number) => {
    let group = setAside.get(reason);
    if (!group) setAside.set(reason, (group = { rows: [], count: 0 }));
    group.count++;
    if (group.rows.length < listed) group.rows.push(store.sheetRow(row));
  };
  const groups = { owner: newGroups(), product: newGroups(), source: newGroups() };
  const meaningOf = store.stage.names.map((value) => readings.meanings[value] ?? 'open');
  // Outcomes as small numbers in the loop (WON, LOST, OPEN), named again for the summary.
  const outcomeOf = meaningOf.map((meaning) => (meaning === 'won' ? WON : meaning === 'lost' ? LOST : OPEN));
  // Stage-to-stage conversion, where any value is placed on the funnel: each deal counts up to the
  // furthest stage it is known to have reached (-1: not known, left out of the steps and counted).
  const lostStage = store.names.lostStage;
  const lostAtOf = lostStage ? lostStage.names.map((value) => readings.meanings[value] ?? 'open') : [];
  const placed = [...meaningOf, ...lostAtOf].some((meaning) => typeof meaning === 'object');
  const reachedOf = meaningOf.map((meaning) => reachedStage(meaning, stages.length) ?? -1);
  const lostReachedOf = lostAtOf.map((lostAt) => reachedStage('lost', stages.length, lostAt) ?? -1);
  const lostStageRows = lostStage?.rows.data;
  // Each date column's days in the chosen order, read straight from its typed array.
  const days = (role: DateRole): Int32Array | null => store.dates[role]?.days(readings.dateOrders[role] ?? 'dayFirst') ?? null;
  const createdDays = days('created');
  const closedDays = days('closed');
  // A won deal closes on its won date where the file has one, else on its close date; a lost one likewise.
  const wonCloseDays = days('wonAt') ?? closedDays;
  const lostCloseDays = days('lostAt') ?? closedDays;
  const hasCloseColumn = Boolean(closedDays || wonCloseDays || lostCloseDays);
  const amounts = store.amount;
  const kinds = amounts?.kinds;
  const stageRows = store.stage.rows.data;
  // Rows left out of everything (besides those without a stage), walked in row order below.
  const wrong = store.wrongFieldCount;
  const openQuote = store.openQuote;
  const duplicateOf = store.duplicateOf();
  const duplicates = [...duplicateOf.keys()].sort((x, y) => x - y);
  const headerRows = store.repeatedHeader;
  const totalRows = store.totalRows;
  const unclosedRows = store.unclosedQuote;
  // Amounts in a currency other than the file's own are left out of money figures, never added
  // to it; the file's own is the one its summed amounts (counted won and open deals) name most.
  const leftOut = new Set([...wrong, ...duplicates, ...headerRows, ...totalRows, ...unclosedRows]);
  const money = rowCurrencies(store, (row) => {
    const stage = stageRows[row]!;
    return stage >= 0 && outcomeOf[stage] !== LOST && !leftOut.has(row);
  });
  const main = money?.main ?? null;
  const otherCurrency = main !== null && money!.counts.some(({ mark }) => !sameCurrency(mark, main)) ? (row: number) => { const mark = money!.of(row); return mark !== null && !sameCurrency(mark, main); } : null;
  const values = amounts?.values.data;
  const commaValues = readings.decimalMark === 'comma' && amounts && amounts.commaValues.size > 0 ? amounts.commaValues : undefined;
  const groupNames: Int32Array[] = [];
  const groupSets: Groups[] = [];
  for (const role of ['owner', 'product', 'source'] as const) {
    const names = store.names[role];
    if (!names) continue;
    groupNames.push(names.rows.data);
    groupSets.push(groups[role]);
  }
  // A closing day's month, looked up once per distinct day.
  const monthOfDay = new Map<DayNumber, MonthBookings & { amounts: number }>();

  // Rows left out of everything, in row order: the lists are walked alongside the rows.
  let nextWrong = 0;
  let nextOpenQuote = 0;
  let nextDuplicate = 0;
  let nextHeader = 0;
  let nextTotal = 0;
  let nextUnclosed = 0;
  const outcomeCounts = [0, 0, 0];
  const wonAmounts = new Values();
  let wonRevenue = 0;
  const cycleWon = new Values();
  const cycleLost = new Values();
  const months = new Map<string, MonthBookings & { amounts: number }>();
  const openCreated = new Values();
  let openValue = 0;
  const reach = new Array<number>(stages.length).fill(0);
  const reachLeftOut = { lost: 0, open: 0 };
  let latest = NO_DATE;
  let counted = 0;

  // In the loop, numbers stay numbers: NaN is "no amount", -1 "no cycle", NO_DATE "no day yet".
  for (let row = 0; row < store.rows; row++) {
    const stage = stageRows[row]!;
    if (nextHeader < headerRows.length && headerRows[nextHeader] === row) {
      nextHeader++;
      note('repeatedHeader', row);
      continue;
    }
    if (nextTotal < totalRows.length && totalRows[nextTotal] === row) {
      nextTotal++;
      note('totalRow', row);
      continue;
    }
    if (nextUnclosed < unclosedRows.length && unclosedRows[nextUnclosed] === row) {
      nextUnclosed++;
      note('unclosedQuote', row);
      continue;
    }
    const isWrong = nextWrong < wrong.length && wrong[nextWrong] === row;
    if (isWrong) nextWrong++;
    const isDuplicate = nextDuplicate < duplicates.length && duplicates[nextDuplicate] === row;
    if (isDuplicate) nextDuplicate++;
    if (isWrong || stage < 0 || isDuplicate) {
      // A field that swallowed the lines after it says nothing else true about its row.
      if (isWrong && nextOpenQuote < openQuote.length && openQuote[nextOpenQuote] === row) {
        nextOpenQuote++;
        note('openQuote', row);
        continue;
      }
      if (isWrong) note('wrongFieldCount', row);
      if (stage < 0) note('noStage', row);
      if (isDuplicate) note('duplicateId', row);
      continue;
    }
    counted++;

    const outcome = outcomeOf[stage]!;
    outcomeCounts[outcome]!++;

    // The row's amount in the chosen decimal mark; NaN when it has none that reads, or a negative one.
    let amount = Number.NaN;
    if (kinds) {
      const kind = kinds[row];
      if (kind === AMOUNT_NUMBER) {
        amount = values![row]!;
        if (commaValues) amount = commaValues.get(row) ?? amount;
      }
      if (outcome !== LOST) {
        if (kind === AMOUNT_EMPTY) note('noAmount', row);
        else if (kind === AMOUNT_BAD) note('badAmount', row);
        else if (amount < 0) note('negativeAmount', row);
      }
      if (amount < 0) amount = Number.NaN;
      else if (otherCurrency && kind === AMOUNT_NUMBER && otherCurrency(row)) {
        // A lost deal's amount is summed nowhere: nothing is set aside for its currency.
        if (outcome !== LOST) note('otherCurrency', row);
        amount = Number.NaN;
      }
    }
    const hasAmount = amount === amount;

    let created = createdDays ? createdDays[row]! : NO_DATE;
    if (createdDays) {
      if (created === NO_DATE) note('noCreatedDate', row);
      else if (created === BAD_DATE) note('badCreatedDate', row);
      else if (unlikely(created)) {
        note('unlikelyCreatedDate', row);
        created = BAD_DATE;
      }
    }
    const closeDays = outcome === WON ? wonCloseDays : outcome === LOST ? lostCloseDays : null;
    let closed = closeDays ? closeDays[row]! : NO_DATE;
    if (outcome !== OPEN && hasCloseColumn) {
      if (closed === NO_DATE) note('noCloseDate', row);
      else if (closed === BAD_DATE) note('badCloseDate', row);
      else if (unlikely(closed)) {
        note('unlikelyCloseDate', row);
        closed = BAD_DATE;
      }
    }
    if (isDay(created) && created > latest) latest = created;
    if (isDay(closed) && closed > latest) latest = closed;

    let cycle = -1;
    if (isDay(created) && isDay(closed)) {
      if (closed < created) note('closeBeforeCreated', row);
      else cycle = closed - created;
    }

    if (outcome === WON) {
      if (hasAmount) {
        wonAmounts.push(amount);
        wonRevenue += amount;
      }
      if (cycle >= 0) cycleWon.push(cycle);
    } else if (outcome === LOST) {
      if (cycle >= 0) cycleLost.push(cycle);
    } else {
      if (hasAmount) openValue += amount;
      if (isDay(created)) openCreated.push(created);
    }

    if (outcome !== OPEN && isDay(closed)) {
      let month = monthOfDay.get(closed);
      if (!month) {
        const key = isoMonth(closed);
        month = months.get(key);
        if (!month) months.set(key, (month = { month: key, won: 0, lost: 0, revenue: 0, amounts: 0 }));
        monthOfDay.set(closed, month);
      }
      if (outcome === WON) {
        month.won++;
        if (hasAmount) {
          month.revenue += amount;
          month.amounts++;
        }
      } else month.lost++;
    }

    for (let g = 0; g < groupSets.length; g++) {
      const group = groupOf(groupSets[g]!, groupNames[g]![row]!);
      group.deals++;
      if (outcome === WON) {
        group.won++;
        if (hasAmount) {
          group.revenue += amount;
          group.wonWithAmount++;
        }
        if (cycle >= 0) group.cycles.push(cycle);
      } else if (outcome === LOST) group.lost++;
    }

    if (placed) {
      let reached = reachedOf[stage]!;
      if (outcome === LOST && lostStageRows) {
        const at = lostStageRows[row]!;
        if (at >= 0) reached = lostReachedOf[at]!;
      }
      if (reached < 0) reachLeftOut[outcome === LOST ? 'lost' : 'open']++;
      for (let i = 0; i <= reached; i++) reach[i]!++;
    }
  }

  const outcomes = { won: outcomeCounts[WON]!, lost: outcomeCounts[LOST]!, open: outcomeCounts[OPEN]! };
  const asOf = latest === NO_DATE ? null : latest;
  const ages = new Values(Math.max(16, openCreated.length));
  if (asOf !== null) for (let i = 0; i < openCreated.length; i++) ages.push(asOf - openCreated.at(i));
  const bookings = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  const monthlyWinRate = new Values(64);
  const monthlyDealSize = new Values(64);
  for (const month of bookings) {
    if (month.won + month.lost > 0) monthlyWinRate.push(month.won / (month.won + month.lost));
    if (month.amounts > 0) monthlyDealSize.push(month.revenue / month.amounts);
  }

  const groupsOut: SetAsideGroup[] = [...setAside].map(([reason, { rows, count }]) => ({ reason, scope: scopes[reason], rows, count }));
  return {
    rows: store.rows,
    counted,
    outcomes,
    winRate: outcomes.won + outcomes.lost > 0 ? outcomes.won / (outcomes.won + outcomes.lost) : null,
    wonRevenue,
    wonDeal: spread(wonAmounts.toArray()),
    cycleWon: spread(cycleWon.toArray()),
    cycleLost: spread(cycleLost.toArray()),
    bookings: bookings.map(({ month, won, lost, revenue }) => ({ month, won, lost, revenue })),
    owners: groupRows(store.names.owner, groups.owner),
    products: groupRows(store.names.product, groups.product),
    sources: groupRows(store.names.source, groups.source),
    open: { count: outcomes.open, value: openValue, ageDays: spread(ages.toArray()) },
    stageReach: placed ? stages.map((stage, i) => ({ stage, count: reach[i]! })) : [],
    stageReachLeftOut: reachLeftOut,
    monthlyWinRate: spread(monthlyWinRate.toArray()),
    monthlyDealSize: spread(monthlyDealSize.toArray()),
    asOf: asOf === null ? null : isoDay(asOf),
    currency: main,
    amountCurrencies: money?.counts ?? [],
    setAside: groupsOut,
  };
}
