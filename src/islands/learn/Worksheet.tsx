import type { MessageKey } from '../../i18n/messages/types';
import { activePs, defaultWorksheets } from '../../lib/worksheet';
import { $worksheets, answerMarketingMix, updateMarketingMix } from '../../stores/worksheets';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { StorageBanner } from '../kit/StorageBanner';
import { TextField } from '../kit/TextField';
import { useClientStore } from '../kit/use-client-store';

function WorksheetForm({ dataHref }: { dataHref: string }) {
  const { t } = useI18n();
  const sheet = useClientStore($worksheets, defaultWorksheets()).marketingMix;
  const ps = activePs(sheet.model);
  const filled = ps.filter((p) => sheet.answers[p].trim() !== '').length;

  return (
    <div class="worksheet">
      <StorageBanner dataHref={dataHref} />
      <div class="fields">
        <TextField
          id="worksheet-subject"
          label={t('worksheet.subject')}
          limit="name"
          hint={t('worksheet.subjectHint')}
          value={sheet.subject}
          onInput={(subject) => updateMarketingMix({ subject })}
        />
        <fieldset class="worksheet-model">
          <legend>{t('worksheet.model')}</legend>
          {(['4p', '7p'] as const).map((model) => (
            <div class="choice" key={model}>
              <input
                type="radio"
                id={`worksheet-model-${model}`}
                name="worksheet-model"
                checked={sheet.model === model}
                onChange={() => updateMarketingMix({ model })}
              />
              <label for={`worksheet-model-${model}`}>{t(`worksheet.model${model}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
      </div>
      <ol class="worksheet-ps">
        {ps.map((p) => (
          <li key={p}>
            <TextField
              id={`worksheet-${p}`}
              label={t(`worksheet.p.${p}` as MessageKey)}
              hint={t(`worksheet.q.${p}` as MessageKey)}
              value={sheet.answers[p]}
              onInput={(value) => answerMarketingMix(p, value)}
              multiline
              rows={3}
            />
          </li>
        ))}
      </ol>
      <div class="actions">
        <p role="status" class="muted">
          {t('worksheet.filled', { n: filled, total: ps.length })}
        </p>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('worksheet.print')}
        </button>
      </div>
    </div>
  );
}

export default function Worksheet({ strings, dataHref }: { strings: IslandStrings; dataHref: string }) {
  return (
    <IslandRoot strings={strings}>
      <WorksheetForm dataHref={dataHref} />
    </IslandRoot>
  );
}
