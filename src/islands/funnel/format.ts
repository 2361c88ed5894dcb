import { useMemo } from 'preact/hooks';
import {
  currencyDigits,
  formatCount,
  formatMoney,
  moneyFractionDigits,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../lib/format';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';

export interface Formatters {
  money: (value: number) => string;
  /**
   * A money formatter for a set of figures shown together (a column, a grid): all of them get
   * the same decimals. Pass every value of the set.
   */
  moneyColumn: (values: readonly number[]) => (value: number) => string;
  /** Whole counts: 4,000. */
  count: (value: number) => string;
  /** Counts a month, which need not be whole: 333.3. */
  flow: (value: number) => string;
  /** A fraction as a percentage: 0.25 → 25%. */
  percent: (fraction: number) => string;
  /** Money on chart axes: $1.2M, 120 万. */
  compactMoney: (value: number) => string;
  /** A month offset's name: a calendar month from the period start, else "Month 1", "Month −2". */
  month: (offset: number) => string;
  /** The currency's own decimals (2 for USD, 0 for KRW, 3 for BHD): money as plain digits, in a CSV. */
  moneyDigits: number;
}

/** Every figure of the planner goes through these, in the page's language and the chosen currency. */
export function useFormatters(currency: Currency, periodStart: string): Formatters {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumSignificantDigits: 3,
    });
    return {
      money: (value) => formatMoney(value, { locale: lang, currency }),
      moneyColumn: (values) => {
        const moneyDigits = moneyFractionDigits(values, currency);
        return (value) => formatMoney(value, { locale: lang, currency, moneyDigits });
      },
      count: (value) => formatCount(value, lang),
      flow: (value) => formatNumber(value, lang, 1),
      percent: (fraction) => formatPercent(fraction * 100, lang),
      compactMoney: (value) => compact.format(value),
      month: (offset) =>
        periodStart
          ? formatMonth(periodStart, lang, offset)
          : offset >= 0
            ? t('funnel.month.n', { n: offset + 1 })
            : t('funnel.month.before', { n: -offset }),
      moneyDigits: currencyDigits(currency),
    };
  }, [t, lang, currency, periodStart]);
}
