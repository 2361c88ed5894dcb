import { channelShareTotal } from '../../lib/funnel/channel-mix';
import type { ScenarioChannel } from '../../lib/funnel/scenario';
import { formatPercent } from '../../lib/format';
import { nextRowId } from '../../lib/rows';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { RowsTable } from '../kit/RowsTable';
import { TextField } from '../kit/TextField';
import { fieldId, problemAt, type SectionProps } from './fields';

/** One cost per lead, or a channel mix: name, online/offline, share of leads and cost per lead. */
export function BudgetFields({ scenario, edit, problems, currency }: SectionProps & { currency: Currency }) {
  const { t, lang, marks } = useI18n();
  const channels = scenario.channels;
  const setChannel = (index: number, change: Partial<ScenarioChannel>) =>
    edit((s) => ({ ...s, channels: s.channels.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const add = () =>
    edit((s) => ({
      ...s,
      channels: [
        ...s.channels,
        { id: nextRowId(s.channels, `${s.id}-c`), name: t('funnel.channel.newName', { n: s.channels.length + 1 }), kind: 'online', share: '', cpl: '' },
      ],
    }));
  const total = channelShareTotal(channels);
  const mixProblem = problemAt(problems, 'channels');
  const sharesOff = mixProblem?.code === 'inconsistent';

  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.budget')}</legend>
      <fieldset class="choice-group">
        <legend>{t('funnel.budgetMode')}</legend>
        {(['cpl', 'channels'] as const).map((mode) => (
          <div class="choice" key={mode}>
            <input
              type="radio"
              id={fieldId(`budgetMode.${mode}`)}
              name="funnel-budget-mode"
              checked={scenario.budgetMode === mode}
              onChange={() => edit((s) => ({ ...s, budgetMode: mode }))}
            />
            <label for={fieldId(`budgetMode.${mode}`)}>{t(`funnel.budgetMode.${mode}`)}</label>
          </div>
        ))}
      </fieldset>
      {scenario.budgetMode === 'cpl' ? (
        <NumberField
          id={fieldId('cpl')}
          label={t('funnel.cpl')}
          kind="money"
          currency={currency}
          value={scenario.cpl}
          onInput={(cpl) => edit((s) => ({ ...s, cpl }))}
          problem={problemAt(problems, 'cpl')}
        />
      ) : (
        <div class="channel-mix" role="group" aria-labelledby="funnel-channels-title" aria-describedby={mixProblem ? 'funnel-channels-problem' : undefined}>
          <h3 id="funnel-channels-title" class="subheading">
            {t('funnel.channels')}
          </h3>
          <RowsTable
            label={t('funnel.channels')}
            rows={channels}
            tableClass="channel-table"
            colgroup={
              <colgroup>
                <col class="col-name" />
                <col class="col-kind" />
                <col class="col-share" />
                <col class="col-cpl" />
                <col class="col-remove" />
              </colgroup>
            }
            columns={[
              { key: 'name', header: t('funnel.channel.name') },
              { key: 'kind', header: t('funnel.channel.kind') },
              { key: 'share', header: <>{t('funnel.channel.share')}<span class="unit">{marks.open}%{marks.close}</span></> },
              { key: 'cpl', header: <>{t('funnel.channel.cpl')}<span class="unit">{marks.open}{currency}{marks.close}</span></> },
            ]}
            cells={(channel, i) => {
              const row = t('kit.row', { n: i + 1 });
              const cell = (key: 'share' | 'cpl') => (
                <NumberField
                  id={fieldId(`channels.${i}.${key}`)}
                  label={`${t(`funnel.channel.${key}`)}${marks.comma}${row}`}
                  kind={key === 'share' ? 'percent' : 'money'}
                  currency={currency}
                  compact
                  value={channel[key]}
                  onInput={(v) => setChannel(i, { [key]: v })}
                  problem={problemAt(problems, `channels.${i}.${key}`)}
                />
              );
              return [
                <TextField id={fieldId(`channels.${i}.name`)} label={`${t('funnel.channel.name')}${marks.comma}${row}`} compact limit="name" value={channel.name} onInput={(name) => setChannel(i, { name })} />,
                <div class="field compact">
                  <label for={fieldId(`channels.${i}.kind`)} class="visually-hidden">
                    {`${t('funnel.channel.kind')}${marks.comma}${row}`}
                  </label>
                  <select id={fieldId(`channels.${i}.kind`)} value={channel.kind} onChange={(e) => setChannel(i, { kind: e.currentTarget.value as ScenarioChannel['kind'] })}>
                    <option value="online">{t('funnel.channel.online')}</option>
                    <option value="offline">{t('funnel.channel.offline')}</option>
                  </select>
                </div>,
                cell('share'),
                cell('cpl'),
              ];
            }}
            removeLabel={(i) => t('funnel.channel.remove', { n: i + 1 })}
            onRemove={(index) => edit((s) => ({ ...s, channels: s.channels.filter((_, i) => i !== index) }))}
            addLabel={t('funnel.channel.add')}
            onAdd={add}
          >
            {mixProblem ? (
              <p id="funnel-channels-problem" class="field-error">
                {sharesOff ? t('funnel.channel.totalOff', { total: formatPercent(total ?? 0, lang) }) : t('problem.noRows')}
              </p>
            ) : (
              total !== null && channels.length > 0 && <p class="hint">{t('funnel.channel.total', { total: formatPercent(total, lang) })}</p>
            )}
          </RowsTable>
        </div>
      )}
    </fieldset>
  );
}
