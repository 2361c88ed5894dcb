import type { ReviewProblem } from '../../lib/review/problems';
import { useI18n } from '../kit/i18n';
import type { ReviewFormat } from './format';
import { problemText, type FieldKind } from './labels';

interface ActualCellProps {
  id: string;
  /** "Leads, March 2027": the column and the row, since the table's headers are the visible labels. */
  label: string;
  kind: FieldKind;
  /** The unit the figure is entered in ('' for counts), said with the label. */
  unit: string;
  /** As typed and stored; '' is "not reported". */
  value: string;
  /** Why the text is not a figure (from the review's own reading of it). */
  problem: ReviewProblem | undefined;
  /** Allowed but worth a look: more than the stage above. */
  warning: ReviewProblem | undefined;
  /** How the text was read, where its reader might read it otherwise ("Read as 1,000"); null when plain. */
  reading: string | null;
  fmt: ReviewFormat;
  onInput: (value: string) => void;
  onPaste: (event: ClipboardEvent) => void;
}

/**
 * One figure of the actuals, in a table cell. A blank cell is not reported, never an error; the
 * review's reading of the text says in place what is wrong with it (aria-invalid, the message
 * tied by aria-describedby), an unusual count is marked without blocking anything, and a number
 * whose marks this page's reader could take otherwise says how it was read ("1.000" leads: 1,000).
 */
export function ActualCell({
  id,
  label,
  kind,
  unit,
  value,
  problem,
  warning,
  reading,
  fmt,
  onInput,
  onPaste,
}: ActualCellProps) {
  const { t, marks } = useI18n();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const readingId = `${id}-reading`;
  const shownWarning = warning && !problem;
  const describedBy = [
    problem ? errorId : '',
    shownWarning ? warningId : '',
    reading ? readingId : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td class="actual-cell">
      <label for={id} class="visually-hidden">
        {label}
        {unit && `${marks.open}${unit}${marks.close}`}
      </label>
      <input
        id={id}
        type="text"
        inputMode={kind === 'count' ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onPaste={onPaste}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {problem && (
        <p id={errorId} class="field-error">
          {problemText(t, problem, fmt, label)}
        </p>
      )}
      {shownWarning && (
        <p id={warningId} class="field-warning">
          {problemText(t, warning, fmt, label)}
        </p>
      )}
      {reading && (
        <p id={readingId} class="hint">
          {reading}
        </p>
      )}
    </td>
  );
}
