import { formatNumber } from '../../lib/format';
import type { Currency } from '../../lib/settings';
import { unreadableCells } from '../../lib/review/actuals';
import { actualText, pastedCells, type ActualField } from '../../lib/review/entry';
import { commaReadings, parsePaste, pasteUndo } from '../../lib/review/paste';
import { monthField } from '../../lib/review/stage-columns';
import { formatList, pluralKey } from '../../i18n/text';
import type { MessageKey } from '../../i18n/messages/types';
import { enterActuals } from '../../stores/review';
import { $tracking } from '../../stores/tracking';
import type { IslandTranslate } from '../kit/i18n';
import type { PasteOutcome } from './ActualsEntry';
import type { ReviewFormat } from './format';
import { counted, fieldLabel, problemText } from './labels';

/** The most cells a paste's message names; the rest are counted. */
const NAMED_CELLS = 6;

export interface BlockTarget {
  t: IslandTranslate;
  fmt: ReviewFormat;
  currency: Currency | undefined;
  /** The table's columns, and the stage columns' names. */
  fields: readonly ActualField[];
  stages: readonly string[];
  /** The due months: the rows a block may fill. */
  due: readonly string[];
  /** The stages a month was reported against (its plan's). */
  stagesOf: (month: string) => readonly string[];
}

/**
 * Puts a pasted block into a table from due month `row` and column `column`, and says what it
 * did: every cell reads ('done'), some need checking ('check': they are put, marked), or the block
 * did not fit and nothing was put ('refused'). A block put can be undone: the cells it replaced
 * come back, those typed into since stay. Loaded on the first paste of a block: most visits type.
 */
export function putBlock(
  { t, fmt, currency, fields, stages, due, stagesOf }: BlockTarget,
  from: PasteOutcome['from'],
  text: string,
  row: number,
  column: number,
): Omit<PasteOutcome, 'table' | 'from'> {
  const parsed = parsePaste(text, { columns: fields.length - column, rows: due.length - row });
  if (!parsed.ok) return { status: 'refused', text: problemText(t, parsed.problem, fmt) };
  // A column the month had no stage for takes nothing from the block.
  const cells = pastedCells(parsed.value, due, fields, { month: row, column }).flatMap((cell) => {
    const field = monthField(cell.field, stages, stagesOf(cell.month));
    return field ? [{ ...cell, field }] : [];
  });
  const held = $tracking.get().months;
  const pasted = cells.map((cell) => ({ ...cell, before: actualText(held[cell.month], cell.field) }));
  enterActuals(cells);
  const months = parsed.value.length;
  const cellCount = counted(t, 'review.cells', cells.length, fmt);
  const done =
    months === 1
      ? t('review.paste.doneOne', { cells: cellCount, month: fmt.month(due[row]!) })
      : t('review.paste.done', {
          cells: cellCount,
          from: fmt.month(due[row]!),
          to: fmt.month(due[row + months - 1]!),
        });
  const unreadable = unreadableCells(cells, currency);
  const named = unreadable.slice(0, NAMED_CELLS).map((p) =>
    t('review.paste.cell', {
      field: fieldLabel(t, p.field as ActualField, stagesOf(p.month!)),
      month: fmt.month(p.month!),
    }),
  );
  if (unreadable.length > NAMED_CELLS)
    named.push(counted(t, 'review.paste.more', unreadable.length - NAMED_CELLS, fmt));
  const toCheck =
    unreadable.length > 0
      ? t(pluralKey('review.paste.toCheck', unreadable.length, fmt.lang) as MessageKey, {
          n: fmt.count(unreadable.length),
          cells: formatList(named, fmt.lang),
        })
      : '';
  const commas = commaReadings(parsed.value, fmt.lang);
  const readings = commas
    .slice(0, 3)
    .map((c) => t('review.paste.reading', { text: c.text, value: formatNumber(c.value, fmt.lang, 6) }));
  const sentences = [
    done,
    toCheck,
    commas.length > 0 ? t('review.paste.commas', { readings: formatList(readings, fmt.lang) }) : '',
    unreadable.length > 0 && from === 'box' ? t('review.paste.kept') : '',
  ];
  return {
    status: unreadable.length > 0 ? 'check' : 'done',
    text: sentences.filter(Boolean).join(' '),
    undo: () => enterActuals(pasteUndo($tracking.get().months, pasted)),
  };
}
