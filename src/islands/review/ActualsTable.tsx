import { readingOf } from '../../lib/review/actuals';
import { actualText, type ActualField } from '../../lib/review/entry';
import { showsReading } from '../../lib/review/reading';
import type { MonthActuals } from '../../lib/review/actuals';
import { formatNumber } from '../../lib/format';
import type { ReviewMonth } from '../../lib/review/review';
import type { MonthEntry } from '../../lib/review/tracking';
import { monthField } from '../../lib/review/stage-columns';
import { enterActual } from '../../stores/review';
import { useI18n } from '../kit/i18n';
import { ActualCell } from './ActualCell';
import type { ReviewFormat } from './format';
import { Heading } from '../kit/Heading';
import { counted, fieldKind, fieldLabel, fieldUnit } from './labels';

export interface ActualsTableProps {
  /** 'funnel' or 'sla': the table's part of the ids. */
  name: string;
  caption: string;
  hint?: string;
  fields: readonly ActualField[];
  /** The stage columns' names; each month's own stages (its plan's) say which it has a figure for. */
  stages: readonly string[];
  /** The period's months, due first (the table lists due months; the rest are summed up in one row). */
  months: readonly ReviewMonth[];
  entries: Readonly<Record<string, MonthEntry>>;
  fmt: ReviewFormat;
  /** A block of cells pasted into row `row` (of the due months) and column `column`. */
  onBlock: (text: string, row: number, column: number) => void;
}

export const cellId = (name: string, month: string, field: ActualField) =>
  `review-${name}-${month}-${field.replaceAll('.', '-')}`;

/**
 * The actuals of every month due so far, one row a month, one column a figure. On a phone the
 * table scrolls inside its own labelled region; the page itself never scrolls sideways.
 * Pasting several cells into any cell fills the block from there.
 */
export function ActualsTable({
  name,
  caption,
  hint,
  fields,
  stages,
  months,
  entries,
  fmt,
  onBlock,
}: ActualsTableProps) {
  const { t, marks } = useI18n();
  /** "Read as 1,000" where the text's marks could be read otherwise on this page; else null. */
  const readingText = (actuals: MonthActuals, field: ActualField, text: string) => {
    const reading = readingOf(actuals, field);
    return reading.ok && showsReading(text, reading.value, fmt.lang)
      ? t('review.actuals.reading', { value: formatNumber(reading.value, fmt.lang, 6) })
      : null;
  };
  const due = months.filter((m) => m.due);
  const later = months.filter((m) => !m.due);
  const captionId = `review-${name}-caption`;
  const pasteInto = (event: ClipboardEvent, row: number, column: number) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    // One value pastes as typing does; a block (tabs or lines) fills the cells from here.
    if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return;
    event.preventDefault();
    onBlock(text, row, column);
  };

  return (
    <div class="actuals-part">
      <Heading sub={1} id={captionId}>
        {caption}
      </Heading>
      {hint && <p class="hint">{hint}</p>}
      <div class="table-wrap actuals-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="data-table actuals-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('review.actuals.month')}</th>
              {fields.map((field) => {
                const unit = fieldUnit(t, field, fmt);
                return (
                  <th scope="col" class="num" key={field}>
                    {fieldLabel(t, field, stages)}
                    {unit && <span class="unit">{marks.open}{unit}{marks.close}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {due.map((month, row) => {
              const monthName = fmt.month(month.month);
              const toFix = month.actuals.problems.filter((p) => p.field !== 'note').length;
              return (
                <tr key={month.month}>
                  <th scope="row">
                    {monthName}
                    {!month.reported && (
                      <span class="badge not-reported">{t('review.notReported')}</span>
                    )}
                    {!month.reported && toFix > 0 && (
                      <span class="badge not-reported">
                        {counted(t, 'review.actuals.toFix', toFix, fmt)}
                      </span>
                    )}
                    {name === 'funnel' && month.changes.includes('stages') && (
                      <span class="hint other-stages">{t('review.actuals.otherStages')}</span>
                    )}
                  </th>
                  {fields.map((shown, column) => {
                    const field = monthField(shown, stages, month.plan.stages);
                    if (!field)
                      return (
                        <td key={shown} class="actual-na">
                          {t('review.actuals.noStage')}
                        </td>
                      );
                    const text = actualText(entries[month.month], field);
                    return (
                      <ActualCell
                        key={shown}
                        id={cellId(name, month.month, field)}
                        label={t('review.actuals.cellLabel', {
                          field: fieldLabel(t, shown, stages),
                          month: monthName,
                        })}
                        kind={fieldKind(field)}
                        unit={fieldUnit(t, field, fmt)}
                        value={text}
                        problem={month.actuals.problems.find((p) => p.field === field)}
                        warning={month.actuals.warnings.find((p) => p.field === field)}
                        reading={readingText(month.actuals, field, text)}
                        fmt={fmt}
                        onInput={(typed) => enterActual(month.month, field, typed)}
                        onPaste={(event) => pasteInto(event, row, column)}
                      />
                    );
                  })}
                </tr>
              );
            })}
            {later.length > 0 && (
              <tr class="not-due">
                <th scope="row" colSpan={fields.length + 1}>
                  {/* Its own box, as wide as the region and staying in it, so the sentence wraps in view. */}
                  <span class="not-due-text">
                    {t('review.actuals.notDueRow', {
                      months:
                        later.length === 1
                          ? fmt.month(later[0]!.month)
                          : t('review.actuals.monthRange', {
                              from: fmt.month(later[0]!.month),
                              to: fmt.month(later[later.length - 1]!.month),
                            }),
                    })}
                  </span>
                </th>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
