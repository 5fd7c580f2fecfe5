/**
 * Parsing of accounting exports (customers, invoices, payments): bytes in, typed records and a
 * French report out. Pure: no file system, no store; the caller supplies what the store knows.
 *
 * Files are read in chunks (`sniffEncoding`, `decodeChunks`, `ImportFileParser`, `readImportFile`):
 * whatever their size, what is held is the line being read. `parseImportFile` reads a file held in memory at
 * once, keeping every row and every problem (tests, small files).
 */
import type { Delimiter } from './csv';
import { decodeBytes, type TextEncoding } from './decode';
import { ImportFileParser, type RejectedRow } from './file-parser';
import type { ImportKind } from './headers';
import type { ContextByKind, ParsedRow, RecordByKind, RowProblem } from './rows';

export type { Delimiter } from './csv';
export { confirmUtf8, decodeChunks, NotUtf8Error, sniffEncoding, type TextEncoding } from './decode';
export { CappedList } from './capped-list';
export { FileCheck, type EarlyStop } from './file-check';
export {
  ImportFileParser,
  readImportFile,
  type FileRow,
  type RejectedRow,
  type ValidRow,
} from './file-parser';
export { kindOfHeader, normaliseHeader, REJECTION_COLUMN, type ImportKind } from './headers';
export { RejectsCsv } from './rejects';
export { DEFAULT_PAYMENT_TERMS_DAYS } from './customer-rows';
export { formatProblems } from './report';
export * from './rows';

export interface ParseReport<K extends ImportKind = ImportKind> {
  kind: K;
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** The header as written, if the file has one. */
  header: string[] | null;
  /** Valid records, each with the line where it starts in the file. */
  rows: ParsedRow<RecordByKind[K]>[];
  /** The rejected lines with their cells, for a rejects file (`RejectsCsv`). */
  rejected: RejectedRow[];
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
  const parser = new ImportFileParser(kind, context);
  const fileRows = [...parser.push(text), ...parser.end()];
  const report: ParseReport<K> = {
    kind,
    encoding,
    delimiter: parser.delimiter ?? ';',
    header: parser.header,
    rows: [],
    rejected: [],
    problems: [],
    fileErrors: parser.fileErrors,
    warnings: [...parser.warnings],
    totalLines: parser.dataLines,
  };
  const rowWarnings: string[] = [];
  for (const row of fileRows) {
    if (row.kind === 'valid') {
      report.rows.push({ line: row.line, record: row.record });
      rowWarnings.push(...row.warnings);
    } else {
      report.rejected.push({ line: row.line, problems: row.problems, cells: row.cells });
      report.problems.push(...row.problems);
    }
  }
  // The header's warnings, then the rows' (« no data line » comes only when there is no row).
  report.warnings.push(...rowWarnings);
  return report;
}
