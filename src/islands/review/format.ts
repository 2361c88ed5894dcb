import { useMemo } from 'preact/hooks';
import {
  formatCount,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  moneyFractionDigits,
} from '../../lib/format';
import type { Unit } from '../../lib/review/commitments';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';

export interface ReviewFormat {
  lang: string;
  currency: Currency;
  money: (value: number) => string;
  /** One money formatter for a set of figures shown together: they share their decimals. */
  moneyColumn: (values: readonly number[]) => (value: number) => string;
  /** Whole counts (planned monthly counts are fractions; a person counts whole leads). */
  count: (value: number) => string;
  /** A fraction as a percentage: 0.25 → 25%. */
  share: (fraction: number) => string;
  /** A figure in a commitment's unit: 120 MQLs, 95%, 24 h, 5.5 attempts. */
  unit: (value: number, unit: Unit) => string;
  /** "2027-03" → "March 2027". */
  month: (key: string) => string;
  /** A difference with its sign: +12, −3; zero has none. */
  signed: (value: number, format: (magnitude: number) => string) => string;
}

/** Every figure of the review goes through these, in the page's language and the chosen currency. */
export function useReviewFormat(currency: Currency): ReviewFormat {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const unit = (value: number, kind: Unit) =>
      kind === 'count'
        ? formatCount(value, lang)
        : kind === 'percent'
          ? formatPercent(value, lang)
          : kind === 'hours'
            ? t('review.unit.hours', { n: formatNumber(value, lang, 1) })
            : formatNumber(value, lang, 1);
    return {
      lang,
      currency,
      money: (value) => formatMoney(value, { locale: lang, currency }),
      moneyColumn: (values) => {
        const moneyDigits = moneyFractionDigits(values, currency);
        return (value) => formatMoney(value, { locale: lang, currency, moneyDigits });
      },
      count: (value) => formatCount(value, lang),
      share: (fraction) => formatPercent(fraction * 100, lang),
      unit,
      month: (key) => formatMonth(key, lang),
      // Intl's own minus for negatives; a plus written for gains, so "+5" and "−5" read alike.
      signed: (value, format) => {
        const magnitude = format(Math.abs(value));
        if (value === 0 || magnitude === format(0)) return magnitude;
        return value > 0 ? `+${magnitude}` : `−${magnitude}`;
      },
    };
  }, [t, lang, currency]);
}
