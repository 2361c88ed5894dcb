import { MAX_STAGES, MIN_STAGES } from '../../lib/funnel/model';
import { MAX_LAG_DAYS } from '../../lib/funnel/parse-scenario';
import type { Scenario, ScenarioStep } from '../../lib/funnel/scenario';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { TextField } from '../kit/TextField';
import { fieldId, problemAt, type SectionProps } from './fields';
import { sourceNote } from './source-note';

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** Inserts a stage before the last (the deals), letting everyone through until its rate is set. */
function withStageAdded(s: Scenario, name: string): Scenario {
  const at = s.stages.length - 1;
  const passThrough: ScenarioStep = { rate: '100', rateLow: '', rateHigh: '', lagDays: '0' };
  return { ...s, stages: [...s.stages.slice(0, at), name, ...s.stages.slice(at)], steps: [...s.steps, passThrough] };
}

/** Removes a stage and the step that leaves it (the last stage: the step into it). */
function withStageRemoved(s: Scenario, index: number): Scenario {
  const step = Math.min(index, s.steps.length - 1);
  return { ...s, stages: s.stages.filter((_, i) => i !== index), steps: s.steps.filter((_, i) => i !== step) };
}

/** Stage names and, between each pair, the conversion (likely, low, high) and the lag. */
export function StagesEditor({ scenario, edit, problems }: SectionProps) {
  const { t, lang } = useI18n();
  const { stages, steps } = scenario;
  const setStep = (index: number, key: keyof ScenarioStep, value: string) =>
    edit((s) => ({ ...s, steps: s.steps.map((step, i) => (i === index ? { ...step, [key]: value } : step)) }));
  const setName = (index: number, value: string) =>
    edit((s) => ({ ...s, stages: s.stages.map((name, i) => (i === index ? value : name)) }));
  const add = () => {
    edit((s) => withStageAdded(s, t('funnel.stage.newName', { n: s.stages.length })));
    focusLater(fieldId(`stages.${stages.length - 1}`));
  };
  const remove = (index: number) => {
    edit((s) => withStageRemoved(s, index));
    focusLater(fieldId(`stages.${Math.min(index, stages.length - 2)}`));
  };

  const note = (path: string, value: string) => sourceNote(t, lang, scenario, path, value);
  // A stage is named by the team: a blank name is flagged where it is, and the step around it says "Stage 2".
  const shownName = (i: number) => stages[i]?.trim() || t('funnel.stageName', { n: i + 1 });
  const rate = (i: number, key: 'rate' | 'rateLow' | 'rateHigh', label: string) => (
    <NumberField
      id={fieldId(`steps.${i}.${key}`)}
      label={label}
      hint={note(`steps.${i}.${key}`, steps[i]![key])}
      kind="percent"
      value={steps[i]![key]}
      onInput={(v) => setStep(i, key, v)}
      problem={problemAt(problems, `steps.${i}.${key}`)}
      // A low or high is only ever held against the likely rate beside it.
      nameOf={() => t('funnel.step.rate')}
      optional={key !== 'rate'}
    />
  );

  return (
    <fieldset class="funnel-section">
      <legend>{t('funnel.section.stages')}</legend>
      <p class="hint">{t('funnel.stagesHint')}</p>
      <div class="stage-list">
        {stages.map((name, i) => (
          <div key={i} class="stage-block">
            <div class="stage-row">
              <TextField
                id={fieldId(`stages.${i}`)}
                label={t('funnel.stageName', { n: i + 1 })}
                value={name}
                onInput={(v) => setName(i, v)}
                limit="name"
                error={name.trim() === '' ? t('funnel.stage.blank') : null}
              />
              {stages.length > MIN_STAGES && (
                <button
                  type="button"
                  class="icon-button"
                  aria-label={t('funnel.stage.remove', { name: shownName(i) })}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              )}
            </div>
            {i < steps.length && (
              <fieldset class="step">
                <legend>{t('funnel.step', { from: shownName(i), to: shownName(i + 1) })}</legend>
                <div class="step-fields">
                  {rate(i, 'rate', t('funnel.step.rate'))}
                  {rate(i, 'rateLow', t('funnel.low'))}
                  {rate(i, 'rateHigh', t('funnel.high'))}
                  <NumberField
                    id={fieldId(`steps.${i}.lagDays`)}
                    label={t('funnel.step.lag')}
                    hint={note(`steps.${i}.lagDays`, steps[i]!.lagDays)}
                    kind="days"
                    rule={{ max: MAX_LAG_DAYS }}
                    value={steps[i]!.lagDays}
                    onInput={(v) => setStep(i, 'lagDays', v)}
                    problem={problemAt(problems, `steps.${i}.lagDays`)}
                  />
                </div>
              </fieldset>
            )}
          </div>
        ))}
      </div>
      {stages.length < MAX_STAGES && (
        <>
          <button type="button" class="button secondary add-stage" onClick={add} aria-describedby="funnel-add-stage-hint">
            + {t('funnel.stage.add')}
          </button>
          <p id="funnel-add-stage-hint" class="hint">
            {t('funnel.stage.addHint')}
          </p>
        </>
      )}
    </fieldset>
  );
}
