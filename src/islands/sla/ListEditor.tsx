import { useRef } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import type { SlaFieldSpec } from '../../lib/sla/fields';
import { TEXT_LIMITS } from '../../lib/text-limit';
import { useI18n } from '../kit/i18n';
import { useTextLimit } from '../kit/TextLimit';
import { fieldId } from './format';
import { usePendingFocus } from './use-pending-focus';

export interface ListEditorProps {
  spec: SlaFieldSpec;
  items: readonly string[];
  guidance?: string | undefined;
  onChange: (items: string[]) => void;
  /** Writes one item as it is typed (by its path, so edits to several items never overwrite each other). */
  onItem: (index: number, value: string) => void;
}

/**
 * A list of one-line items (entry criteria, actions, KPIs, escalation steps): add, remove and
 * move by mouse or keyboard. Enter in an item adds the next one below it.
 */
export function ListEditor({ spec, items, guidance, onChange, onItem }: ListEditorProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLFieldSetElement>(null);
  const focusAfter = usePendingFocus(ref);
  const field = t(`sla.field.${spec.key}` as MessageKey);
  const base = fieldId(spec.key);
  const hintId = `${base}-hint`;
  const item = (i: number) => `#${CSS.escape(`${base}-${i}`)}`;

  const insert = (index: number) => {
    focusAfter(item(index));
    onChange([...items.slice(0, index), '', ...items.slice(index)]);
  };
  const remove = (index: number) => {
    focusAfter(item(index), item(index - 1), `#${CSS.escape(`${base}-add`)}`);
    onChange(items.filter((_, i) => i !== index));
  };
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const next = items.slice();
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved ?? '');
    focusAfter(`[data-move="${button}-${to}"]:not(:disabled)`, `[data-move="${button === 'up' ? 'down' : 'up'}-${to}"]`);
    onChange(next);
  };

  return (
    <fieldset class="sla-list" ref={ref} aria-describedby={guidance ? hintId : undefined}>
      <legend>{field}</legend>
      {guidance && (
        <p id={hintId} class="hint">
          {guidance}
        </p>
      )}
      {items.length === 0 ? (
        <p class="sla-list-empty">{t('sla.form.noItems')}</p>
      ) : (
        <ol class="sla-list-items">
          {items.map((value, i) => (
            <ListItem
              key={i}
              id={`${base}-${i}`}
              index={i}
              count={items.length}
              field={field}
              value={value}
              onInput={(text) => onItem(i, text)}
              onEnter={() => insert(i + 1)}
              onMove={move}
              onRemove={remove}
            />
          ))}
        </ol>
      )}
      <button type="button" id={`${base}-add`} class="button secondary sla-add" onClick={() => insert(items.length)}>
        <span aria-hidden="true">+</span> {t('sla.form.addItem')}
      </button>
    </fieldset>
  );
}

interface ListItemProps {
  id: string;
  index: number;
  count: number;
  field: string;
  value: string;
  onInput: (value: string) => void;
  onEnter: () => void;
  onMove: (from: number, to: number, button: 'up' | 'down') => void;
  onRemove: (index: number) => void;
}

/** One line of a list: its number (shown, not read: the label says it), the text, and its buttons. */
function ListItem({ id, index: i, count, field, value, onInput, onEnter, onMove, onRemove }: ListItemProps) {
  const { t } = useI18n();
  const n = i + 1;
  const limit = useTextLimit(id, value, TEXT_LIMITS.item, t('sla.form.leftOut'));
  return (
    <li class="sla-list-item">
      {/* The number is outside the label, so the field's name is only "Escalation steps, line 1". */}
      <span class="sla-line-label" aria-hidden="true">
        {n}
      </span>
      <label for={id} class="visually-hidden">
        {t('sla.form.item', { field, n })}
      </label>
      <input
        id={id}
        type="text"
        dir="auto"
        autoComplete="off"
        value={value}
        aria-invalid={limit.over ? 'true' : undefined}
        aria-describedby={limit.describedBy.join(' ') || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.isComposing) {
            event.preventDefault();
            onEnter();
          }
        }}
      />
      <span class="sla-item-actions">
        <button type="button" class="icon-button" data-move={`up-${i}`} disabled={i === 0}
          aria-label={t('sla.form.moveItemUp', { field, n })} onClick={() => onMove(i, i - 1, 'up')}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="icon-button" data-move={`down-${i}`} disabled={i === count - 1}
          aria-label={t('sla.form.moveItemDown', { field, n })} onClick={() => onMove(i, i + 1, 'down')}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" class="icon-button remove" aria-label={t('sla.form.removeItem', { field, n })} onClick={() => onRemove(i)}>
          <span aria-hidden="true">✕</span>
        </button>
      </span>
      {limit.note && <div class="sla-item-limit">{limit.note}</div>}
    </li>
  );
}
