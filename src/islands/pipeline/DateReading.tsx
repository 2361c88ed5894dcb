import type { MessageKey } from '../../i18n/messages/types';
import { formatDate, type FormatOptions } from '../../lib/format';
import { formatAmountAsRead } from '../../lib/pipeline/amount-as-read';
import type { DecimalMark } from '../../lib/pipeline/amounts';
import { describeFormat, inOrder, isDay, isoDay, readDate, type DateOrder } from '../../lib/pipeline/dates';
import { currencyName, type CurrencyReport } from '../../lib/pipeline/currency-report';
import type { Readings } from '../../lib/pipeline/measure';
import type { DateRole } from '../../lib/pipeline/records';
import { sentenceGap } from '../../i18n/punctuation';
import { pluralKey } from '../../i18n/text';
import { useI18n } from '../kit/i18n';
import { CurrencyNote } from './CurrencyNote';
import type { FileShape } from './import-messages';

/**
 * How each date column was read: its format, three of its values read back as dates, and the
 * order (day, month or a two-digit year first) where the values allow more than one; the decimal mark of the amounts, and
 * the currency they were read in.
 */
export function DateReading({ shape, readings, format, currency, onChange }: { shape: FileShape; readings: Readings; format: FormatOptions; currency: CurrencyReport | null; onChange: (readings: Readings) => void }) {
  const { t, lang } = useI18n();
  const roles = (Object.keys(shape.dates) as DateRole[]).filter((role) => shape.dates[role]);
  const setOrder = (role: DateRole, order: DateOrder) =>
    onChange({ ...readings, dateOrders: { ...readings.dateOrders, [role]: order }, orderBasis: { ...readings.orderBasis, [role]: 'chosen' } });
  return (
    <section class="card" aria-labelledby="pipeline-dates-title">
      <h2 id="pipeline-dates-title">{t('pipeline.dates.title')}</h2>
      {roles.length === 0 && <p class="notice">{t('pipeline.dates.none')}</p>}
      <dl class="date-readings">
        {roles.map((role) => {
          const column = shape.dates[role]!;
          const order = readings.dateOrders[role] ?? 'dayFirst';
          const sample = column.samples[0] ?? '';
          const format = describeFormat(sample, order, { year: t('pipeline.dates.letterYear'), hour: t('pipeline.dates.letterHour') }) ?? t('pipeline.dates.excel');
          const { tally } = column;
          const both = (tally.dayFirstValid > 0 && tally.monthFirstValid > 0 && tally.ambiguous > 0) || tally.yearAmbiguous > 0;
          const id = `pipeline-order-${role}`;
          // Where the column's own values do not settle the order, say what did.
          const basis = readings.orderBasis?.[role];
          const guessed = both && basis && basis !== 'values' && basis !== 'chosen';
          const unreadable = tally.filled - tally[`${order}Valid`];
          return (
            <div key={role} class="date-reading">
              <dt>{t(`pipeline.role.${role}` as MessageKey)}</dt>
              <dd>
                <p>
                  {tally.filled === 0 ? t('pipeline.dates.empty') : t('pipeline.dates.format', { format })}
                  {unreadable > 0 && `${sentenceGap(lang)}${t(pluralKey('pipeline.dates.unreadable', unreadable, lang), { n: unreadable })}`}
                </p>
                <ul class="date-examples">
                  {column.samples.map((value) => {
                    const day = inOrder(readDate(value), order);
                    return (
                      <li key={value}>
                        <span class="raw">{value}</span> → {isDay(day) ? formatDate(isoDay(day), lang) : t('pipeline.dates.notADate')}
                      </li>
                    );
                  })}
                </ul>
                {guessed && (
                  <p id={`${id}-basis`} class="notice">
                    {t(`pipeline.dates.basis.${basis}` as MessageKey, { order: t(`pipeline.dates.orderName.${order}`) })}
                  </p>
                )}
                {both && (
                  <div class="field">
                    <label for={id}>{t('pipeline.dates.order')}</label>
                    <select
                      id={id}
                      value={order}
                      aria-describedby={guessed ? `${id}-basis` : undefined}
                      onChange={(event) => setOrder(role, event.currentTarget.value as DateOrder)}
                    >
                      <option value="dayFirst">{t('pipeline.dates.dayFirst')}</option>
                      <option value="monthFirst">{t('pipeline.dates.monthFirst')}</option>
                      {tally.yearFirstValid > 0 && <option value="yearFirst">{t('pipeline.dates.yearFirst')}</option>}
                    </select>
                  </div>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {shape.mapping.amount !== undefined && (
        <div class="field">
          <label for="pipeline-decimal">{t('pipeline.amounts.decimal')}</label>
          <select
            id="pipeline-decimal"
            value={readings.decimalMark}
            aria-describedby={shape.amountSamples.length > 0 ? 'pipeline-amount-examples' : undefined}
            onChange={(event) => onChange({ ...readings, decimalMark: event.currentTarget.value as DecimalMark })}
          >
            <option value="dot">{t('pipeline.amounts.dot')}</option>
            <option value="comma">{t('pipeline.amounts.comma')}</option>
          </select>
          {shape.amountSamples.length > 0 && (
            // How amounts read under this mark, as the dates show theirs: "12.000 → €12,000".
            <ul id="pipeline-amount-examples" class="date-examples" aria-label={t('pipeline.amounts.examples')}>
              {shape.amountSamples.map(({ raw, value, comma }) => {
                const read = readings.decimalMark === 'comma' && comma !== undefined ? comma : value;
                return (
                  <li key={raw}>
                    <span class="raw">{raw}</span> → {read === null ? t('pipeline.amounts.notAnAmount') : formatAmountAsRead(read, format)}
                  </li>
                );
              })}
            </ul>
          )}
          <CurrencyNote report={currency} shown={currencyName(format.currency)} />
        </div>
      )}
    </section>
  );
}
