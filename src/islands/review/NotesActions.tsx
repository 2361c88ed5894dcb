import { TEXT_LIMITS, withinLimit } from '../../lib/text-limit';
import { MAX_NOTE_LENGTH } from '../../lib/review/actuals';
import type { ReviewMonth } from '../../lib/review/review';
import {
  addAction,
  removeAction,
  restoreAction,
  updateAction,
  writeNote,
} from '../../stores/tracking';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { RowsTable } from '../kit/RowsTable';
import type { ReviewFormat } from './format';
import { LimitedText } from './LimitedText';

interface NotesActionsProps {
  month: ReviewMonth;
  note: string;
  /** The period's months: the due months an action can take. */
  months: readonly string[];
  fmt: ReviewFormat;
  /** Says what was removed, with an undo. */
  onRemoved: (message: string, undo: () => void) => void;
}

/** The month's notes and decisions (plain text), and the agreed actions, open ones carried forward until done. */
export function NotesActions({ month, note, months, fmt, onRemoved }: NotesActionsProps) {
  const { t } = useI18n();
  const monthName = fmt.month(month.month);
  const rows = month.actions.map((a) => ({ ...a, id: a.action.id }));
  const shown = note.trim() !== '';
  // Paper lists the actions that say something; a row just added and left empty is not one.
  const printed = rows.filter(({ action }) => action.text.trim() !== '');
  return (
    <section class="review-notes" aria-labelledby="review-notes-title">
      <div class="notes-part">
        <Heading sub={1} id="review-notes-title">
          {t('review.notes.title', { month: monthName })}
        </Heading>
        <div class="no-print">
          <LimitedText
            id="review-note"
            label={t('review.notes.label', { month: monthName })}
            value={note}
            max={MAX_NOTE_LENGTH}
            multiline
            fmt={fmt}
            onInput={(text) => writeNote(month.month, text)}
          />
        </div>
        {/* Paper gets the note as text, whole, in the page's flow (a textarea would clip it); a note
            past its limit is left out, as the SLA's texts are, so a pasted book never prints. */}
        <p class="print-only note-print" dir="auto">
          {!shown
            ? t('review.notes.none')
            : withinLimit(note, MAX_NOTE_LENGTH)
              ? note
              : t('review.notes.overPrint', { max: fmt.count(MAX_NOTE_LENGTH) })}
        </p>
      </div>
      <div class="actions-part">
        <Heading sub={1} id="review-actions-title">
          {t('review.actions.title')}
        </Heading>
        <p class="hint no-print">{t('review.actions.hint')}</p>
        <ul class="print-only action-print">
          {printed.length === 0 && <li>{t('review.actions.none')}</li>}
          {printed.map(({ action, done, overdue }) => (
            <li key={action.id}>
              <bdi>{action.text}</bdi>
              {action.owner && (
                <>
                  {' — '}
                  <bdi>{action.owner}</bdi>
                </>
              )}
              {' — '}
              {action.dueMonth
                ? t('review.actions.dueOn', { month: fmt.month(action.dueMonth) })
                : t('review.actions.noDue')}
              {' — '}
              {t(done ? 'review.actions.isDone' : overdue ? 'review.actions.isOverdue' : 'review.actions.isOpen')}
            </li>
          ))}
        </ul>
        <div class="no-print">
          <RowsTable
            label={t('review.actions.title')}
            rows={rows}
            tableClass="actions-table"
            columns={[
              { key: 'text', header: t('review.actions.text'), class: 'action-text' },
              { key: 'owner', header: t('review.actions.owner') },
              { key: 'due', header: t('review.actions.due') },
              { key: 'done', header: t('review.actions.done'), class: 'action-done' },
            ]}
            empty={<p>{t('review.actions.none')}</p>}
            cells={(row, index) => {
              const { action } = row;
              const n = index + 1;
              const base = `review-action-${action.id}`;
              const dueOptions =
                action.dueMonth && !months.includes(action.dueMonth)
                  ? [...months, action.dueMonth]
                  : months;
              return [
                <>
                  <LimitedText
                    id={`${base}-text`}
                    label={t('review.actions.textLabel', { n })}
                    value={action.text}
                    max={TEXT_LIMITS.item}
                    compact
                    fmt={fmt}
                    onInput={(text) => updateAction(action.id, { text })}
                  />
                  {row.carried && action.month && (
                    <span class="row-note">
                      {t('review.actions.carried', { month: fmt.month(action.month) })}
                    </span>
                  )}
                  {row.overdue && <span class="badge overdue">{t('review.actions.overdue')}</span>}
                  {!row.done && action.done && action.doneMonth && (
                    <span class="row-note">
                      {t('review.actions.doneIn', { month: fmt.month(action.doneMonth) })}
                    </span>
                  )}
                </>,
                <LimitedText
                  id={`${base}-owner`}
                  label={t('review.actions.ownerLabel', { n })}
                  value={action.owner}
                  max={TEXT_LIMITS.line}
                  compact
                  fmt={fmt}
                  onInput={(owner) => updateAction(action.id, { owner })}
                />,
                <>
                  <label for={`${base}-due`} class="visually-hidden">
                    {t('review.actions.dueLabel', { n })}
                  </label>
                  <select
                    id={`${base}-due`}
                    value={action.dueMonth}
                    onChange={(event) =>
                      updateAction(action.id, { dueMonth: event.currentTarget.value })
                    }
                  >
                    <option value="">{t('review.actions.noDue')}</option>
                    {dueOptions.map((key) => (
                      <option key={key} value={key}>
                        {fmt.month(key)}
                      </option>
                    ))}
                  </select>
                </>,
                <>
                  <input
                    type="checkbox"
                    id={`${base}-done`}
                    checked={row.done}
                    onChange={(event) => {
                      // Done as of the month reviewed: months before it keep the action open, as it was.
                      const done = event.currentTarget.checked;
                      updateAction(action.id, { done, doneMonth: done ? month.month : '' });
                    }}
                  />
                  <label for={`${base}-done`} class="visually-hidden">
                    {t('review.actions.doneLabel', { n })}
                  </label>
                </>,
              ];
            }}
            removeLabel={(index) => t('review.actions.remove', { n: index + 1 })}
            onRemove={(index) => {
              const id = rows[index]?.id;
              const removed = id ? removeAction(id) : null;
              if (removed)
                onRemoved(t('review.actions.removed', { n: index + 1 }), () =>
                  restoreAction(removed),
                );
            }}
            addLabel={t('review.actions.add')}
            onAdd={() => addAction(month.month)}
          />
        </div>
      </div>
    </section>
  );
}
