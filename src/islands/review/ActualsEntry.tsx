import { useState } from 'preact/hooks';
import { actualFields, type ActualField } from '../../lib/review/entry';
import { stageColumns } from '../../lib/review/stage-columns';
import type { Review } from '../../lib/review/review';
import type { TrackingState } from '../../lib/review/tracking';
import { Heading } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { ActualsTable } from './ActualsTable';
import type { ReviewFormat } from './format';
import { PasteBlock } from './PasteBlock';
import { PasteMessage } from './PasteMessage';
import { LazyPipelineFill } from './LazyPipelineFill';

export type TableName = 'funnel' | 'sla';

/** What the last paste did, said beside the table (or the paste box) it went into. */
export interface PasteOutcome {
  table: TableName;
  from: 'cell' | 'box';
  /** Every cell reads ('done'), some need checking ('check': they are in the table, marked), or nothing was pasted ('refused'). */
  status: 'done' | 'check' | 'refused';
  text: string;
  /** Puts back what the paste replaced (absent once undone, or when nothing was put). */
  undo?: (() => void) | undefined;
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
    const { putBlock: put } = await import('./put-block');
    const target = { t, fmt, currency: review.currency, fields: tables[table], stages, due, stagesOf };
    const result = put(target, from, text, row, column);
    setOutcome({ table, from, ...result });
    return result.status === 'done';
  };
  const undo = () => {
    outcome?.undo?.();
    setOutcome(outcome && { ...outcome, status: 'done', text: t('review.paste.undone'), undo: undefined });
  };

  const message = (table: TableName, from: PasteOutcome['from']) =>
    outcome && outcome.table === table && outcome.from === from ? (
      <PasteMessage outcome={outcome} onUndo={undo} />
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
          onUndo={undo}
        />
      )}
    </section>
  );
}
