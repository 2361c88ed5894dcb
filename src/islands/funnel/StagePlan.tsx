import { useMemo } from 'preact/hooks';
import type { FunnelInput } from '../../lib/funnel/model';
import type { ReversePlan } from '../../lib/funnel/reverse';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ChartBox } from '../kit/ChartBox';
import { axisLabel, funnelChart } from '../kit/charts/configs';
import { barChartHeight } from '../../lib/wrap-label';
import type { Formatters } from './format';

interface StagePlanProps {
  reverse: ReversePlan;
  input: FunnelInput;
  fmt: Formatters;
}

/** Each stage's total, monthly flow and conversion, beside the funnel bars; the channel split. */
export function StagePlan({ reverse, input, fmt }: StagePlanProps) {
  const { t, marks } = useI18n();
  const { stages, steps } = input;
  const build = useMemo(
    () => funnelChart(stages, reverse.counts, t('funnel.stagePlan.total'), fmt.count),
    [stages.join('\u0000'), reverse.counts.join(','), fmt],
  );
  const budgetMoney = fmt.moneyColumn(reverse.channels.map((channel) => channel.budget));
  const summary = stages.map((stage, i) => `${stage} ${fmt.count(reverse.counts[i]!)}`).join(marks.list);

  return (
    <section class="stage-plan" aria-labelledby="funnel-stages-title">
      <Heading sub={1} id="funnel-stages-title">{t('funnel.stagePlan.title')}</Heading>
      <div class="pair">
        {/* Each table scrolls sideways on a phone, so its box takes focus for keyboard scrolling. */}
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="funnel-stage-caption">
          <table id="funnel-stage-table">
            <caption id="funnel-stage-caption" class="visually-hidden">{t('funnel.stagePlan.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funnel.stagePlan.stage')}</th>
                <th scope="col" class="num">{t('funnel.stagePlan.total')}</th>
                <th scope="col" class="num">{t('funnel.stagePlan.perMonth')}</th>
                <th scope="col" class="num">{t('funnel.stagePlan.conversion')}</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((stage, i) => (
                <tr key={i}>
                  <th scope="row">{stage}</th>
                  <td class="num">{fmt.count(reverse.counts[i]!)}</td>
                  <td class="num">{fmt.flow(reverse.perMonth[i]!)}</td>
                  <td class="num">{steps[i] ? fmt.percent(steps[i]!.rate.likely) : <span class="muted">{t('funnel.stagePlan.final')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ChartBox
          label={t('funnel.chart.funnel', { list: summary })}
          describedBy="funnel-stage-table"
          build={build}
          height={barChartHeight(stages.map(axisLabel), { least: Math.max(9, stages.length * 2.6), overhead: 3 })}
        />
      </div>
      {reverse.channels.length > 0 && (
        <div class="table-wrap channel-plan" tabIndex={0} role="region" aria-labelledby="funnel-channel-caption">
          <table>
            <caption id="funnel-channel-caption">{t('funnel.channelPlan.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('funnel.channel.name')}</th>
                <th scope="col">{t('funnel.channel.kind')}</th>
                <th scope="col" class="num">{t('funnel.channelPlan.leads')}</th>
                <th scope="col" class="num">{t('funnel.channelPlan.budget')}</th>
              </tr>
            </thead>
            <tbody>
              {reverse.channels.map((channel, i) => (
                <tr key={i}>
                  <th scope="row">{channel.name || t('kit.row', { n: i + 1 })}</th>
                  <td>{t(`funnel.channel.${channel.kind}`)}</td>
                  <td class="num">{fmt.count(channel.leads)}</td>
                  <td class="num">{budgetMoney(channel.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
