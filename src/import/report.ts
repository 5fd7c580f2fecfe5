/**
 * What the user reads after an import: the problems as French text, and the rejected lines as a
 * CSV file (`*.rejets.csv`) they can correct in Excel and import again.
 */
import { problemLines, rejectMotives } from '../i18n/import-report';
import { parseCsv, type Delimiter } from './csv';
import { revealHidden } from './display-text';
import { normaliseHeader, REJECTION_COLUMN } from './headers';
import { WHOLE_LINE, type RowProblem } from './row-reader';
import { isFormulaLike, neutraliseFormula } from './spreadsheet-cells';

export interface ProblemsToReport {
  fileErrors: readonly string[];
  problems: readonly RowProblem[];
  warnings: readonly string[];
}

const MAX_VALUE_LENGTH = 60;

/**
 * One line per file error, per row problem (`ligne 7, colonne date_echeance (« 31/02/2026 ») : …`),
 * per warning. What the file hid in its values is shown as �: a report quoting the file must not
 * be reordered or cut by it.
 */
export function formatProblems(report: ProblemsToReport): string {
  return [
    ...report.fileErrors.map(problemLines.file),
    ...[...report.problems].sort((a, b) => a.line - b.line).map(formatProblem),
    ...report.warnings.map(problemLines.warning),
  ]
    .map(revealHidden)
    .join('\n');
}

export function formatProblem(problem: RowProblem): string {
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

/** Excel reads a CSV file as UTF-8 (accents intact) only when it starts with this mark. */
const UTF8_BOM = '\ufeff';

/**
 * The rejected lines of `originalText` (the decoded file) with its header and delimiter, plus a
 * last column `motif_rejet`, as the bytes of a file for Excel: UTF-8 with a BOM, lines ending with
 * CRLF, no cell a spreadsheet would evaluate (see spreadsheet-cells.ts). The text is parsed again
 * exactly as the import parsed it, so the line numbers of `problems` designate the same records.
 */
export function rejectedRowsCsv(originalText: string, problems: readonly RowProblem[]): Uint8Array {
  return new TextEncoder().encode(`${UTF8_BOM}${rejectedRowsText(originalText, problems)}`);
}

function rejectedRowsText(originalText: string, problems: readonly RowProblem[]): string {
  const table = parseCsv(originalText);
  if (!table.header) return '';
  const width = table.header.fields.length;
  const reasons = new Map<number, string[]>();
  for (const p of problems) {
    const reason = p.column === WHOLE_LINE ? p.reason : rejectMotives.cell(p.column, p.reason);
    reasons.set(p.line, [...(reasons.get(p.line) ?? []), reason]);
  }

  // A rejects file imported again and rejected again gets its motive replaced, not a second one.
  const previousMotive = table.header.fields.findIndex((h) => normaliseHeader(h) === REJECTION_COLUMN);
  const keep = (fields: readonly string[]) => fields.filter((_, i) => i !== previousMotive);

  const rejected: { line: number; fields: string[] }[] = [];
  for (const record of table.records) {
    const padded = [...record.fields, ...Array<string>(Math.max(0, width - record.fields.length)).fill('')];
    rejected.push({ line: record.line, fields: keep(padded) });
  }
  // An unreadable record cannot be split into fields: its text goes whole into the first column.
  for (const error of table.errors) {
    rejected.push({
      line: error.line,
      fields: keep([error.raw, ...Array<string>(Math.max(0, width - 1)).fill('')]),
    });
  }

  const lines = [csvLine([...keep(table.header.fields), REJECTION_COLUMN], table.delimiter)];
  for (const { line, fields } of rejected.sort((a, b) => a.line - b.line)) {
    const motives = reasons.get(line);
    if (motives) lines.push(csvLine([...fields, motives.join(rejectMotives.separator)], table.delimiter));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}

function csvLine(fields: readonly string[], delimiter: Delimiter): string {
  return fields.map((field) => quoteField(field, delimiter)).join(delimiter);
}

function quoteField(field: string, delimiter: Delimiter): string {
  const needsQuotes =
    isFormulaLike(field) || field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim();
  return needsQuotes ? `"${neutraliseFormula(field).replace(/"/g, '""')}"` : field;
}
