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
  fmt: ReviewFormat;
  onInput: (value: string) => void;
  onPaste: (event: ClipboardEvent) => void;
}

/**
 * One figure of the actuals, in a table cell. A blank cell is not reported, never an error; the
 * review's reading of the text says in place what is wrong with it (aria-invalid, the message
 * tied by aria-describedby), and an unusual count is marked without blocking anything.
 */
export function ActualCell({
  id,
  label,
  kind,
  unit,
  value,
  problem,
  warning,
  fmt,
  onInput,
  onPaste,
}: ActualCellProps) {
  const { t } = useI18n();
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [problem ? errorId : '', warning ? warningId : ''].filter(Boolean).join(' ');
  return (
    <td class="actual-cell">
      <label for={id} class="visually-hidden">
        {label}
        {unit && ` (${unit})`}
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
      {warning && !problem && (
        <p id={warningId} class="field-warning">
          {problemText(t, warning, fmt, label)}
        </p>
      )}
    </td>
  );
}
