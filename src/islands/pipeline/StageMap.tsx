import { formatCount } from '../../lib/format';
import { listedStageValues } from '../../lib/pipeline/stage-list';
import type { StageMeaning, StageValue } from '../../lib/pipeline/stages';
import { useI18n } from '../kit/i18n';

const encode = (meaning: StageMeaning) => (typeof meaning === 'object' ? `stage:${meaning.stage}` : meaning);
const decode = (value: string): StageMeaning => (value.startsWith('stage:') ? { stage: Number(value.slice(6)) } : (value as 'won' | 'lost' | 'open'));

interface StageMapProps {
  values: readonly StageValue[];
  meanings: Record<string, StageMeaning>;
  /** The funnel's stages, top first: an open value can be placed on any but the last (won). */
  stages: readonly string[];
  /** A column says at which stage each lost deal was lost: its values are listed too. */
  lostStage: boolean;
  onChange: (meanings: Record<string, StageMeaning>) => void;
}

/** Every stage value of the file, with its count, and what it means: won, lost, open, or open at a funnel stage. */
export function StageMap({ values, meanings, stages, lostStage, onChange }: StageMapProps) {
  const { t, lang, marks } = useI18n();
  const { listed, unlisted } = listedStageValues(values);
  return (
    <section class="card" aria-labelledby="pipeline-stages-title">
      <h2 id="pipeline-stages-title">{t('pipeline.stages.title')}</h2>
      <p class="hint">{t('pipeline.stages.hint')}</p>
      {lostStage && <p class="hint">{t('pipeline.stages.lostStageHint', { column: t('pipeline.role.lostStage') })}</p>}
      {unlisted > 0 && (
        <p class="notice warning" role="status">
          {t('pipeline.stages.many', { n: formatCount(values.length, lang), shown: formatCount(listed.length, lang) })}
        </p>
      )}
      <div class="table-wrap" role="region" aria-labelledby="pipeline-stages-title" tabIndex={0}>
        <table class="data-table stage-map">
          <thead>
            <tr>
              <th scope="col">{t('pipeline.stages.value')}</th>
              <th scope="col" class="num count-beside">{t('pipeline.stages.count')}</th>
              <th scope="col">{t('pipeline.stages.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map(({ value, count }, i) => {
              const id = `pipeline-stage-${i}`;
              return (
                <tr key={value} class="meaning-row">
                  <th scope="row">
                    <label for={id}>{value}</label>
                    {/* On a phone the count goes under the value, leaving the meaning room to be read. */}
                    <span class="samples count-under">
                      {t('pipeline.stages.count')}
                      {marks.colon}
                      {formatCount(count, lang)}
                    </span>
                  </th>
                  <td class="num count-beside">{formatCount(count, lang)}</td>
                  <td class="meaning-choice">
                    <select id={id} value={encode(meanings[value] ?? 'open')} onChange={(event) => onChange({ ...meanings, [value]: decode(event.currentTarget.value) })}>
                      <option value="won">{t('pipeline.meaning.won')}</option>
                      <option value="lost">{t('pipeline.meaning.lost')}</option>
                      <option value="open">{t('pipeline.meaning.open')}</option>
                      {stages.slice(0, -1).map((stage, n) => (
                        <option key={n} value={`stage:${n}`}>
                          {t('pipeline.meaning.atStage', { stage })}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
