import { useRef } from 'preact/hooks';
import type { SlaFieldSpec } from '../../lib/sla/fields';
import { useI18n } from '../kit/i18n';
import { FieldInput } from './FieldInput';
import { fieldId } from './format';
import { columnOf } from './form-layout';
import { usePendingFocus } from './use-pending-focus';

type Row = Record<string, string>;

export interface RowsEditorProps {
  /** 'icp.personas' or 'signOff'. */
  listPath: string;
  specs: readonly SlaFieldSpec[];
  rows: readonly Row[];
  guidanceFor: (key: string) => string | undefined;
  onField: (path: string, value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

/** Rows of several fields each (personas, signatories), each its own group, added, moved and removed by keyboard. */
export function RowsEditor({ listPath, specs, rows, guidanceFor, onField, onAdd, onRemove, onMove }: RowsEditorProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const focusAfter = usePendingFocus(ref);
  const signOff = listPath === 'signOff';
  const rowName = (n: number) => t(signOff ? 'sla.form.signatory' : 'sla.form.persona', { n });
  const firstField = (i: number) => `#${CSS.escape(fieldId(`${listPath}.${i}.${columnOf(specs[0]!.key)}`))}`;
  const addId = `${fieldId(listPath)}-add`;

  return (
    <div class="sla-rows" ref={ref}>
      {rows.length === 0 && <p class="sla-list-empty">{t('sla.form.noItems')}</p>}
      {rows.map((row, i) => {
        const name = rowName(i + 1);
        return (
          <fieldset key={i} class="sla-row">
            <legend>{name}</legend>
            <div class={signOff ? 'sla-row-fields sla-row-fields-wide' : 'sla-row-fields'}>
              {specs.map((spec) => {
                const path = `${listPath}.${i}.${columnOf(spec.key)}`;
                return (
                  <FieldInput key={spec.key} spec={spec} path={path} value={row[columnOf(spec.key)] ?? ''}
                    onInput={(value) => onField(path, value)} guidance={i === 0 ? guidanceFor(spec.key) : undefined} />
                );
              })}
            </div>
            <div class="sla-row-actions">
              <button type="button" class="icon-button" data-move={`up-${i}`} disabled={i === 0} aria-label={t('sla.form.moveRowUp', { row: name })}
                onClick={() => {
                  focusAfter(`[data-move="up-${i - 1}"]:not(:disabled)`, `[data-move="down-${i - 1}"]`);
                  onMove(i, i - 1);
                }}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" class="icon-button" data-move={`down-${i}`} disabled={i === rows.length - 1}
                aria-label={t('sla.form.moveRowDown', { row: name })}
                onClick={() => {
                  focusAfter(`[data-move="down-${i + 1}"]:not(:disabled)`, `[data-move="up-${i + 1}"]`);
                  onMove(i, i + 1);
                }}>
                <span aria-hidden="true">↓</span>
              </button>
              <button type="button" class="button secondary sla-remove-row"
                onClick={() => {
                  focusAfter(firstField(i), firstField(i - 1), `#${CSS.escape(addId)}`);
                  onRemove(i);
                }}>
                {t('sla.form.removeRow', { row: name })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" id={addId} class="button secondary sla-add"
        onClick={() => {
          focusAfter(firstField(rows.length));
          onAdd();
        }}>
        <span aria-hidden="true">+</span> {t(signOff ? 'sla.form.addSignatory' : 'sla.form.addPersona')}
      </button>
    </div>
  );
}
