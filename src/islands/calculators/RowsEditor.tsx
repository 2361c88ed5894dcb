import type { Problem } from '../../lib/problem';
import type { ColumnSpec, Row, RowsSpec } from '../../lib/kpi/types';
import { nextRowId } from '../../lib/rows';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
import { problemMessage } from '../kit/problem-message';
import { RowsTable } from '../kit/RowsTable';
import { TextField } from '../kit/TextField';
import type { CalculatorText } from './text';

interface RowsEditorProps {
  kpiId: string;
  spec: RowsSpec;
  rows: Row[];
  /** Rows of other lists, for choice columns (an opportunity's stage). */
  lists: Record<string, Row[]>;
  text: CalculatorText;
  currency: Currency;
  problems: readonly Problem[];
  /** Names an input or a cell by its id ('lines.0.revenue' → "Revenue, Row 1"). */
  nameOf: (field?: string) => string;
  /** Each row's computed figures (a line's margin), formatted, by row id then quantity id. */
  rowFigures: Record<string, Record<string, string>>;
  /** Changes the rows as they are when the change applies (see Calculator's `save`). */
  onChange: (change: (rows: Row[]) => Row[]) => void;
}

/** A list input (opportunities, product lines): a table of rows, added and removed by mouse or keyboard. */
export function RowsEditor({ kpiId, spec, rows, lists, text, currency, problems, nameOf, rowFigures, onChange }: RowsEditorProps) {
  const { t, marks, lang } = useI18n();
  const label = (column: ColumnSpec) => text.inputs[`${spec.id}.${column.id}`]?.label ?? column.id;
  const outputLabel = (id: string) => text.outputs[`${spec.id}.${id}`] ?? id;
  const listProblem = problems.find((p) => p.field === spec.id);

  const setCell = (index: number, column: string, value: string) =>
    onChange((current) => current.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  const add = () => {
    const blank: Row = { id: nextRowId(rows, spec.id) };
    for (const column of spec.columns) blank[column.id] = column.kind === 'choice' ? (lists[column.rows]?.[0]?.id ?? '') : '';
    onChange((current) => [...current, blank]);
  };

  const cell = (row: Row, index: number, column: ColumnSpec) => {
    const id = `${kpiId}-${spec.id}-${row.id}-${column.id}`;
    const cellLabel = `${label(column)}${marks.comma}${t('kit.row', { n: index + 1 })}`;
    const value = row[column.id] ?? '';
    if (column.kind === 'text') {
      return <TextField id={id} label={cellLabel} value={value} compact limit="name" onInput={(v) => setCell(index, column.id, v)} />;
    }
    if (column.kind === 'choice') {
      // A choice whose option is gone (its stage removed) shows blank: said beside it, not only in the figure.
      const problem = problems.find((p) => p.field === `${spec.id}.${index}.${column.id}`);
      return (
        <div class="field compact">
          <label for={id} class="visually-hidden">
            {cellLabel}
          </label>
          <select
            id={id}
            value={value}
            onChange={(e) => setCell(index, column.id, e.currentTarget.value)}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? `${id}-error` : undefined}
          >
            {(lists[column.rows] ?? []).map((option, optionIndex) => (
              <option key={option.id} value={option.id}>
                {option.name?.trim() || t('kit.row', { n: optionIndex + 1 })}
              </option>
            ))}
          </select>
          {problem && (
            <p id={`${id}-error`} class="field-error">
              {problemMessage(t, problem, cellLabel, nameOf, lang)}
            </p>
          )}
        </div>
      );
    }
    return (
      <NumberField
        id={id}
        label={cellLabel}
        kind={column.kind}
        rule={column}
        value={value}
        compact
        currency={currency}
        onInput={(v) => setCell(index, column.id, v)}
        problem={problems.find((p) => p.field === `${spec.id}.${index}.${column.id}`)}
        nameOf={nameOf}
      />
    );
  };

  return (
    <fieldset class="rows-editor" aria-describedby={listProblem ? `${kpiId}-${spec.id}-error` : undefined}>
      <legend>{text.inputs[spec.id]?.label ?? spec.id}</legend>
      {text.inputs[spec.id]?.hint && <p class="hint">{text.inputs[spec.id]?.hint}</p>}
      <RowsTable
        label={text.inputs[spec.id]?.label ?? spec.id}
        rows={rows}
        numbered
        columns={[
          ...spec.columns.map((column) => ({
            key: column.id,
            header: (
              <>
                {label(column)}
                {column.kind === 'money' && <span class="unit">{marks.open}{currency}{marks.close}</span>}
                {column.kind === 'percent' && <span class="unit">{marks.open}%{marks.close}</span>}
              </>
            ),
          })),
          ...spec.rowQuantities.map((quantity) => ({ key: quantity.id, header: outputLabel(quantity.id), class: 'num' })),
        ]}
        cells={(row, index) => [
          ...spec.columns.map((column) => cell(row, index, column)),
          ...spec.rowQuantities.map((quantity) => (
            <output aria-label={`${outputLabel(quantity.id)}${marks.comma}${t('kit.row', { n: index + 1 })}`}>
              {rowFigures[row.id]?.[quantity.id] ?? '–'}
            </output>
          )),
        ]}
        removeLabel={(index) => t('kit.removeRow', { n: index + 1 })}
        onRemove={(index) => onChange((current) => current.filter((_, i) => i !== index))}
        addLabel={t('kit.addRow')}
        onAdd={add}
      >
        {listProblem && (
          <p id={`${kpiId}-${spec.id}-error`} class="field-error">
            {t('problem.noRows')}
          </p>
        )}
      </RowsTable>
    </fieldset>
  );
}
