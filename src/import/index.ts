/**
 * Parsing of accounting exports (customers, invoices, payments): bytes in, typed records and a
 * French report out. Pure: no file system, no store; the caller supplies what the store knows.
 */
import { fileErrors, lineErrors } from '../i18n/import';
import { parseCsv, type Delimiter } from './csv';
import { decodeBytes, type TextEncoding } from './decode';
import { mapHeaders, type ImportKind } from './headers';
import {
  validateRows,
  WHOLE_LINE,
  type ContextByKind,
  type ParsedRow,
  type RecordByKind,
  type RowProblem,
} from './rows';

export type { Delimiter } from './csv';
export type { TextEncoding } from './decode';
export { normaliseHeader, REJECTION_COLUMN, type ImportKind } from './headers';
export { formatProblems, rejectedRowsCsv } from './report';
export * from './rows';

export interface ParseReport<K extends ImportKind = ImportKind> {
  kind: K;
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** The decoded file, for `rejectedRowsCsv`. */
  text: string;
  /** Valid records, each with the line where it starts in the file. */
  rows: ParsedRow<RecordByKind[K]>[];
  /** Problems of the rejected rows, ordered by line. */
  problems: RowProblem[];
  /** Problems that prevent reading the file at all (French); rows and problems are then empty. */
  fileErrors: string[];
  warnings: string[];
  /** Data records read (valid and rejected), header and blank lines excluded. */
  totalLines: number;
}

export function parseImportFile<K extends ImportKind>(
  kind: K,
  bytes: Uint8Array,
  context: ContextByKind[K],
): ParseReport<K> {
  const { text, encoding } = decodeBytes(bytes);
  const table = parseCsv(text);
  const report: ParseReport<K> = {
    kind,
    encoding,
    delimiter: table.delimiter,
    text,
    rows: [],
    problems: [],
    fileErrors: [],
    warnings: [],
    totalLines: 0,
  };

  const headerLine = table.header?.line ?? Infinity;
  const beforeHeader = table.errors.filter((e) => e.line < headerLine);
  report.fileErrors.push(...beforeHeader.map((e) => fileErrors.atLine(e.line, e.reason)));
  if (!table.header) {
    if (report.fileErrors.length === 0) report.fileErrors.push(fileErrors.empty);
    return report;
  }

  const mapping = mapHeaders(kind, table.header.fields);
  report.warnings.push(...mapping.warnings);
  report.fileErrors.push(...mapping.errors);
  const unreadable = table.errors.filter((e) => e.line > headerLine);
  report.totalLines = table.records.length + unreadable.length;
  if (report.fileErrors.length > 0) return report;

  const result = validateRows(
    kind,
    {
      records: table.records,
      columns: mapping.columns,
      headerLength: table.header.fields.length,
      delimiter: table.delimiter,
    },
    context,
  );
  const unreadableProblems = unreadable.map((e): RowProblem => ({
    line: e.line,
    column: WHOLE_LINE,
    value: e.raw,
    reason: e.lastLine > e.line ? lineErrors.spanning(e.reason, e.line, e.lastLine) : e.reason,
  }));
  report.rows = result.rows;
  report.problems = [...result.problems, ...unreadableProblems].sort((a, b) => a.line - b.line);
  report.warnings.push(...result.warnings);
  if (report.totalLines === 0) report.warnings.push(fileErrors.noData);
  return report;
}
