/**
 * What a CRM export measures to: aggregates only, never rows. This is what the pipeline page
 * shows, what the workbook stores (the `pipeline` area) and what a funnel scenario is
 * calibrated from. Every figure is computed in measure.ts; see there for the definitions.
 */

/** A distribution of a measure over deals or months: null where there is no value. */
export interface Spread {
  count: number;
  mean: number | null;
  /** Percentiles by linear interpolation between closest ranks (type 7). */
  p10: number | null;
  median: number | null;
  p90: number | null;
}

/** One month's bookings: won deals by the month they closed ("2026-03"). */
export interface MonthBookings {
  month: string;
  won: number;
  lost: number;
  /** Won revenue of the deals whose amount could be read. */
  revenue: number;
}

/** A row of the per-owner (or per-product, per-source) table. */
export interface GroupRow {
  name: string;
  deals: number;
  won: number;
  lost: number;
  /** won ÷ (won + lost), null with no decided deal. */
  winRate: number | null;
  revenue: number;
  /** revenue ÷ won deals with a readable amount, null without one. */
  averageDeal: number | null;
  /** Median days from created to close of its won deals. */
  medianCycleDays: number | null;
}

/** Why a row was left out of some or all figures ('unlikely…': before 1980 or after the day of reading). */
export const setAsideReasons = [
  'noStage',
  'wrongFieldCount',
  /** A quote that opens a field and closes only lines later: the lines between read into that field, no rows of their own. */
  'openQuote',
  /** A quote that never closes: the row read as its first line alone (its values may have shifted), the lines after it as rows. */
  'unclosedQuote',
  'duplicateId',
  /** The header line again among the rows: no deal. */
  'repeatedHeader',
  /** The totals of the rows above it ("Total", "Grand Totals (120 records)", 合计): no deal. */
  'totalRow',
  'noAmount',
  'badAmount',
  'negativeAmount',
  /** An amount in another currency than the file's own (PipelineSummary.currency). */
  'otherCurrency',
  'noCreatedDate',
  'badCreatedDate',
  'unlikelyCreatedDate',
  'noCloseDate',
  'badCloseDate',
  'unlikelyCloseDate',
  'closeBeforeCreated',
] as const;
export type SetAsideReason = (typeof setAsideReasons)[number];

/** Which figures a reason keeps a row out of: `closing`, the months and the cycle (both need the close). */
export type SetAsideScope = 'all' | 'money' | 'cycle' | 'months' | 'closing';

export interface SetAsideGroup {
  reason: SetAsideReason;
  scope: SetAsideScope;
  /** Rows as a spreadsheet numbers them (the header is row 1), first 200 kept. */
  rows: number[];
  count: number;
}

export interface PipelineSummary {
  /** Rows read (not counting the header). */
  rows: number;
  /** Rows counted in the figures (not set aside entirely). */
  counted: number;
  outcomes: { won: number; lost: number; open: number };
  winRate: number | null;
  wonRevenue: number;
  wonDeal: Spread;
  cycleWon: Spread;
  cycleLost: Spread;
  bookings: MonthBookings[];
  owners: GroupRow[];
  products: GroupRow[];
  sources: GroupRow[];
  open: { count: number; value: number; ageDays: Spread };
  /**
   * Records that reached each funnel stage (a later stage counts as having reached the earlier
   * ones), over the deals whose furthest stage is known: won deals, open deals placed on a
   * stage, lost deals whose stage-when-lost value is placed. Empty where no value is placed.
   */
  stageReach: { stage: string; count: number }[];
  /**
   * Deals left out of stageReach, their furthest stage unknown: lost deals the file does not say
   * where they stopped, open deals not placed on a stage. Absent in summaries stored before.
   */
  stageReachLeftOut?: { lost: number; open: number };
  /** Over the months with a decided deal: how the monthly win rate and the monthly average won deal vary. */
  monthlyWinRate: Spread;
  monthlyDealSize: Spread;
  /** The latest date in the file ("2026-11-30"): "as of" for the open deals' age. */
  asOf: string | null;
  /**
   * The currency of the file's amounts, where they or a currency column name one: an ISO code
   * ("EUR", "KRW"), "$", "¥" or "kr" for a sign several currencies share, or a sign with no code
   * here as written ("₾", at most 3 characters); null where none is named. Rows
   * in another currency are set aside (otherCurrency), never added to these figures.
   */
  currency: string | null;
  /**
   * The currencies the summed amounts name (counted won and open deals with a readable amount,
   * by their currency column or their own sign), with how many each, most first: what the
   * file's currency was chosen from. Absent in summaries stored before it was kept.
   */
  amountCurrencies?: { mark: string; count: number }[];
  setAside: SetAsideGroup[];
}
