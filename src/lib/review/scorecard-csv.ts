import { csvLine, numberCell as number, RFC_4180, textCell as text, type CsvDialect } from '../csv';
import type { Owner } from './commitments';
import type { ReviewProblem } from './problems';
import type { ScorecardRow } from './scorecard';
import type { Status } from './status';

/** Headers and words of the scorecard CSV, passed in so the file is in the page's language. */
export interface ScorecardCsvLabels {
  commitment: string;
  owner: string;
  target: string;
  actual: string;
  variance: string;
  variancePercent: string;
  status: string;
  /** A row's name: "MQLs delivered (cumulative)", "First response, grade A (within 1 h)". */
  rowName: (row: ScorecardRow) => string;
  ownerName: (owner: Owner) => string;
  statusName: (status: Status) => string;
  /** Why a row has no status ("not reported", "not measurable: …"). */
  problem: (problem: ReviewProblem) => string;
  /** What a row of a month not begun yet says in place of "not reported" ("Not yet due"), as the page does. */
  notDue: string;
}

/**
 * One month's scorecard as CSV (CRLF line ends, quoted where needed, text that would run as a
 * formula disarmed), in the page language's `dialect` ("92,5;…" in Polish). Variance % is in
 * percent (−12.5), blank where nothing was planned; a row without a status says why in the status
 * column: for a month whose actuals are not `due` yet, that they are not yet due, never "not reported".
 */
export function scorecardCsv(
  rows: readonly ScorecardRow[],
  labels: ScorecardCsvLabels,
  dialect: CsvDialect = RFC_4180,
  due = true,
): string {
  const textCell = (value: string) => text(value, dialect);
  const numberCell = (value: number) => number(value, dialect);
  const header = [
    labels.commitment,
    labels.owner,
    labels.target,
    labels.actual,
    labels.variance,
    labels.variancePercent,
    labels.status,
  ];
  const lines = [csvLine(header.map(textCell), dialect)];
  for (const row of rows) {
    const name = textCell(labels.rowName(row));
    const owner = textCell(labels.ownerName(row.owner));
    const { score } = row;
    if (score.kind === 'scored') {
      const { variance } = score;
      const percent = variance.percent.ok ? numberCell(variance.percent.value * 100) : '';
      lines.push(
        csvLine([
          name,
          owner,
          numberCell(score.target),
          numberCell(score.actual),
          numberCell(variance.difference),
          percent,
          textCell(labels.statusName(score.status)),
        ], dialect),
      );
    } else {
      const target = score.kind === 'noActual' ? numberCell(score.target) : '';
      const why =
        !due && score.problem.code === 'notReported' ? labels.notDue : labels.problem(score.problem);
      lines.push(csvLine([name, owner, target, '', '', '', textCell(why)], dialect));
    }
  }
  return lines.map((line) => `${line}\r\n`).join('');
}
