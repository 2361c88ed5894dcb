import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from './i18n';

export interface RowsTableColumn {
  key: string;
  header: ComponentChildren;
  class?: string;
}

export interface RowsTableProps<R extends { id: string }> {
  /** The list's name, for the scrolling region a keyboard user can focus on a narrow screen. */
  label: string;
  rows: readonly R[];
  columns: readonly RowsTableColumn[];
  /** What one row shows in each column, in the columns' order (each is put in its column's `<td>`). */
  cells: (row: R, index: number) => readonly ComponentChildren[];
  /** The accessible name of a row's remove button ("Remove channel 2"). */
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  /** Appends a row; focus then moves to the new row's first empty field (else its first). */
  onAdd: () => void;
  /** Numbers the rows in a first column. */
  numbered?: boolean;
  tableClass?: string;
  colgroup?: ComponentChildren;
  /** Shown instead of the table when there are no rows (else the table keeps its headers). */
  empty?: ComponentChildren;
  /** Between the table and the Add button: a note or the list's problem. */
  children?: ComponentChildren;
}

/**
 * A list input as a table of rows, added and removed by mouse or keyboard. After an add, focus
 * moves to the first field of the new row still to fill (a prefilled name or month is skipped),
 * so keyboard users carry on typing; after a removal, to the Add button, which is always there.
 * Where the table is too narrow for its columns (a phone), each row is a card and each cell shows
 * its column's header above it (kit.css): the header is in every cell, shown only there, and
 * hidden from screen readers, whose fields carry their full names ("Stage, row 2").
 */
export function RowsTable<R extends { id: string }>(props: RowsTableProps<R>) {
  const { label, rows, columns, cells, removeLabel, onRemove, addLabel, onAdd, numbered, tableClass, colgroup, empty, children } = props;
  const { t } = useI18n();
  const tableRef = useRef<HTMLTableElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Set by a click, carried out by the first render whose row count has changed — before the
  // browser paints, so keys typed right after Enter land in the new row, not on the button.
  const pending = useRef<{ target: 'newRow' | 'add'; count: number } | null>(null);
  useLayoutEffect(() => {
    const focus = pending.current;
    if (!focus || rows.length === focus.count) return;
    pending.current = null;
    if (focus.target === 'add') addRef.current?.focus();
    else {
      const fields = [...(tableRef.current?.querySelectorAll<HTMLInputElement>('tbody tr:last-child :is(input, select)') ?? [])];
      (fields.find((field) => field.value === '') ?? fields[0])?.focus();
    }
  });

  return (
    <>
      {rows.length === 0 && empty !== undefined ? (
        empty
      ) : (
        <div class="table-wrap rows-wrap" role="region" tabIndex={0} aria-label={label}>
          <table class={tableClass ? `rows-table ${tableClass}` : 'rows-table'} ref={tableRef}>
            {colgroup}
            <thead>
              <tr>
                {numbered && (
                  <th scope="col" class="row-number">
                    #
                  </th>
                )}
                {columns.map((column) => (
                  <th scope="col" key={column.key} class={column.class}>
                    {column.header}
                  </th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">{t('kit.rowActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.id}>
                  {numbered && <td class="row-number">{index + 1}</td>}
                  {cells(row, index).map((content, i) => {
                    const column = columns[i]!;
                    return (
                      <td key={column.key} class={column.class}>
                        <span class="cell-label" aria-hidden="true">
                          {column.header}
                        </span>
                        {content}
                      </td>
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={removeLabel(index)}
                      onClick={() => {
                        pending.current = { target: 'add', count: rows.length };
                        onRemove(index);
                      }}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {children}
      <button
        type="button"
        class="button secondary add-row"
        ref={addRef}
        onClick={() => {
          pending.current = { target: 'newRow', count: rows.length };
          onAdd();
        }}
      >
        + {addLabel}
      </button>
    </>
  );
}
