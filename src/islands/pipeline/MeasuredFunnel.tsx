import { formatCount, formatDate, formatMoney, formatMoneyColumn, formatMonth, formatPercent, formatUnit, moneyFractionDigits, type FormatOptions } from '../../lib/format';
import type { PipelineSummary, Spread } from '../../lib/pipeline/summary';
import { ChartBox } from '../kit/ChartBox';
import { monthlyChart } from '../kit/charts/configs';
import { Figure } from '../kit/Figure';
import { Heading } from '../kit/Heading';
import { sentenceGap } from '../../i18n/punctuation';
import { pluralKey } from '../../i18n/text';
import { useI18n } from '../kit/i18n';
import { GroupTable } from './GroupTable';

/**
 * The measured funnel: every figure of the summary, as figures, tables and a chart with its table.
 * `amounts`: the file has an amount column; without one, no money figure is shown as 0.
 * `lostStage`: a column says at which stage lost deals were lost.
 */
export function MeasuredFunnel({ summary, format, amounts, lostStage }: { summary: PipelineSummary; format: FormatOptions; amounts: boolean; lostStage: boolean }) {
  const { t, lang, marks } = useI18n();
  const none = t('pipeline.figure.none');
  const decided = summary.outcomes.won + summary.outcomes.lost;
  const money = { ...format, moneyDigits: moneyFractionDigits([summary.wonRevenue, summary.wonDeal.mean ?? 0, summary.wonDeal.median ?? 0, summary.open.value], format.currency) };
  const days = (value: number | null) => (value === null ? none : formatUnit(value, lang, 'day', 0));
  const percent = (share: number | null) => (share === null ? none : formatPercent(share * 100, lang, 1));
  const moneyOrNone = (value: number | null) => (value === null ? none : formatMoney(value, money));
  const spreadRow = (label: string, spread: Spread, show: (value: number | null) => string) => (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{show(spread.p10)}</td>
      <td class="num">{show(spread.median)}</td>
      <td class="num">{show(spread.p90)}</td>
      <td class="num">{show(spread.mean)}</td>
      <td class="num">{formatCount(spread.count, lang)}</td>
    </tr>
  );
  const months = summary.bookings.map((b) => formatMonth(b.month, lang));
  const bookingRevenue = formatMoneyColumn(summary.bookings.map((b) => b.revenue), format);

  return (
    <section class="measured" aria-labelledby="pipeline-measured-title">
      <Heading id="pipeline-measured-title">{t('pipeline.measured.title')}</Heading>
      <p class="hint">
        {t(pluralKey('pipeline.measured.counted', summary.rows, lang), { counted: formatCount(summary.counted, lang), rows: formatCount(summary.rows, lang) })}
        {summary.asOf && `${sentenceGap(lang)}${t('pipeline.measured.asOf', { date: formatDate(summary.asOf, lang) })}`}
      </p>
      <div class="figures">
        <Figure id="pipeline-win-rate" label={t('pipeline.figure.winRate')} value={summary.winRate === null ? null : percent(summary.winRate)} reason={t('pipeline.figure.needsDecided')} headline />
        <Figure id="pipeline-won" label={t('pipeline.figure.won')} value={formatCount(summary.outcomes.won, lang)} />
        <Figure id="pipeline-lost" label={t('pipeline.figure.lost')} value={formatCount(summary.outcomes.lost, lang)} />
        <Figure id="pipeline-open" label={t('pipeline.figure.open')} value={formatCount(summary.outcomes.open, lang)} />
        <Figure
          id="pipeline-revenue"
          label={t('pipeline.figure.wonRevenue')}
          value={!amounts || (summary.outcomes.won > 0 && summary.wonDeal.count === 0) ? null : formatMoney(summary.wonRevenue, money)}
          reason={t(amounts ? 'pipeline.figure.needsAmounts' : 'pipeline.figure.needsAmountColumn')}
        />
        <Figure id="pipeline-average" label={t('pipeline.figure.averageDeal')} value={summary.wonDeal.mean === null ? null : moneyOrNone(summary.wonDeal.mean)} reason={t('pipeline.figure.needsAmounts')} />
        <Figure id="pipeline-median" label={t('pipeline.figure.medianDeal')} value={summary.wonDeal.median === null ? null : moneyOrNone(summary.wonDeal.median)} reason={t('pipeline.figure.needsAmounts')} />
        <Figure id="pipeline-cycle" label={t('pipeline.figure.cycleWon')} value={summary.cycleWon.median === null ? null : days(summary.cycleWon.median)} reason={t('pipeline.figure.needsDates')} />
        <Figure id="pipeline-open-value" label={t('pipeline.figure.openValue')} value={amounts ? formatMoney(summary.open.value, money) : null} reason={t('pipeline.figure.needsAmountColumn')} />
        <Figure
          id="pipeline-open-age"
          label={t('pipeline.figure.openAge')}
          value={summary.open.ageDays.median === null ? null : days(summary.open.ageDays.median)}
          reason={t(summary.open.count === 0 ? 'pipeline.figure.noOpen' : 'pipeline.figure.needsDates')}
        />
      </div>
      <p class="hint">{t(pluralKey('pipeline.measured.decided', decided, lang), { n: formatCount(decided, lang) })}</p>

      <div class="table-wrap" role="region" aria-labelledby="pipeline-spread-caption" tabIndex={0}>
        <table class="data-table">
          <caption id="pipeline-spread-caption">{t('pipeline.spread.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pipeline.spread.measure')}</th>
              <th scope="col" class="num">P10</th>
              <th scope="col" class="num">{t('pipeline.spread.median')}</th>
              <th scope="col" class="num">P90</th>
              <th scope="col" class="num">{t('pipeline.spread.mean')}</th>
              <th scope="col" class="num">{t('pipeline.spread.count')}</th>
            </tr>
          </thead>
          <tbody>
            {spreadRow(t('pipeline.spread.wonDeal'), summary.wonDeal, moneyOrNone)}
            {spreadRow(t('pipeline.spread.cycleWon'), summary.cycleWon, days)}
            {spreadRow(t('pipeline.spread.cycleLost'), summary.cycleLost, days)}
            {spreadRow(t('pipeline.spread.openAge'), summary.open.ageDays, days)}
            {spreadRow(t('pipeline.spread.monthlyWinRate'), summary.monthlyWinRate, percent)}
            {spreadRow(t('pipeline.spread.monthlyDealSize'), summary.monthlyDealSize, moneyOrNone)}
          </tbody>
        </table>
      </div>

      {summary.bookings.length > 0 && (
        <div class="bookings">
          <Heading sub={1} id="pipeline-bookings-title">
            {t('pipeline.bookings.title')}
          </Heading>
          <ChartBox
            label={t(pluralKey('pipeline.bookings.chart', summary.bookings.length, lang), { months: formatCount(summary.bookings.length, lang) })}
            describedBy="pipeline-bookings-table"
            build={monthlyChart(months, [t('pipeline.bookings.revenue')], [summary.bookings.map((b) => b.revenue)], (value) => formatMoney(value, format), marks.colon)}
          />
          <div class="table-wrap" role="region" aria-labelledby="pipeline-bookings-title" tabIndex={0}>
            <table class="data-table" id="pipeline-bookings-table">
              <thead>
                <tr>
                  <th scope="col">{t('pipeline.bookings.month')}</th>
                  <th scope="col" class="num">{t('pipeline.figure.won')}</th>
                  <th scope="col" class="num">{t('pipeline.figure.lost')}</th>
                  <th scope="col" class="num">{t('pipeline.bookings.winRate')}</th>
                  <th scope="col" class="num">{t('pipeline.bookings.revenue')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.bookings.map((b, i) => (
                  <tr key={b.month}>
                    <th scope="row">{months[i]}</th>
                    <td class="num">{formatCount(b.won, lang)}</td>
                    <td class="num">{formatCount(b.lost, lang)}</td>
                    <td class="num">{percent(b.won + b.lost > 0 ? b.won / (b.won + b.lost) : null)}</td>
                    <td class="num">{bookingRevenue[i]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      <GroupTable id="pipeline-owners" title={t('pipeline.owners.title')} rows={summary.owners} format={format} amounts={amounts} />
      <GroupTable id="pipeline-products" title={t('pipeline.products.title')} rows={summary.products} format={format} amounts={amounts} />
      <GroupTable id="pipeline-sources" title={t('pipeline.sources.title')} rows={summary.sources} format={format} amounts={amounts} />

      {summary.stageReach.length > 0 && (
        <>
          <div class="table-wrap" role="region" aria-labelledby="pipeline-reach-caption" tabIndex={0}>
            <table class="data-table" aria-describedby="pipeline-reach-basis">
              <caption id="pipeline-reach-caption">{t('pipeline.reach.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pipeline.reach.stage')}</th>
                  <th scope="col" class="num">{t('pipeline.reach.count')}</th>
                  <th scope="col" class="num">{t('pipeline.reach.conversion')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.stageReach.map((stage, i) => {
                  const before = i > 0 ? summary.stageReach[i - 1]!.count : null;
                  return (
                    <tr key={i}>
                      <th scope="row">{stage.stage}</th>
                      <td class="num">{formatCount(stage.count, lang)}</td>
                      <td class="num">{before === null ? '' : before === 0 ? none : percent(stage.count / before)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <ReachBasis summary={summary} lostStage={lostStage} winRate={percent(summary.winRate)} />
        </>
      )}
    </section>
  );
}

/**
 * What the stage-to-stage steps are counted over, and the deals left out of them: lost deals
 * whose stage the file does not say, open deals not placed. The win rate counts every lost deal,
 * so where some are left out here the steps can read higher than it: said, never left to puzzle.
 */
function ReachBasis({ summary, lostStage, winRate }: { summary: PipelineSummary; lostStage: boolean; winRate: string }) {
  const { t, lang } = useI18n();
  const leftOut = summary.stageReachLeftOut;
  const column = t('pipeline.role.lostStage');
  return (
    <div id="pipeline-reach-basis" class="hint">
      <p>{t('pipeline.reach.basis')}</p>
      {leftOut && leftOut.lost > 0 && (
        <p>{t(lostStage ? 'pipeline.reach.leftOutLostValues' : 'pipeline.reach.leftOutLost', { n: formatCount(leftOut.lost, lang), winRate, column })}</p>
      )}
      {leftOut && leftOut.open > 0 && <p>{t('pipeline.reach.leftOutOpen', { n: formatCount(leftOut.open, lang) })}</p>}
    </div>
  );
}
