import { useMemo } from 'preact/hooks';
import { csvDialect } from '../../lib/csv';
import { timelineCsv } from '../../lib/funnel/csv';
import type { FunnelInput } from '../../lib/funnel/model';
import type { Timeline } from '../../lib/funnel/timeline';
import { datedFilename, downloadText } from '../kit/download';
import { Amount } from '../kit/Amount';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ChartBox } from '../kit/ChartBox';
import { monthlyChart } from '../kit/charts/configs';
import type { Formatters } from './format';
import { sentenceGap } from '../../i18n/punctuation';
import { pluralKey } from '../../i18n/text';

interface TimelinePanelProps {
  timeline: Timeline;
  input: FunnelInput;
  fmt: Formatters;
  periodStartSet: boolean;
  inHandIgnored: boolean;
  dataHref: string;
}

/** The monthly schedule: when leads must arrive, what lands when, and what is already decided. */
export function TimelinePanel({ timeline, input, fmt, periodStartSet, inHandIgnored, dataHref }: TimelinePanelProps) {
  const { t, lang, marks } = useI18n();
  const { stages } = input;
  const withInHand = input.leadsInHand.length > 0;
  const closeLag = timeline.offsets[timeline.offsets.length - 1]!;
  const monthNames = timeline.months.map((row) => fmt.month(row.month));
  // Each money column shares its decimals down all its months.
  const revenueMoney = fmt.moneyColumn(timeline.months.map((row) => row.revenue));
  const inHandMoney = fmt.moneyColumn(timeline.months.map((row) => row.revenueFromLeadsInHand));

  const build = useMemo(
    () => monthlyChart(monthNames, stages, stages.map((_, s) => timeline.months.map((row) => row.counts[s]!)), fmt.flow, marks.colon),
    [timeline, stages.join('\u0000'), fmt],
  );

  const downloadCsv = () => {
    const csv = timelineCsv(timeline, {
      month: t('funnel.timeline.month'),
      stages,
      revenue: t('funnel.timeline.revenue'),
      ...(withInHand ? { leadsInHand: t('funnel.timeline.inHand'), revenueFromLeadsInHand: t('funnel.timeline.inHandRevenue') } : {}),
      monthName: fmt.month,
    }, csvDialect(lang), fmt.moneyDigits);
    // The byte-order mark tells Excel the file is UTF-8, so Chinese names survive.
    downloadText(datedFilename(t('funnel.csvStem'), 'csv'), csv, 'text/csv');
  };

  return (
    <section class="card timeline-panel" aria-labelledby="funnel-timeline-title">
      <Heading id="funnel-timeline-title">{t('funnel.timeline.title')}</Heading>
      <p>
        {t(pluralKey('funnel.timeline.lag', closeLag, lang), { months: closeLag, first: fmt.month(timeline.firstLeadMonth), last: fmt.month(timeline.lastLeadMonth) })}
        {timeline.leadsBeforePeriod > 0 && `${sentenceGap(lang)}${t(pluralKey('funnel.timeline.leadsBefore', timeline.leadsBeforePeriod, lang), { leads: fmt.count(timeline.leadsBeforePeriod) })}`}
      </p>
      {timeline.decidedThrough !== null && (
        <p class="notice">
          {withInHand
            ? t('funnel.timeline.decidedNote', {
                month: fmt.month(timeline.decidedThrough),
                revenue: fmt.money(timeline.revenueFromLeadsInHand),
                planned: fmt.money(timeline.plannedDecidedRevenue),
              })
            : t('funnel.timeline.decidedEmpty', { month: fmt.month(timeline.decidedThrough) })}
        </p>
      )}
      {inHandIgnored && <p class="notice warning">{t('funnel.inHand.ignored')}</p>}
      {!periodStartSet && (
        <p class="hint no-print">
          {t('funnel.timeline.noPeriodStart')}
          {sentenceGap(lang)}
          <a href={dataHref}>{t('funnel.timeline.setPeriodStart')}</a>
        </p>
      )}
      {/* It scrolls (long periods, narrow screens), so it takes focus for keyboard scrolling.
          "long": more months than a screen shows, the case for a scroll box of its own. */}
      <div class={timeline.months.length > 24 ? 'table-wrap timeline-table long' : 'table-wrap timeline-table'} tabIndex={0} role="region" aria-labelledby="funnel-timeline-caption">
        <table id="funnel-timeline-table">
          <caption id="funnel-timeline-caption" class="visually-hidden">
            {t('funnel.timeline.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('funnel.timeline.month')}</th>
              {stages.map((stage, i) => (
                <th scope="col" class="num" key={i}>
                  {stage}
                </th>
              ))}
              <th scope="col" class="num">{t('funnel.timeline.revenue')}</th>
              {withInHand && <th scope="col" class="num">{t('funnel.timeline.inHand')}</th>}
              {withInHand && <th scope="col" class="num">{t('funnel.timeline.inHandRevenue')}</th>}
              <th scope="col">{t('funnel.timeline.note')}</th>
            </tr>
          </thead>
          <tbody>
            {timeline.months.map((row, i) => (
              <tr key={row.month} class={!row.inPeriod ? 'before-period' : row.decided ? 'decided' : undefined}>
                <th scope="row">{monthNames[i]}</th>
                {row.counts.map((count, s) => (
                  <td class="num" key={s}>
                    <Amount value={fmt.flow(count)} />
                  </td>
                ))}
                <td class="num">
                  <Amount value={revenueMoney(row.revenue)} />
                </td>
                {withInHand && <td class="num"><Amount value={fmt.count(row.leadsInHand)} /></td>}
                {withInHand && <td class="num"><Amount value={inHandMoney(row.revenueFromLeadsInHand)} /></td>}
                <td>
                  {!row.inPeriod && <span class="tag before">{t('funnel.timeline.before')}</span>}
                  {row.decided && <span class="tag decided">{t('funnel.timeline.decided')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartBox
        label={t('funnel.chart.monthly', { first: monthNames[0] ?? '', last: monthNames[monthNames.length - 1] ?? '' })}
        describedBy="funnel-timeline-table"
        build={build}
      />
      <div class="actions">
        <button type="button" class="button secondary" onClick={downloadCsv}>
          {t('funnel.csv')}
        </button>
      </div>
    </section>
  );
}
