import { useEffect, useRef } from 'preact/hooks';
import type { Problem } from '../../lib/problem';
import type { ColumnSpec, Row, RowsSpec } from '../../lib/kpi/types';
import { nextRowId } from '../../lib/rows';
import type { Currency } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { NumberField } from '../kit/NumberField';
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
  /** Each row's computed figures (a line's margin), formatted, by row id then quantity id. */
  rowFigures: Record<string, Record<string, string>>;
  onChange: (rows: Row[]) => void;
}

/** A list input: a table of rows, added and removed by mouse or keyboard. */
export function RowsEditor({ kpiId, spec, rows, lists, text, currency, problems, rowFigures, onChange }: RowsEditorProps) {
  const { t } = useI18n();
  const tableRef = useRef<HTMLTableElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list has re-rendered: a new row's first field, or the Add button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === '') addButtonRef.current?.focus();
    else tableRef.current?.querySelector<HTMLElement>(`tr[data-row="${CSS.escape(target)}"] :is(input, select)`)?.focus();
  });
  const label = (column: ColumnSpec) => text.inputs[`${spec.id}.${column.id}`]?.label ?? column.id;
  const listProblem = problems.find((p) => p.field === spec.id);

  const setCell = (index: number, column: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  const add = () => {
    const blank: Row = { id: nextRowId(rows, spec.id) };
    for (const column of spec.columns) blank[column.id] = column.kind === 'choice' ? (lists[column.rows]?.[0]?.id ?? '') : '';
    focusNext.current = blank.id; // keyboard users carry on typing in the new row
    onChange([...rows, blank]);
  };
  const remove = (index: number) => {
    focusNext.current = '';
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <fieldset class="rows-editor" aria-describedby={listProblem ? `${kpiId}-${spec.id}-error` : undefined}>
      <legend>{text.inputs[spec.id]?.label ?? spec.id}</legend>
      {text.inputs[spec.id]?.hint && <p class="hint">{text.inputs[spec.id]?.hint}</p>}
      <div class="table-wrap">
        <table class="rows-table" ref={tableRef}>
          <thead>
            <tr>
              <th scope="col" class="row-number">#</th>
              {spec.columns.map((column) => (
                <th scope="col" key={column.id}>
                  {label(column)}
                  {column.kind === 'money' && <span class="unit"> ({currency})</span>}
                  {column.kind === 'percent' && <span class="unit"> (%)</span>}
                </th>
              ))}
              {spec.rowQuantities.map((quantity) => (
                <th scope="col" class="num" key={quantity.id}>
                  {text.outputs[`${spec.id}.${quantity.id}`] ?? quantity.id}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{t('kit.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} data-row={row.id}>
                <td class="row-number">{index + 1}</td>
                {spec.columns.map((column) => {
                  const id = `${kpiId}-${spec.id}-${row.id}-${column.id}`;
                  const cellLabel = `${label(column)}, ${t('kit.row', { n: index + 1 })}`;
                  const value = row[column.id] ?? '';
                  return (
                    <td key={column.id}>
                      {column.kind === 'text' ? (
                        <TextField id={id} label={cellLabel} value={value} compact onInput={(v) => setCell(index, column.id, v)} />
                      ) : column.kind === 'choice' ? (
                        <div class="field compact">
                          <label for={id} class="visually-hidden">
                            {cellLabel}
                          </label>
                          <select id={id} value={value} onChange={(e) => setCell(index, column.id, e.currentTarget.value)}>
                            {(lists[column.rows] ?? []).map((option, optionIndex) => (
                              <option key={option.id} value={option.id}>
                                {option.name?.trim() || t('kit.row', { n: optionIndex + 1 })}
                              </option>
                            ))}
                          </select>
                        </div>
                      ) : (
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
                        />
                      )}
                    </td>
                  );
                })}
                {spec.rowQuantities.map((quantity) => (
                  <td class="num" key={quantity.id}>
                    <output
                      aria-label={`${text.outputs[`${spec.id}.${quantity.id}`] ?? quantity.id}, ${t('kit.row', { n: index + 1 })}`}
                    >
                      {rowFigures[row.id]?.[quantity.id] ?? '–'}
                    </output>
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    class="icon-button"
                    aria-label={t('kit.removeRow', { n: index + 1 })}
                    onClick={() => remove(index)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listProblem && (
        <p id={`${kpiId}-${spec.id}-error`} class="field-error">
          {t('problem.noRows')}
        </p>
      )}
      <button type="button" class="button secondary add-row" ref={addButtonRef} onClick={add}>
        + {t('kit.addRow')}
      </button>
    </fieldset>
  );
}
