import { useState } from 'preact/hooks';
import { unreadableCells } from '../../lib/review/actuals';
import { actualFields, pastedCells, type ActualField } from '../../lib/review/entry';
import { monthField, stageColumns } from '../../lib/review/stage-columns';
import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import { enterActuals } from '../../stores/review';
import { formatNumber } from '../../lib/format';
import { formatList, pluralKey } from '../../i18n/text';
import type { MessageKey } from '../../i18n/messages/types';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ActualsTable } from './ActualsTable';
import type { ReviewFormat } from './format';
import { counted, fieldLabel, problemText } from './labels';
import { PasteBlock, PasteMessage } from './PasteBlock';
import { LazyPipelineFill } from './LazyPipelineFill';

export type TableName = 'funnel' | 'sla';

/** What the last paste did, said beside the table (or the paste box) it went into. */
export interface PasteOutcome {
  table: TableName;
  from: 'cell' | 'box';
  /** Every cell reads ('done'), some need checking ('check': they are in the table, marked), or nothing was pasted ('refused'). */
  status: 'done' | 'check' | 'refused';
  text: string;
}

/** The most cells a paste's message names; the rest are counted. */
const NAMED_CELLS = 6;

interface ActualsEntryProps {
  review: Review;
  tracking: TrackingState;
  fmt: ReviewFormat;
  /** Whether an SLA draft is tracked: its measures' table is shown only then. */
  hasDraft: boolean;
}

/** Entering the actuals: typed cell by cell, pasted as a block, or filled from the pipeline analysis. */
export function ActualsEntry({ review, tracking, fmt, hasDraft }: ActualsEntryProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<PasteOutcome | null>(null);
  const dueMonths = review.months.filter((m) => m.due);
  const due = dueMonths.map((m) => m.month);
  // A month's figures stay under the stages it was reported against: the plan's stages now, and
  // any a due month had that the plan no longer has, are the columns.
  const stages = stageColumns(
    review.input.stages,
    dueMonths.map((m) => m.plan.stages),
  );
  const stagesOf = (month: string) => review.months.find((m) => m.month === month)!.plan.stages;
  const all = actualFields(stages.length);
  const tables: Record<TableName, ActualField[]> = {
    funnel: all.slice(0, stages.length + 2),
    sla: all.slice(stages.length + 2),
  };

  /**
   * Puts a pasted block into `table` from due month `row` and column `column`. True when every
   * cell reads (the box may let go of the text); false when the block did not fit (nothing was
   * put) or some cells need checking (they are put, marked, and the text stays in the box).
   */
  const putBlock = async (
    table: TableName,
    from: PasteOutcome['from'],
    text: string,
    row: number,
    column: number,
  ): Promise<boolean> => {
    // The block reader loads on the first paste of a block: most visits type, or paste nothing.
    const { commaReadings, parsePaste } = await import('../../lib/review/paste');
    const fields = tables[table];
    const parsed = parsePaste(text, { columns: fields.length - column, rows: due.length - row });
    if (!parsed.ok) {
      setOutcome({ table, from, status: 'refused', text: problemText(t, parsed.problem, fmt) });
      return false;
    }
    // A column the month had no stage for takes nothing from the block.
    const cells = pastedCells(parsed.value, due, fields, { month: row, column }).flatMap((cell) => {
      const field = monthField(cell.field, stages, stagesOf(cell.month));
      return field ? [{ ...cell, field }] : [];
    });
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
    const unreadable = unreadableCells(cells, review.currency);
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
      .map((c) =>
        t('review.paste.reading', { text: c.text, value: formatNumber(c.value, fmt.lang, 6) }),
      );
    const sentences = [
      done,
      toCheck,
      commas.length > 0
        ? t('review.paste.commas', { readings: formatList(readings, fmt.lang) })
        : '',
      unreadable.length > 0 && from === 'box' ? t('review.paste.kept') : '',
    ];
    setOutcome({
      table,
      from,
      status: unreadable.length > 0 ? 'check' : 'done',
      text: sentences.filter(Boolean).join(' '),
    });
    return unreadable.length === 0;
  };

  const message = (table: TableName, from: PasteOutcome['from']) =>
    outcome && outcome.table === table && outcome.from === from ? (
      <PasteMessage outcome={outcome} />
    ) : null;

  return (
    <section class="card review-actuals no-print" aria-labelledby="review-actuals-title">
      <Heading id="review-actuals-title">{t('review.actuals.title')}</Heading>
      <p>{t('review.actuals.intro')}</p>
      {due.length === 0 && (
        <p class="notice" role="status">
          {t('review.actuals.noneDue', { month: fmt.month(review.months[0]!.month) })}
        </p>
      )}
      <LazyPipelineFill review={review} fmt={fmt} />
      <ActualsTable
        name="funnel"
        caption={t('review.actuals.funnelCaption')}
        hint={t('review.actuals.pasteHint')}
        fields={tables.funnel}
        stages={stages}
        months={review.months}
        entries={tracking.months}
        fmt={fmt}
        onBlock={(text, row, column) => void putBlock('funnel', 'cell', text, row, column)}
      />
      {message('funnel', 'cell')}
      {hasDraft && (
        <>
          <ActualsTable
            name="sla"
            caption={t('review.actuals.slaCaption')}
            hint={t('review.actuals.slaHint')}
            fields={tables.sla}
            stages={stages}
            months={review.months}
            entries={tracking.months}
            fmt={fmt}
            onBlock={(text, row, column) => void putBlock('sla', 'cell', text, row, column)}
          />
          {message('sla', 'cell')}
        </>
      )}
      {due.length > 0 && (
        <PasteBlock
          tables={hasDraft ? tables : { funnel: tables.funnel, sla: [] }}
          stages={stages}
          due={due}
          fmt={fmt}
          outcome={outcome?.from === 'box' ? outcome : null}
          onPut={(table, text, row, column) => putBlock(table, 'box', text, row, column)}
        />
      )}
    </section>
  );
}
