import { formatList } from '../../i18n/text';
import { formatCount } from '../../lib/format';
import type { CurrencyReport } from '../../lib/pipeline/currency-report';
import { useI18n } from '../kit/i18n';

/**
 * Which currency the amounts were read in and what chose it: the summed amounts (won and open
 * deals) that name it, of those naming one; and the amounts in any other currency, set aside
 * and never added. Where no summed amount names one, the currency they are shown in.
 */
export function CurrencyNote({ report, shown }: { report: CurrencyReport | null; shown: string }) {
  const { t, lang, marks } = useI18n();
  if (!report) return <p class="hint">{t('pipeline.currency.none', { currency: shown })}</p>;
  const others = formatList(
    report.others.map(({ mark, count }) => `${mark}${marks.colon}${formatCount(count, lang)}`),
    lang,
  );
  return (
    <>
      <p class="hint">{t('pipeline.currency.read', { currency: report.main, n: formatCount(report.inMain, lang), named: formatCount(report.named, lang) })}</p>
      {report.others.length > 0 && <p class="notice warning">{t('pipeline.currency.others', { list: others })}</p>}
    </>
  );
}
