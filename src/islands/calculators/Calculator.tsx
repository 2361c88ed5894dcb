import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { KpiDefinition, KpiInput, Row } from '../../lib/kpi/types';
import { clearedInput, isExampleInput } from '../../lib/kpi/example';
import { workedTerms } from '../../lib/kpi/worked';
import { isolate } from '../../lib/bidi';
import { formatFigure, moneyFractionDigits } from '../../lib/format';
import { calculatorShareShape, type CalculatorInput } from '../../lib/persist/areas/calculators';
import { SHARE_PARAM } from '../../lib/persist/share-hash';
import { $calculators, resetCalculator, setCalculatorInput, updateCalculatorInput } from '../../stores/calculators';
import { useSettings } from '../kit/use-settings';
import { Figure } from '../kit/Figure';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { NumberField } from '../kit/NumberField';
import { problemMessage } from '../kit/problem-message';
import { ShareButton } from '../kit/ShareButton';
import { StorageBanner } from '../kit/StorageBanner';
import { Toast } from '../kit/Toast';
import { useClientStore } from '../kit/use-client-store';
import { useIncomingShare } from '../kit/use-incoming-share';
import { ExampleNotice } from './ExampleNotice';
import { ResultBar } from './ResultBar';
import type { RowsEditor } from './RowsEditor';
import type { CalculatorText } from './text';
import { fillWorked } from './worked';
import { sentenceGap } from '../../i18n/punctuation';

export interface CalculatorProps {
  kpiId: string;
  text: CalculatorText;
  /** The formula with `{quantity}` placeholders, filled with the user's figures. */
  worked?: string | undefined;
  dataHref: string;
  /** Every calculator's name and page in this language, by KPI id: where a link made on another one opens. */
  others?: Record<string, { name: string; href: string }> | undefined;
}

/** A fresh calculator: the definition's example figures, its rows named in the page's language. */
function exampleInput(kpi: KpiDefinition, names: Record<string, string[]>): CalculatorInput {
  return {
    fields: Object.fromEntries(kpi.fields.map((field) => [field.id, field.example])),
    rows: Object.fromEntries(
      kpi.rows.map((rows) => [rows.id, rows.example.map((row, i) => ({ ...row, name: names[rows.id]?.[i] ?? row.name ?? '' }))]),
    ),
  };
}

/**
 * What only some groups need: the list editor (for KPIs that read rows) and a note under the
 * figures. A group that has neither never loads them.
 */
export interface CalculatorParts {
  RowsEditor?: typeof RowsEditor;
  Note?: ComponentType<{ kpiId: string; values: Record<string, number> }>;
}

