import { useState } from 'preact/hooks';
import { actualFields, pastedCells, type ActualField } from '../../lib/review/entry';
import { commaReadings, parsePaste } from '../../lib/review/paste';
import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import { enterActuals } from '../../stores/review';
import { formatNumber } from '../../lib/format';
import { formatList } from '../../i18n/text';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ActualsTable } from './ActualsTable';
import type { ReviewFormat } from './format';
import { counted, problemText } from './labels';
import { PasteBlock } from './PasteBlock';
import { LazyPipelineFill } from './LazyPipelineFill';

export type TableName = 'funnel' | 'sla';

/** What the last paste did, said beside the table (or the paste box) it went into. */
export interface PasteOutcome {
  table: TableName;
  from: 'cell' | 'box';
  ok: boolean;
  text: string;
}

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
  const stages = review.input.stages;
  const all = actualFields(stages.length);
  const tables: Record<TableName, ActualField[]> = {
    funnel: all.slice(0, stages.length + 2),
    sla: all.slice(stages.length + 2),
  };
  const due = review.months.filter((m) => m.due).map((m) => m.month);

  /** Puts a pasted block into `table` from due month `row` and column `column`; false when it does not fit. */
  const putBlock = (
    table: TableName,
    from: PasteOutcome['from'],
    text: string,
    row: number,
    column: number,
  ): boolean => {
    const fields = tables[table];
    const parsed = parsePaste(text, { columns: fields.length - column, rows: due.length - row });
    if (!parsed.ok) {
      setOutcome({ table, from, ok: false, text: problemText(t, parsed.problem, fmt) });
      return false;
    }
    const cells = pastedCells(parsed.value, due, fields, { month: row, column });
    enterActuals(cells);
    const months = parsed.value.length;
    const commas = commaReadings(parsed.value);
    const done = t('review.paste.done', {
      cells: counted(t, 'review.cells', cells.length, fmt),
      from: fmt.month(due[row]!),
      to: fmt.month(due[row + months - 1]!),
    });
    const readings = commas
      .slice(0, 3)
      .map((c) =>
        t('review.paste.reading', { text: c.text, value: formatNumber(c.value, fmt.lang, 6) }),
      );
    setOutcome({
      table,
      from,
      ok: true,
      text:
        commas.length > 0
          ? `${done} ${t('review.paste.commas', { readings: formatList(readings, fmt.lang) })}`
          : done,
    });
    return true;
  };

  const message = (table: TableName, from: PasteOutcome['from']) =>
    outcome && outcome.table === table && outcome.from === from ? (
      <p
        class={outcome.ok ? 'notice success' : 'notice danger'}
        role={outcome.ok ? 'status' : 'alert'}
      >
        {outcome.text}
      </p>
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
        onBlock={(text, row, column) => putBlock('funnel', 'cell', text, row, column)}
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
            onBlock={(text, row, column) => putBlock('sla', 'cell', text, row, column)}
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
