import { useRef } from 'preact/hooks';
import type { ActualField } from '../../lib/review/entry';
import { useI18n } from '../kit/i18n';
import { useTabDraft } from '../kit/use-tab-draft';
import type { PasteOutcome, TableName } from './ActualsEntry';
import type { ReviewFormat } from './format';
import { fieldLabel } from './labels';
import type { PasteMessage } from './PasteMessage';

export interface PasteBlockProps {
  tables: Record<TableName, readonly ActualField[]>;
  stages: readonly string[];
  /** The months that can take actuals: the rows a block may start at. */
  due: readonly string[];
  fmt: ReviewFormat;
  /** The last paste from this box, said under it. */
  outcome: PasteOutcome | null;
  onPut: (table: TableName, text: string, row: number, column: number) => Promise<boolean>;
  onUndo: () => void;
}

/**
 * What PasteBlock hands the form beside its own props: passed, not imported, so the form's chunk
 * needs nothing from the page's chunk (an import would split those parts off into a chunk of
 * their own, loaded up front all the same).
 */
export interface PasteFormProps extends PasteBlockProps {
  /** The tab-draft key of the box's text, which PasteBlock reads to open at once. */
  textKey: string;
  Message: typeof PasteMessage;
}

/**
 * The paste box, once PasteBlock is opened: a block of cells copied from a spreadsheet, pasted
 * into it and put in the table from a chosen month and column. A block that does not fit is
 * refused whole and said under the box; nothing lands half-way. The text stays in the box until
 * every cell of it reads, so a cell to fix can be fixed there, and through a reload of the tab
 * (useTabDraft); a paste undone gives its text back to the box, to put it where it belongs.
 */
export function PasteForm(props: PasteFormProps) {
  const { tables, stages, due, fmt, outcome, onPut, onUndo, textKey, Message } = props;
  const { t } = useI18n();
  const [text, setText] = useTabDraft(textKey);
  const [keptMonth, setMonth] = useTabDraft('review-paste-month', '0');
  const [keptColumn, setColumn] = useTabDraft('review-paste-column', 'funnel:0');
  // Kept through a reload of the tab: still a choice on offer, else the first (another tab may
  // have changed the plan's months or the SLA's measures meanwhile).
  const month = Number(keptMonth) < due.length ? keptMonth : '0';
  const [keptTable = '', keptIndex = ''] = keptColumn.split(':');
  const column = tables[keptTable as TableName]?.[Number(keptIndex)] === undefined ? 'funnel:0' : keptColumn;
  const messageId = 'review-paste-message';
  const failed = outcome !== null && outcome.status !== 'done';

  // The text of the last block put and let go of: an undone paste gives it back to the box.
  const putText = useRef('');
  const put = async () => {
    const [table = 'funnel', index = '0'] = column.split(':');
    if (await onPut(table as TableName, text, Number(month), Number(index))) {
      putText.current = text;
      setText('');
    }
  };
  const undo = () => {
    onUndo();
    if (text === '') setText(putText.current);
  };

  return (
    <>
      <p class="hint" id="review-paste-hint">
        {t('review.paste.hint')}
      </p>
      <div class="field">
        <label for="review-paste">{t('review.paste.label')}</label>
        <textarea
          id="review-paste"
          rows={4}
          value={text}
          spellcheck={false}
          onInput={(event) => setText(event.currentTarget.value)}
          aria-invalid={failed ? 'true' : undefined}
          aria-describedby={['review-paste-hint', outcome ? messageId : '']
            .filter(Boolean)
            .join(' ')}
        />
      </div>
      <div class="paste-target">
        <div class="field">
          <label for="review-paste-month">{t('review.paste.month')}</label>
          <select
            id="review-paste-month"
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
          >
            {due.map((key, i) => (
              <option key={key} value={String(i)}>
                {fmt.month(key)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="review-paste-column">{t('review.paste.column')}</label>
          <select
            id="review-paste-column"
            value={column}
            onChange={(event) => setColumn(event.currentTarget.value)}
          >
            {(['funnel', 'sla'] as const).map((table) =>
              tables[table].length === 0 ? null : (
                <optgroup
                  key={table}
                  label={t(
                    table === 'funnel'
                      ? 'review.actuals.funnelCaption'
                      : 'review.actuals.slaCaption',
                  )}
                >
                  {tables[table].map((field, i) => (
                    <option key={field} value={`${table}:${i}`}>
                      {fieldLabel(t, field, stages)}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        </div>
      </div>
      <button
        type="button"
        id="review-paste-apply"
        class="button secondary"
        onClick={put}
        disabled={text.trim() === ''}
      >
        {t('review.paste.apply')}
      </button>
      {outcome && <Message outcome={outcome} id={messageId} onUndo={undo} />}
    </>
  );
}