function CalculatorForm({
  kpi,
  kpiId,
  text,
  worked,
  dataHref,
  others,
  parts: { RowsEditor, Note },
}: CalculatorProps & { kpi: KpiDefinition; parts: CalculatorParts }) {
  const { t, lang, marks } = useI18n();
  const example = exampleInput(kpi, text.exampleNames);
  const stored = useClientStore($calculators, {})[kpiId];
  const settings = useSettings();
  const input: CalculatorInput = stored ?? example;
  const [undo, setUndo] = useState<CalculatorInput | null>(null);

  const incoming = useIncomingShare({
    shape: calculatorShareShape,
    hasLocalWork: () => $calculators.get()[kpiId] !== undefined,
    apply: (data) => {
      if (data.kpi === kpiId) setCalculatorInput(kpiId, data.input);
    },
    // A link made on another calculator says what it holds and opens that one, with its inputs.
    elsewhere: (data, hash) => {
      if (data.kpi === kpiId) return null;
      const other = others?.[data.kpi];
      const name = isolate(other?.name ?? data.kpi);
      return { text: t('share.otherCalculator', { name }), link: other && { href: `${other.href}${hash}`, label: t('share.openOther', { name }) } };
    },
  });

  // Edits apply to the stored input as it is when they happen, not as this render saw it: edits
  // typed before the tool started arrive together, before it re-renders.
  const save = (change: (current: CalculatorInput) => CalculatorInput) => updateCalculatorInput(kpiId, example, change);
  const setField = (id: string, value: string) => save((current) => ({ ...current, fields: { ...current.fields, [id]: value } }));
  const setRows = (id: string, change: (rows: Row[]) => Row[]) =>
    save((current) => ({ ...current, rows: { ...current.rows, [id]: change(current.rows[id] ?? []) } }));

  const result = kpi.compute({ ...(input as KpiInput), currency: settings.currency });
  const problems = result.ok ? [] : result.problems;
  const format = { locale: lang, currency: settings.currency };
  // The money figures shown together (the results grid, the worked formula) share their decimals.
  const moneyValues = result.ok
    ? kpi.quantities.filter((q) => q.format === 'money').flatMap((q) => (result.values[q.id] === undefined ? [] : [result.values[q.id]!]))
    : [];
  const figureFormat = { ...format, moneyDigits: moneyFractionDigits(moneyValues, settings.currency) };
  const formatted = (id: string) => {
    const quantity = kpi.quantities.find((q) => q.id === id);
    return result.ok && quantity && result.values[id] !== undefined ? formatFigure(result.values[id], quantity.format, figureFormat) : null;
  };
  // The worked formula's placeholders built from the rows (the pipeline's value × probability terms).
  const rowTerms = worked && result.ok ? workedTerms(kpiId, input as KpiInput, figureFormat) : {};
  // A problem that is about the whole figure (a zero denominator) is said in place of it.
  const figureProblem = problems.find((p) => p.code !== 'empty' && p.code !== 'notANumber') ?? problems[0];
  // A field's name as its input is labelled: a row's cell is "Profit, Row 2".
  const fieldName = (field: string | undefined) => {
    if (!field) return '';
    const [list = '', index, column] = field.split('.');
    const cell = column === undefined ? undefined : text.inputs[`${list}.${column}`]?.label;
    if (cell) return `${cell}${marks.comma}${t('kit.row', { n: Number(index) + 1 })}`;
    return text.inputs[field]?.label ?? text.inputs[list]?.label ?? '';
  };
  const reason = figureProblem
    ? problemMessage(t, figureProblem, fieldName(figureProblem.field), fieldName, lang)
    : t('problem.figureUnavailable');
  const inputIds = kpi.fields.map((field) => `${kpiId}-${field.id}`);
  const headline = kpi.outputs[0]!;
  const showingExample = isExampleInput(input as KpiInput, example as KpiInput);
  const rowFigures = (spec: (typeof kpi.rows)[number]) => {
    const byRow = result.ok ? (result.rowValues[spec.id] ?? {}) : {};
    // Each quantity is a column across the rows: one number of decimals for all of it.
    const columnFormat = Object.fromEntries(
      spec.rowQuantities.map((q) => [
        q.id,
        {
          ...format,
          moneyDigits: moneyFractionDigits(
            Object.values(byRow).flatMap((values) => (values[q.id] === undefined ? [] : [values[q.id]!])),
            settings.currency,
          ),
        },
      ]),
    );
    return Object.fromEntries(
      Object.entries(byRow).map(([rowId, values]) => [
        rowId,
        Object.fromEntries(
          spec.rowQuantities.map((q) => {
            const value = values[q.id];
            return [q.id, value === undefined ? '–' : formatFigure(value, q.format, columnFormat[q.id] ?? format)];
          }),
        ),
      ]),
    );
  };

  return (
    // Inputs and figures, not prose: search indexes the explanation around the calculator.
    <div class="calculator" data-pagefind-ignore>
      <StorageBanner dataHref={dataHref} />
      {incoming}
      <div class={kpi.rows.length > 0 ? 'tool-grid wide-inputs' : 'tool-grid'}>
        <section aria-labelledby={`${kpiId}-inputs`} class="card calculator-inputs">
          <ResultBar label={text.outputs[headline.id] ?? headline.id} value={formatted(headline.id)} reason={reason} />
          <h2 id={`${kpiId}-inputs`}>{t('calc.inputs')}</h2>
          {showingExample && (
            <ExampleNotice
              id={`${kpiId}-example`}
              onClear={() => {
                setUndo(structuredClone(input));
                setCalculatorInput(kpiId, clearedInput(kpi, example as KpiInput) as CalculatorInput);
                document.getElementById(inputIds[0] ?? '')?.focus();
              }}
            />
          )}
          {kpi.fields.map((field) => (
            <NumberField
              key={field.id}
              id={`${kpiId}-${field.id}`}
              label={text.inputs[field.id]?.label ?? field.id}
              hint={text.inputs[field.id]?.hint}
              kind={field.kind}
              rule={field}
              currency={settings.currency}
              value={input.fields[field.id] ?? ''}
              onInput={(value) => setField(field.id, value)}
              problem={problems.find((p) => p.field === field.id)}
              nameOf={fieldName}
            />
          ))}
          {RowsEditor &&
            kpi.rows.map((spec) => (
              <RowsEditor
                key={spec.id}
                kpiId={kpiId}
                spec={spec}
                rows={input.rows[spec.id] ?? []}
                lists={input.rows}
                text={text}
                currency={settings.currency}
                problems={problems}
                nameOf={fieldName}
                rowFigures={rowFigures(spec)}
                onChange={(change) => setRows(spec.id, change)}
              />
            ))}
          <p class="hint">
            {t('calc.currencyNote', { currency: settings.currency })}
            {sentenceGap(lang)}
            <a href={dataHref}>{t('calc.changeCurrency')}</a>
          </p>
        </section>

        <section aria-labelledby={`${kpiId}-results`} class="results">
          <h2 id={`${kpiId}-results`}>{t('calc.results')}</h2>
          <div class="figures">
            {kpi.outputs.map((output, index) => (
              <Figure
                key={output.id}
                id={`${kpiId}-out-${output.id}`}
                label={text.outputs[output.id] ?? output.id}
                value={formatted(output.id)}
                reason={reason}
                inputs={inputIds}
                headline={index === 0}
              />
            ))}
          </div>
          {Note && result.ok && <Note kpiId={kpiId} values={result.values} />}
          {worked && result.ok && (
            <div class="worked">
              <h3>{t('calc.withYourNumbers')}</h3>
              <p class="worked-formula">
                {fillWorked(worked, (id) => rowTerms[id] ?? formatted(id))}
              </p>
            </div>
          )}
          <div class="actions">
            <ShareButton
              makeHash={async () => {
                const { encodeShare } = await import('../../lib/persist/share');
                return `#${SHARE_PARAM}=${await encodeShare(calculatorShareShape, { kpi: kpiId, input })}`;
              }}
            />
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setUndo(structuredClone(input));
                resetCalculator(kpiId);
              }}
            >
              {t('kit.reset')}
            </button>
          </div>
        </section>
      </div>
      <Toast
        message={undo ? (isExampleInput(undo as KpiInput, example as KpiInput) ? t('calc.examplesCleared') : t('calc.resetDone')) : null}
        actionLabel={t('kit.undo')}
        onAction={() => {
          if (undo) setCalculatorInput(kpiId, undo);
          setUndo(null);
        }}
        onDismiss={() => setUndo(null)}
        dismissLabel={t('kit.dismiss')}
      />
    </div>
  );
}

/**
 * The island for one group of KPIs. Each group is its own island entry, so a calculator page
 * loads only its group's formulas, not all eighteen.
 */
export function calculatorIsland(definitions: readonly KpiDefinition[], parts: CalculatorParts = {}) {
  return function Calculator({ strings, ...props }: CalculatorProps & { strings: IslandStrings }) {
    const kpi = definitions.find((definition) => definition.id === props.kpiId);
    if (!kpi) throw new Error(`Unknown KPI ${props.kpiId}`);
    if (kpi.rows.length > 0 && !parts.RowsEditor) throw new Error(`KPI ${kpi.id} reads lists; its island needs the RowsEditor`);
    return (
      <IslandRoot strings={strings}>
        <CalculatorForm kpi={kpi} parts={parts} {...props} />
      </IslandRoot>
    );
  };
}
