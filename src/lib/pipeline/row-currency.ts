/**
 * The currency of each row of a CRM export and of the file as a whole. A row's currency is what
 * its currency column names, else what its amount's own sign or code names. The file's own is
 * chosen from the amounts that are summed (won and open deals with a readable amount): a lost
 * deal's amount is never added to anything, so its currency has no say.
 */
import { currencyMark } from './amounts';
import { AMOUNT_NUMBER, type RecordStore } from './records';
import { isSharedSign, sameCurrency } from './same-currency';

export interface RowCurrencies {
  /** The currency a row names (an ISO code, a shared sign such as "$", or a sign as written), null where it names none. */
  of: (row: number) => string | null;
  /** The file's own currency, null where no summed amount names one. */
  main: string | null;
  /** The summed amounts by the currency they name, most first (then as first seen). */
  counts: { mark: string; count: number }[];
}

/**
 * The currencies of `store`'s rows; `summed(row)` says whether a row's amount is added to a
 * figure where it reads (a counted won or open deal). The file's own currency is the one the
 * most summed amounts name, counting a shared sign ("$") toward each currency it may stand for,
 * a named currency winning a tie over the sign. Null where there is neither a currency column
 * nor an amount that names one.
 */
export function rowCurrencies(store: RecordStore, summed: (row: number) => boolean): RowCurrencies | null {
  const column = store.names.currency;
  const amounts = store.amount;
  const fromAmount = amounts?.currencyRows?.data;
  if (!column && !fromAmount) return null;
  const columnMarks = column ? column.names.map(currencyMark) : [];
  const columnRows = column?.rows.data;
  const of = (row: number): string | null => {
    const named = columnRows ? columnRows[row]! : -1;
    if (named >= 0 && columnMarks[named]) return columnMarks[named]!;
    const index = fromAmount ? fromAmount[row]! : 0;
    return index > 0 ? amounts!.currencies[index - 1]! : null;
  };
  const tally = new Map<string, number>();
  const kinds = amounts?.kinds;
  const values = amounts?.values.data;
  for (let row = 0; row < store.rows; row++) {
    // A negative amount is summed nowhere; its sign is the same under either decimal mark.
    if (kinds && (kinds[row] !== AMOUNT_NUMBER || values![row]! < 0)) continue;
    if (!summed(row)) continue;
    const mark = of(row);
    if (mark) tally.set(mark, (tally.get(mark) ?? 0) + 1);
  }
  let main: string | null = null;
  let best = -1;
  for (const mark of tally.keys()) {
    let score = 0;
    for (const [other, count] of tally) if (sameCurrency(mark, other)) score += count;
    if (score > best || (score === best && !isSharedSign(mark))) [main, best] = [mark, score];
  }
  const counts = [...tally].map(([mark, count]) => ({ mark, count })).sort((a, b) => b.count - a.count);
  return { of, main, counts };
}
