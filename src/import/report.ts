/**
 * What the user reads after an import: the problems as French text, one line each — those of the
 * first lines in error, then how many more lines are in error.
 */
import { problemLines } from '../i18n/import-report';
import { revealHidden } from './display-text';
import { WHOLE_LINE, type RowProblem } from './row-reader';

export interface ProblemsToReport {
  fileErrors: readonly string[];
  problems: readonly RowProblem[];
  /** Lines in error whose problems are not listed. */
  linesLeftOut?: number;
  warnings: readonly string[];
  /** Warnings not listed. */
  warningsLeftOut?: number;
}

const MAX_VALUE_LENGTH = 60;

/**
 * One line per file error, per row problem (`ligne 7, colonne date_echeance (« 31/02/2026 ») : …`),
 * per warning. What the file hid in its values is shown as �: a report quoting the file must not
 * be reordered or cut by it.
 */
export function formatProblems(report: ProblemsToReport): string {
  const linesLeftOut = report.linesLeftOut ?? 0;
  const warningsLeftOut = report.warningsLeftOut ?? 0;
  return [
    ...report.fileErrors.map(problemLines.file),
    ...[...report.problems].sort((a, b) => a.line - b.line).map(formatProblem),
    ...(linesLeftOut > 0 ? [problemLines.moreLines(linesLeftOut)] : []),
    ...report.warnings.map(problemLines.warning),
    ...(warningsLeftOut > 0 ? [problemLines.moreWarnings(warningsLeftOut)] : []),
  ]
    .map(revealHidden)
    .join('\n');
}

function formatProblem(problem: RowProblem): string {
  const where =
    problem.column === WHOLE_LINE
      ? problemLines.line(problem.line)
      : problemLines.cell(problem.line, problem.column);
  return problemLines.problem(where, quoteValue(problem.value), problem.reason);
}

function quoteValue(value: string): string {
  if (value === '') return problemLines.emptyValue;
  const oneLine = value.replace(/\s*(\r\n|\n|\r)\s*/g, ' | ');
  const short = oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH - 1)}…` : oneLine;
  return problemLines.value(short);
}
